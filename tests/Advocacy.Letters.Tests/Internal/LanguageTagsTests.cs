using Advocacy.Letters.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Internal;

public class LanguageTagsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("ko-KP")]
    [InlineData("ko")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("es-419")]
    [InlineData("de-CH-1901")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("zh-yue-HK")]
    [InlineData("en-GB-oed")]
    [InlineData("EN-gb-OED")]
    [InlineData("x-private")]
    [InlineData("i-klingon")]
    [InlineData("en-a-bbb-x-a-ccc")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("EN-us")]
    [InlineData("english")] // 5 to 8 letters is a registered-language subtag: well-formed, though not a registered language
    public void IsWellFormed_WellFormedTag_IsTrue(string tag)
    {
        Assert.True(LanguageTags.IsWellFormed(tag));
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english-")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--GB")]
    [InlineData("123")]
    [InlineData("en-GB-")]
    [InlineData("en\n")]
    [InlineData(" en")]
    [InlineData("en-a")]
    [InlineData("en-x")]
    [InlineData("en-a-b")]
    [InlineData("x-abcdefghi")]
    [InlineData("ko-KP-")]
    public void IsWellFormed_MalformedTag_IsFalse(string tag)
    {
        Assert.False(LanguageTags.IsWellFormed(tag));
    }

    [Fact]
    public void IsWellFormed_300Characters_IsFalse()
    {
        Assert.False(LanguageTags.IsWellFormed(new string('a', 300)));
        Assert.False(LanguageTags.IsWellFormed("en-x" + string.Concat(System.Linq.Enumerable.Repeat("-abcdefgh", 33))));
    }

    [Theory]
    [InlineData("i-\u212Alingon")] // KELVIN SIGN, which case-insensitive matching folds to "k"
    [InlineData("\u212Ao")]
    [InlineData("en-GB-oed\u0130")]
    [InlineData("\uFF45n")] // FULLWIDTH LATIN SMALL LETTER E
    public void IsWellFormed_NonAsciiLookAlike_IsFalse(string tag)
    {
        Assert.False(LanguageTags.IsWellFormed(tag));
    }
}
