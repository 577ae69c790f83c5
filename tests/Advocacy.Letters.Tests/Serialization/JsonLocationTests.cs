using Advocacy.Letters.Serialization;
using Advocacy.Letters.Serialization.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

public class JsonLocationTests
{
    internal static string? ToJsonPathOf(string? pointer) => JsonLocation.ToJsonPath(pointer);

    [Theory]
    [InlineData("$", "")]
    [InlineData("$.a", "/a")]
    [InlineData("$.a[3].b", "/a/3/b")]
    [InlineData("$.signatories[3].colour", "/signatories/3/colour")]
    [InlineData("$[0]", "/0")]
    [InlineData("$['a.b']", "/a.b")]
    [InlineData("$['a/b']", "/a~1b")]
    [InlineData("$['a~b']", "/a~0b")]
    [InlineData("$['~/']", "/~0~1")]
    [InlineData("$.x['a b'][2]", "/x/a b/2")]
    [InlineData("$['']", "/")]
    public void ToPointer_StjPath_GivesRfc6901Pointer(string path, string pointer)
    {
        Assert.Equal(pointer, JsonLocation.ToPointer(path));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a.b")]
    public void ToPointer_NotAPath_IsNull(string? path)
    {
        Assert.Null(JsonLocation.ToPointer(path));
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("/a/3/b", "$.a[3].b")]
    [InlineData("/a.b", "$['a.b']")]
    [InlineData("/a~1b", "$['a/b']")]
    [InlineData("/a~0b", "$['a~b']")]
    [InlineData("/x/a b/2", "$.x['a b'][2]")]
    public void ToJsonPath_Pointer_GivesStjPath(string pointer, string path)
    {
        Assert.Equal(path, JsonLocation.ToJsonPath(pointer));
    }

    [Theory]
    [InlineData("/a/3/b")]
    [InlineData("/a.b/a~1b/a~0b/~0~1")]
    [InlineData("/signatories/0/colour")]
    public void ToPointer_ToJsonPath_RoundTrips(string pointer)
    {
        Assert.Equal(pointer, JsonLocation.ToPointer(JsonLocation.ToJsonPath(pointer)));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a/b", "a~1b")]
    [InlineData("a~b", "a~0b")]
    [InlineData("~1", "~01")]
    public void EscapeToken_EscapesTildeThenSlash(string token, string escaped)
    {
        Assert.Equal(escaped, JsonLocation.EscapeToken(token));
    }

    [Fact]
    public void ToJsonPath_Null_IsNull()
    {
        Assert.Null(JsonLocation.ToJsonPath(null));
    }
}
