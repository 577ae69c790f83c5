using System.IO;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Issues;

public partial class IssuesTests
{
    private static Letter Minimal => LetterJson.Parse(Documents.Minimal);

    // "body": [null] and "themes": [null] were accepted: RespectNullableAnnotations does not reach array items, so a
    // letter with a null paragraph came back from a strict reader. The check runs when the holding object is read, so
    // the line and byte are those of the object's end; the pointer names the item.
    [Theory]
    [InlineData("\"body\":[]", "\"body\":[null]", "null is not allowed as an item of 'body' at /body/0 (line 1, byte 142)")]
    [InlineData("\"demands\":[]", "\"demands\":[{\"id\":\"d\",\"paragraph\":\"p\",\"text\":\"t\",\"summary\":\"s\",\"themes\":[\"a\",null]}]", "null is not allowed as an item of 'themes' at /demands/0/themes/1 (line 1, byte 190)")]
    public void NullItems_Read_AreRefused(string find, string replace, string message)
    {
        var json = Documents.Edit(Documents.Minimal, find, replace);

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        Assert.Equal(message, ex.Message);
    }

    // A letter built in code with null! in a required member was written without that member (the writer leaves
    // nulls out), giving JSON that the reader then refused; null items were written as null; a lone surrogate was
    // silently replaced with U+FFFD. Writing now refuses them, says where, and writes nothing.
    [Fact]
    public void NullItems_Write_NullInRequiredMember_IsRefused()
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.ToJson(Minimal with { Title = null! }));

        Assert.Equal("the letter cannot be written: null is not allowed for 'title' at /title", ex.Message);
        Assert.Equal("/title", ex.Pointer);
    }

    [Fact]
    public void NullItems_Write_NullItem_IsRefused()
    {
        var letter = Minimal with { Demands = [new Demand { Id = "d", Paragraph = "p", Text = "t", Summary = "s", Themes = ["a", null!] }] };

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.ToJson(letter));

        Assert.Equal("the letter cannot be written: null is not allowed as an item of 'themes' at /demands/0/themes/1", ex.Message);
    }

    [Fact]
    public void NullItems_Write_LoneSurrogate_IsRefused()
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.ToJson(Minimal with { Title = "a\ud800b" }));

        Assert.Equal("the letter cannot be written: the text holds a lone surrogate (U+D800) at character 2, which JSON cannot carry at /title", ex.Message);
    }

    [Fact]
    public void NullItems_Write_ToStream_WritesNothing()
    {
        using var stream = new MemoryStream();

        Assert.Throws<LetterJsonException>(() => LetterJson.Write(Minimal with { Body = [null!] }, stream));

        Assert.Equal(0, stream.Length);
    }
}
