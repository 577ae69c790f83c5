using System;
using System.Linq;
using System.Text;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;
using static Advocacy.Letters.Tests.Infrastructure.Documents;

namespace Advocacy.Letters.Tests.Hostile;

/// <summary>
/// Input that a lenient reader would quietly change: coerced types, a member given twice, <c>null</c> against
/// missing, white space and Unicode normalisation. The reader refuses or keeps; it never changes what it was given.
/// </summary>
public class DataLossTests
{
    // The format has no numbers at all: every scalar is a string, an enumeration name or a date.
    [Theory]
    [InlineData("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":1.0", "/schemaVersion")]
    [InlineData("\"id\":\"x\"", "\"id\":1", "/id")]
    [InlineData("\"language\":\"en\"", "\"language\":false", "/language")]
    [InlineData("\"title\":\"t\"", "\"title\":1e3", "/title")]
    public void Read_NumberOrLiteralWhereAStringBelongs_IsRefused_NotCoerced(string find, string replace, string pointer)
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(Edit(Minimal, find, replace)));

        Assert.Equal(pointer, ex.Pointer);
        Assert.StartsWith("expected a string, found ", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"title\":\"t\",\"title\":\"u\"")]
    [InlineData("\"title\":\"t\",\"title\":\"t\"")]
    [InlineData("\"title\":\"t\",\"t\\u0069tle\":\"u\"")]
    public void Read_MemberGivenTwice_IsRefused_WhicheverValueAndSpelling(string titles)
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(Edit(Minimal, "\"title\":\"t\"", titles)));

        Assert.Equal("/title", ex.Pointer);
        Assert.StartsWith("duplicate member 'title'", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OptionalMemberNullOrMissing_BothReadAsAbsent_AndTheWriterLeavesItOut()
    {
        var withNull = LetterJson.Parse(WithRootMembers("\"place\":null,"));
        var missing = LetterJson.Parse(Minimal);

        Assert.Null(withNull.Place);
        Assert.Equal(missing, withNull);
        Assert.DoesNotContain("\"place\"", LetterJson.ToJson(withNull), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RequiredMemberNullOrMissing_BothRefused()
    {
        Assert.Equal("/title", Assert.Throws<LetterJsonException>(() => LetterJson.Parse(WithTitle("null"))).Pointer);
        Assert.Contains("missing required member 'title'", Assert.Throws<LetterJsonException>(() => LetterJson.Parse(Edit(Minimal, "\"title\":\"t\",", ""))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhiteSpaceAroundText_IsKeptExactly_AndTheValidatorFlagsIt()
    {
        var letter = LetterJson.Parse(WithTitle("\" \\u00A0t\\t \""));

        Assert.Equal(" \u00A0t\t ", letter.Title);
        Assert.Contains(LetterValidator.Validate(letter).Problems, p => p.Code == ValidationCodes.UntrimmedText && p.Path == "/title");
        Assert.Equal(letter, LetterJson.Parse(LetterJson.ToUtf8Bytes(letter)));
    }

    [Fact]
    public void Read_DecomposedText_RoundTripsByteForByte()
    {
        // "Lê Văn" decomposed (NFD): e + U+0302, a + U+0306. Reading and writing must not compose it.
        var nfd = "Le\u0302 Va\u0306n";
        Assert.False(nfd.IsNormalized(NormalizationForm.FormC));
        var letter = TestLetters.Minimal with
        {
            Signatories = [new Signatory { Type = PartyType.Person, Name = nfd, Label = nfd }],
        };
        var bytes = LetterJson.ToUtf8Bytes(letter);

        var read = LetterJson.Parse(bytes);

        Assert.Equal(nfd, read.Signatories[0].Name);
        Assert.Equal(bytes, LetterJson.ToUtf8Bytes(read));
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(nfd)) >= 0);
    }

    [Fact]
    public void Validate_SameNameComposedAndDecomposed_IsADuplicateSignatory_ButBothAreKeptAsGiven()
    {
        var nfc = "L\u00EA V\u0103n";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        var letter = TestLetters.Minimal with
        {
            Signatories =
            [
                new Signatory { Type = PartyType.Person, Name = nfc, Country = "VN", Label = nfc },
                new Signatory { Type = PartyType.Person, Name = nfd, Country = "VN", Label = nfd },
            ],
        };

        var read = LetterJson.Parse(LetterJson.ToUtf8Bytes(letter));
        var problem = Assert.Single(LetterValidator.Validate(read).Problems, p => p.Code == ValidationCodes.DuplicateSignatory);

        Assert.Equal("/signatories/1", problem.Path);
        Assert.Equal([nfc, nfd], read.Signatories.Select(s => s.Name));
    }
}
