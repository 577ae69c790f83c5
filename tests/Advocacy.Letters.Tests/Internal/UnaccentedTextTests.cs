using Advocacy.Letters.Import;
using Advocacy.Letters.Import.Internal;
using Advocacy.Letters.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Internal;

/// <summary>
/// Accents come off slugs and country names by the library's own table, never by <c>string.Normalize</c>, which does
/// nothing under <c>InvariantGlobalization</c>: an imported letter's id must not depend on whether the process has
/// ICU. <see cref="InvariantGlobalizationTests"/> runs this class again without ICU.
/// </summary>
public class UnaccentedTextTests
{
    [Theory]
    [InlineData("Côte d’Ivoire", "Cote d’Ivoire")]
    [InlineData("Ação Educativa", "Acao Educativa")]
    [InlineData("Dr. Ayşe Yılmaz", "Dr. Ayse Yılmaz")]
    [InlineData("e\u0301cole", "ecole")] // a combining acute accent after the letter
    [InlineData("ＵＳＡ", "USA")] // the fullwidth forms fold to ASCII, as they do in party keys
    [InlineData("한", "\u1112\u1161\u11AB")] // a Hangul syllable becomes its jamo, as NFD makes it
    [InlineData("Amnesty 🕊 International", "Amnesty 🕊 International")] // a surrogate pair is kept whole
    [InlineData("Two  spaces\tand a tab", "Two  spaces\tand a tab")] // white space is left as given
    public void WithoutMarks_DecomposesAndDropsCombiningMarks(string text, string expected) =>
        Assert.Equal(expected, NameFolding.WithoutMarks(text));

    [Theory]
    [InlineData("a\u20E3b", "ab")] // an enclosing mark (the keycap) goes like a combining one
    [InlineData("a\U000101FDb", "ab")] // a combining mark outside the BMP (a surrogate pair)
    [InlineData("a\uD800b", "a\uD800b")] // a lone surrogate is kept, never a failure (string.Normalize threw)
    public void WithoutMarks_EnclosingAndAstralMarks_AndLoneSurrogates(string text, string expected) =>
        Assert.Equal(expected, NameFolding.WithoutMarks(text));

    [Fact]
    public void Import_LoneSurrogateInTheTitle_IsNoFailure()
    {
        var result = LetterImporter.Import("Letter on the \uD800 detention of defenders\n\nDear Minister,\n\nWe ask that you release them.\n\nAmnesty International\n");

        Assert.StartsWith("letter-on-the-detention-of-defenders", result.Letter.Id, System.StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutMarks_Ascii_IsTheSameString()
    {
        var text = "Human Rights Watch";

        Assert.Same(text, NameFolding.WithoutMarks(text));
    }

    [Theory]
    [InlineData("Lettre sur la liberté académique", "lettre-sur-la-liberte-academique")]
    [InlineData("Ação Educativa — São Paulo", "acao-educativa-sao-paulo")]
    [InlineData("ＵＳＡ letter", "usa-letter")]
    public void Slug_TakesTheAccentsOff(string text, string expected) =>
        Assert.Equal(expected, TextTools.Slug(text));

    [Theory]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("COTE D'IVOIRE", "CI")]
    [InlineData("Curaçao", "CW")]
    [InlineData("Réunion", "RE")]
    public void CountryName_WithOrWithoutAccents_IsFound(string name, string code) =>
        Assert.Equal(code, CountryNames.Find(name));

    [Fact]
    public void Import_AccentedTitleAndCountry_SameIdAndCountryEverywhere()
    {
        var text = """
            Letter from São Paulo on académic freedom

            15 May 2022

            Dear Minister,

            We ask that you reinstate every academic dismissed for signing the petition.

            Respectfully,

            Kenji Tanaka, Côte d’Ivoire
            Pierre Dubois, Réunion
            """;

        var letter = LetterImporter.Import(text).Letter;

        Assert.Equal("letter-from-sao-paulo-on-academic-freedom-2022", letter.Id);
        Assert.Equal(["CI", "RE"], [.. System.Linq.Enumerable.Select(letter.Signatories, s => s.Country)]);
    }
}
