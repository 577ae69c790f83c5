using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Issues;

public partial class IssuesTests
{
    // An unknown member with a megabyte-long name made a two-megabyte message: the name was excerpted in the reason
    // but quoted whole in the pointer part of the message.
    [Fact]
    public void LongMemberName_Unknown_MessageQuotesAnExcerpt()
    {
        var name = new string('n', 1_000_000);
        var json = Documents.WithRootMembers($"\"{name}\":1,");

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        Assert.Equal("/" + name, ex.Pointer);
        var excerpt = new string('n', 40) + "…";
        Assert.Equal($"unknown member '{excerpt}' in a letter at /{excerpt} (line 1, byte 1000005)", ex.Message);
    }

    [Fact]
    public void LongMemberName_WithControlCharacters_MessageEscapesThem()
    {
        var json = Documents.WithRootMembers("\"a\\nb\":1,");

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        Assert.Equal("/a\nb", ex.Pointer);
        Assert.Equal("unknown member 'a\\u000Ab' in a letter at /a\\u000Ab (line 1, byte 9)", ex.Message);
    }
}
