using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Issues;

public partial class IssuesTests
{
    // The pointer of an unknown member named it twice (/signatories/0/colour/colour): System.Text.Json 10 already
    // ends its path with the member, and the translator appended it again.
    [Theory]
    [InlineData("""{"colour":1,""", "/colour")]
    [InlineData("""{"a/b~c":1,""", "/a~1b~0c")]
    [InlineData("""{"a.b":1,""", "/a.b")]
    public void UnknownMemberPointer_AtRoot_NamesTheMemberOnce(string prefix, string pointer)
    {
        var json = prefix + Documents.Minimal[1..];

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        Assert.Equal(pointer, ex.Pointer);
    }

    [Fact]
    public void UnknownMemberPointer_Nested_NamesTheMemberOnce()
    {
        var json = Documents.Edit(Documents.WithSignatory, "\"label\":\"a\"", "\"label\":\"a\",\"colour\":\"red\"");

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        Assert.Equal("/signatories/0/colour", ex.Pointer);
        Assert.Equal("unknown member 'colour' in a signatory at /signatories/0/colour (line 1, byte 185)", ex.Message);
    }
}
