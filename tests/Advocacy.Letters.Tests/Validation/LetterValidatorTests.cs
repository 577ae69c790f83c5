using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

/// <summary>
/// The validator's rules, one broken document per rule in <c>Validation/Invalid/</c>, each snapshotted as JSON, and
/// explicit checks of the code, path, severity and (for some) message of each rule.
/// </summary>
public partial class LetterValidatorTests
{
    private static readonly string InvalidFolder = Path.Combine(Repository.TestsSource, "Validation", "Invalid");
    private static readonly string ValidFolder = Path.Combine(Repository.TestsSource, "Validation", "Valid");

    /// <summary>Gets the names (without extension) of the broken documents.</summary>
    public static TheoryData<string> InvalidFiles => new(Names(InvalidFolder));

    /// <summary>Gets the names (without extension) of the valid documents.</summary>
    public static TheoryData<string> ValidFiles => new(Names(ValidFolder));

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Validate_InvalidFile_MatchesSnapshot(string name)
    {
        var result = Validate(name);

        Assert.NotEmpty(result.Problems);
        Snapshot.Verify(ProblemsJson.Write(result), name: $"Invalid_{name}");
    }

    [Fact]
    public void InvalidFiles_EachHasAVerifiedSnapshot_AndNoSnapshotIsOrphaned()
    {
        var here = Path.Combine(Repository.TestsSource, "Validation");
        var snapshots = Directory.EnumerateFiles(here, "LetterValidatorTests.Invalid_*.verified.json")
            .Select(path => Path.GetFileName(path)["LetterValidatorTests.Invalid_".Length..^".verified.json".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(Names(InvalidFolder), snapshots);
    }

    [Fact]
    public void InvalidFiles_CoverEveryCodeThatJsonCanReach()
    {
        var all = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!)
            .ToHashSet(StringComparer.Ordinal);

        // The reader refuses nulls and unknown enumeration names, so only letters built in code reach these two.
        all.Remove(ValidationCodes.MissingValue);
        all.Remove(ValidationCodes.InvalidValue);

        var covered = Names(InvalidFolder).SelectMany(name => Validate(name).Problems).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(all.Except(covered).Order(StringComparer.Ordinal));
        Assert.Contains(ValidationCodes.UnsupportedSchemaVersion, all);
        Assert.Equal(20, all.Count);
    }

    [Fact]
    public void InvalidFiles_AreReadableLetters_NotParseFailures()
    {
        foreach (var name in Names(InvalidFolder))
        {
            var letter = LetterJson.ReadFile(PathOf(InvalidFolder, name));
            Assert.NotNull(letter);
        }
    }

    [Fact]
    public void InvalidFiles_DifferFromTheValidBaseInFewPlaces()
    {
        // Each broken document is the complete valid one with one small change, so that it breaks one rule.
        var complete = JsonNode.Parse(File.ReadAllText(PathOf(ValidFolder, "complete")))!;
        foreach (var name in Names(InvalidFolder))
        {
            var broken = JsonNode.Parse(File.ReadAllText(PathOf(InvalidFolder, name)))!;
            var changes = Differences(complete, broken, string.Empty).ToList();
            Assert.True(changes.Count is > 0 and <= 3, $"{name}: {changes.Count} changes: {string.Join(", ", changes)}");
        }
    }

    [Theory]
    [InlineData("unsupported-schema-version", "/schemaVersion", ValidationCodes.UnsupportedSchemaVersion)]
    [InlineData("blank-title", "/title", ValidationCodes.BlankText)]
    [InlineData("blank-theme", "/demands/0/themes/1", ValidationCodes.BlankText)]
    [InlineData("untrimmed-signatory-name", "/signatories/0/name", ValidationCodes.UntrimmedText)]
    [InlineData("untrimmed-paragraph-trailing-space", "/body/1/text", ValidationCodes.UntrimmedText)]
    [InlineData("forbidden-character-control", "/body/1/text", ValidationCodes.ForbiddenCharacter)]
    [InlineData("forbidden-character-bidi-override", "/signatories/0/label", ValidationCodes.ForbiddenCharacter)]
    [InlineData("invalid-id-letter", "/id", ValidationCodes.InvalidId)]
    [InlineData("invalid-id-source-trailing-hyphen", "/sources/0/id", ValidationCodes.InvalidId)]
    [InlineData("invalid-id-demand-double-hyphen", "/demands/0/id", ValidationCodes.InvalidId)]
    [InlineData("duplicate-id-paragraphs", "/body/1/id", ValidationCodes.DuplicateId)]
    [InlineData("duplicate-id-demands", "/demands/1/id", ValidationCodes.DuplicateId)]
    [InlineData("duplicate-id-responses", "/responses/1/id", ValidationCodes.DuplicateId)]
    [InlineData("duplicate-id-sources", "/sources/1/id", ValidationCodes.DuplicateId)]
    [InlineData("unresolved-paragraph-reference", "/demands/0/paragraph", ValidationCodes.UnresolvedReference)]
    [InlineData("unresolved-demand-reference", "/responses/0/dispositions/0/demand", ValidationCodes.UnresolvedReference)]
    [InlineData("unresolved-source-reference", "/events/0/sources/1", ValidationCodes.UnresolvedReference)]
    [InlineData("unresolved-response-source-reference", "/responses/0/sources/0", ValidationCodes.UnresolvedReference)]
    [InlineData("unresolved-addressee-reference", "/responses/0/addressees/0", ValidationCodes.UnresolvedReference)]
    [InlineData("demand-text-not-in-paragraph", "/demands/0/text", ValidationCodes.DemandTextNotInParagraph)]
    [InlineData("demand-text-in-another-paragraph", "/demands/0/text", ValidationCodes.DemandTextNotInParagraph)]
    [InlineData("demand-text-case-differs", "/demands/0/text", ValidationCodes.DemandTextNotInParagraph)]
    [InlineData("missing-to-addressee", "/addressees", ValidationCodes.MissingToAddressee)]
    [InlineData("missing-signatory", "/signatories", ValidationCodes.MissingSignatory)]
    [InlineData("unknown-country", "/signatories/0/country", ValidationCodes.UnknownCountry)]
    [InlineData("unknown-country-lower-case", "/addressees/0/address/country", ValidationCodes.UnknownCountry)]
    [InlineData("unknown-country-response-party", "/responses/0/from/country", ValidationCodes.UnknownCountry)]
    [InlineData("invalid-language", "/language", ValidationCodes.InvalidLanguage)]
    [InlineData("invalid-language-other-name", "/addressees/0/otherNames/0/language", ValidationCodes.InvalidLanguage)]
    [InlineData("invalid-url-relative", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-ftp", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-javascript", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-with-spaces", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-no-break-space-in-host", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-bidi-override", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-control-character", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-non-ascii-path", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-bad-percent-escape", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-two-fragments", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-vertical-bar", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-port-out-of-range", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("invalid-url-trailing-newline", "/sources/0/url", ValidationCodes.InvalidUrl)]
    [InlineData("date-before-letter-event", "/events/0/date", ValidationCodes.DateBeforeLetter)]
    [InlineData("date-before-letter-response-month", "/responses/0/date", ValidationCodes.DateBeforeLetter)]
    [InlineData("position-dates-reversed", "/addressees/0/positions/0/start", ValidationCodes.PositionDatesReversed)]
    [InlineData("duplicate-signatory-case", "/signatories/2", ValidationCodes.DuplicateSignatory)]
    [InlineData("duplicate-signatory-accent-and-case", "/signatories/2", ValidationCodes.DuplicateSignatory)]
    [InlineData("duplicate-signatory-nfc-nfd", "/signatories/3", ValidationCodes.DuplicateSignatory)]
    [InlineData("duplicate-disposition", "/responses/0/dispositions/1/demand", ValidationCodes.DuplicateDisposition)]
    public void Validate_BrokenRule_ReportsOneErrorAtItsPath(string name, string path, string code)
    {
        var result = Validate(name);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(code, problem.Code);
        Assert.Equal(ValidationSeverity.Error, problem.Severity);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("position-not-held-start-after-letter", "/addressees/0/positions/0/start")]
    [InlineData("position-not-held-end-before-letter", "/addressees/0/positions/0/end")]
    public void Validate_PositionNotHeld_IsAWarning_AndTheLetterStaysValid(string name, string path) =>
        AssertOneWarning(name, path, ValidationCodes.PositionNotHeld);

    [Theory]
    [InlineData("event-out-of-order", "/events/1/date", ValidationCodes.EventOutOfOrder)]
    [InlineData("response-out-of-order", "/responses/1/date", ValidationCodes.ResponseOutOfOrder)]
    public void Validate_OutOfDateOrder_IsAWarning_AndTheLetterStaysValid(string name, string path, string code) =>
        AssertOneWarning(name, path, code);

    private static void AssertOneWarning(string name, string path, string code)
    {
        var result = Validate(name);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ValidationProblem
        {
            Path = path,
            Code = code,
            Severity = ValidationSeverity.Warning,
            Message = problem.Message,
        }, problem);
        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal([problem], result.Warnings);
    }

    [Fact]
    public void Validate_UnknownCountry_Message()
    {
        var problem = Assert.Single(Validate("unknown-country").Problems);

        Assert.Equal("\"XX\" is not an ISO 3166-1 alpha-2 country code such as \"KR\" (upper case)", problem.Message);
    }

    [Fact]
    public void Validate_UnresolvedSourceReference_Message()
    {
        var problem = Assert.Single(Validate("unresolved-source-reference").Problems);

        Assert.Equal("there is no source with the id \"reports\"", problem.Message);
    }

    [Fact]
    public void Validate_DemandTextNotInParagraph_Message()
    {
        var problem = Assert.Single(Validate("demand-text-not-in-paragraph").Problems);

        Assert.Equal("the demand's text does not occur in paragraph \"request\": quote its exact words", problem.Message);
    }

    [Fact]
    public void Validate_DuplicateSignatoryAccentAndCase_NamesTheFirstSignatory()
    {
        var problem = Assert.Single(Validate("duplicate-signatory-accent-and-case").Problems);

        Assert.Equal("\"amnesty international\" already signed as signatory 1", problem.Message);
    }

    [Fact]
    public void Validate_PositionNotHeldEndBeforeLetter_Message()
    {
        var problem = Assert.Single(Validate("position-not-held-end-before-letter").Problems);

        Assert.Equal("Kim Jong-il left \"Chairman\" on 2011-09-07, before the letter's date (2011-09-08)", problem.Message);
    }

    [Fact]
    public void Validate_ForbiddenBidiOverride_MessageNamesTheCharacterAndItsPosition()
    {
        var problem = Assert.Single(Validate("forbidden-character-bidi-override").Problems);

        Assert.Equal(
            "the text holds U+202E at character 14: control characters, bidirectional overrides and lone surrogates are not allowed",
            problem.Message);
    }

    [Fact]
    public void Validate_UnsupportedSchemaVersion_Message()
    {
        var problem = Assert.Single(Validate("unsupported-schema-version").Problems);

        Assert.Equal("schema version \"2.0\" is not supported: this library reads \"1.0\"", problem.Message);
    }

    [Fact]
    public void LetterJson_LoneSurrogateEscape_IsRefusedByTheReader_SoValidationNeverSeesIt()
    {
        // "\ud800" is well-formed JSON but no string can carry it: the reader refuses it, with its location.
        var json = File.ReadAllText(PathOf(ValidFolder, "minimal")).Replace("\"A minimal letter\"", "\"A minimal \\ud800 letter\"", StringComparison.Ordinal);

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        Assert.Equal("/title", ex.Pointer);
    }

    [Fact]
    public void Validate_LoneSurrogate_BuiltInCode_IsAForbiddenCharacter()
    {
        var result = LetterValidator.Validate(TestLetters.Minimal with { Title = "A minimal \ud800 letter" });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("/title", ValidationCodes.ForbiddenCharacter), (problem.Path, problem.Code));
        Assert.StartsWith("the text holds U+D800 at character 11:", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/report{D800}")]
    [InlineData("https://example.org/{DC00}report")]
    [InlineData("https://example.org/report{2028}")]
    [InlineData("https://example.org/report{2067}")]
    public void Validate_UrlWithCharactersUriWouldEscape_IsInvalid(string pattern)
    {
        var url = Chars(pattern);
        // Uri.TryCreate accepts each of these (escaping or keeping the character); the URL as written is still wrong.
        var letter = TestLetters.Complete with { Sources = [TestLetters.Complete.Sources[0] with { Url = url }] };

        var problem = Assert.Single(LetterValidator.Validate(letter).Problems);

        Assert.Equal(("/sources/0/url", ValidationCodes.InvalidUrl), (problem.Path, problem.Code));
    }

    [Fact]
    public void Validate_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => LetterValidator.Validate(null!));

        Assert.Equal("letter", ex.ParamName);
    }

    private static ValidationResult Validate(string invalidName) =>
        LetterValidator.Validate(LetterJson.ReadFile(PathOf(InvalidFolder, invalidName)));

    /// <summary>Spells out <c>{XXXX}</c> as that UTF-16 code unit: theory data cannot carry lone surrogates.</summary>
    private static string Chars(string pattern) =>
        Regex.Replace(pattern, "{([0-9A-F]{4})}", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    private static string PathOf(string folder, string name) => Path.Combine(folder, name + ".json");

    private static string[] Names(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    private static IEnumerable<string> Differences(JsonNode? left, JsonNode? right, string path)
    {
        switch (left, right)
        {
            case (JsonObject a, JsonObject b):
                foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                {
                    foreach (var difference in Differences(a[name], b[name], $"{path}/{name}"))
                    {
                        yield return difference;
                    }
                }

                break;
            case (JsonArray a, JsonArray b) when a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var difference in Differences(a[i], b[i], $"{path}/{i}"))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(left, right))
                {
                    yield return path;
                }

                break;
        }
    }
}
