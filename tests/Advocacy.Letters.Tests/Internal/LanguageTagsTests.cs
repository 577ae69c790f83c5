using System.Linq;
using System.Text.RegularExpressions;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Tests.Infrastructure;
using CsCheck;
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

    // The schema's pattern, as .NET reads it: what the hand-written reader must agree with.
    private static readonly Regex SchemaPattern = new(LanguageTags.SchemaPattern, RegexOptions.CultureInvariant);

    // Subtags of every kind the grammar knows, and of none: letters and digits in both cases, the singletons x and
    // others, lengths 0 to 9, and the odd look-alike or stray character.
    private static readonly Gen<string> Subtag = Gen.OneOf(
        Gen.Char["abcXYZ"].Array[2, 3].Select(c => new string(c)),
        Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[4].Select(c => new string(c)),
        Gen.Char["0123456789"].Array[3].Select(c => new string(c)),
        Gen.Char["0123456789"].Select(Gen.Char["a1B2"].Array[3], (d, rest) => d + new string(rest)),
        Gen.Char["aZ09xX"].Array[1, 9].Select(c => new string(c)),
        Gen.Char["xXaq0"].Select(c => c.ToString()),
        Gen.Char["a-_\u212A\u0130\n "].Array[0, 3].Select(c => new string(c)));

    private static readonly Gen<string> Tag = Gen.OneOf(
        Subtag.Array[1, 8].Select(parts => string.Join("-", parts)),
        Gen.Int[0, 25].Select(Gen.Bool, (i, upper) =>
        {
            var tag = "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang".Split('|')[i];
            return upper ? tag.ToUpperInvariant() : tag;
        }),
        Gen.Int[0, 6].Select(i => new[] { "x", "en-x", "en-a-bb", "en-a-bb-x", "en-a-bb-x-1", "i-default-x", "zh-min-nan-x-a" }[i]));

    [Fact]
    public void IsWellFormed_RandomTags_AgreesWithTheSchemaPattern()
    {
        var wellFormed = 0;
        Property.ForAll(
            Tag,
            tag =>
            {
                var expected = tag.Length <= LanguageTags.MaxLength && SchemaPattern.IsMatch(tag);
                Assert.Equal(expected, LanguageTags.IsWellFormed(tag));
                wellFormed += expected ? 1 : 0;
            },
            iterations: 50_000);

        // Both answers were tried often: the generator is no use if nearly every tag is malformed.
        Assert.InRange(wellFormed, 5_000, 45_000);
    }

    [Theory]
    [InlineData("en-abc-def-ghi")]
    [InlineData("en-abc-def-ghi-jkl")]
    [InlineData("abcd-abc")]
    [InlineData("en-Latn-Latn")]
    [InlineData("en-US-Latn")]
    [InlineData("en-1234")]
    [InlineData("en-abcd")]
    [InlineData("en-US-US")]
    [InlineData("en-a-bb-a-cc")]
    [InlineData("en-a-bb-x-a-b-c")]
    [InlineData("en-x-a-bb-ccc-dddddddd")]
    [InlineData("en-a-bbbbbbbbb")]
    [InlineData("x-a-b")]
    [InlineData("a-bb")]
    [InlineData("en-GB-oed-x")]
    [InlineData("i-klingon-x-a")]
    public void IsWellFormed_EdgesOfTheGrammar_AgreesWithTheSchemaPattern(string tag) =>
        Assert.Equal(SchemaPattern.IsMatch(tag), LanguageTags.IsWellFormed(tag));
}
