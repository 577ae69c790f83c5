using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Issues;

public partial class IssuesTests
{
    // null for a required string leaked System.Text.Json's own text, with .NET names: "the constructor parameter
    // 'Title' on type 'Advocacy.Letters.Letter' doesn't allow null values. Consider updating its nullability
    // annotation." The translator's pattern expected "doesn't allow setting null values", which version 10 no
    // longer says.
    [Fact]
    public void ErrorWording_NullForRequiredString_NamesTheJsonMember()
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(Documents.WithTitle("null")));

        Assert.Equal("null is not allowed for 'title' in a letter: give a value or leave out an optional member at /title (line 1, byte 45)", ex.Message);
    }

    // A wrong-typed string member said "the value could not be read: Cannot get the value of a token type 'Number'
    // as a string." (reader internals), where every other wrong type says what was expected.
    [Theory]
    [InlineData("1", "expected a string, found a number at /title (line 1, byte 42)")]
    [InlineData("true", "expected a string, found true at /title (line 1, byte 45)")]
    [InlineData("{}", "expected a string, found an object at /title (line 1, byte 42)")]
    [InlineData("[]", "expected a string, found an array at /title (line 1, byte 42)")]
    public void ErrorWording_WrongTypeForString_SaysWhatWasExpectedAndFound(string value, string message)
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(Documents.WithTitle(value)));

        Assert.Equal(message, ex.Message);
    }

    // Trailing commas, unclosed documents and depth bombs passed the reader's advice through ("Change the reader
    // options.", "Expected depth to be zero at the end of the JSON payload.").
    [Theory]
    [InlineData("""{"id":"x",}""", "a trailing comma ends this object: JSON allows none at the document root (line 1, byte 11)")]
    [InlineData("{", "the document ends early: an object or array is not closed at the document root (line 1, byte 2)")]
    public void ErrorWording_SyntaxErrors_SpeakTheUsersLanguage(string json, string message)
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        Assert.Equal(message, ex.Message);
    }
}
