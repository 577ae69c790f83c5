using Xunit;

namespace Advocacy.Letters.Tests;

public class LetterIdsTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("release-abductees")]
    [InlineData("dprk-2011-kim-jong-il")]
    [InlineData("0")]
    public void IsValid_Slugs(string id) => Assert.True(LetterIds.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    [InlineData("A")]
    [InlineData("a b")]
    [InlineData("a_b")]
    [InlineData("../a")]
    [InlineData("é")]
    public void IsValid_NotSlugs(string? id) => Assert.False(LetterIds.IsValid(id));

    [Fact]
    public void IsValid_AtMostMaxLength()
    {
        Assert.True(LetterIds.IsValid(new string('a', LetterIds.MaxLength)));
        Assert.False(LetterIds.IsValid(new string('a', LetterIds.MaxLength + 1)));
    }
}
