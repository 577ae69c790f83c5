using Advocacy.Letters.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Internal;

public class SuggestionsTests
{
    private static readonly string[] Members = ["type", "name", "acronym", "country", "label"];

    [Theory]
    [InlineData("titel", "title", 1)] // swapped neighbours count once
    [InlineData("label", "lable", 1)]
    [InlineData("country", "contry", 1)]
    [InlineData("acronym", "acrnoym", 1)]
    [InlineData("name", "nmea", 2)]
    [InlineData("colour", "country", 4)]
    [InlineData("Label", "label", 0)] // case is ignored
    public void Distance_CountsEdits(string a, string b, int expected) => Assert.Equal(expected, Suggestions.Distance(a, b));

    [Theory]
    [InlineData("lable", "label")]
    [InlineData("contry", "country")]
    [InlineData("acronyme", "acronym")]
    [InlineData("Name", "name")]
    public void Nearest_NearName_IsSuggested(string name, string expected) => Assert.Equal(expected, Suggestions.Nearest(name, Members));

    [Theory]
    [InlineData("colour")]
    [InlineData("a")] // a short name is near everything: nothing is suggested
    [InlineData("signature")]
    [InlineData("")]
    public void Nearest_NoNearName_IsNull(string name) => Assert.Null(Suggestions.Nearest(name, Members));
}
