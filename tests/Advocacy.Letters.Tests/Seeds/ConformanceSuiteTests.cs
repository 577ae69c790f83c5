using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Seeds;

/// <summary>
/// The library against the portable conformance suite in <c>seeds/conformance/</c>: every case's document is read and
/// validated, and the outcome must be the one the manifest states (unreadable, or these codes at these pointers).
/// </summary>
public sealed class ConformanceSuiteTests
{
    // Codes that only a letter built in code can earn: reading refuses a null or an unknown enumeration value first.
    // unreadable is the code of a report entry for an input that could not be read, never a validation result.
    private static readonly string[] CodeOnlyCodes = [ValidationCodes.MissingValue, ValidationCodes.InvalidValue, ValidationCodes.Unreadable];

    // The rules a JSON Schema cannot state (README, "Validator only"): a schema-only check accepts letters that break them.
    private static readonly string[] ValidatorOnlyCodes =
    [
        ValidationCodes.DuplicateId, ValidationCodes.UnresolvedReference, ValidationCodes.DemandTextNotInParagraph,
        ValidationCodes.DateBeforeLetter, ValidationCodes.PositionDatesReversed, ValidationCodes.PositionNotHeld,
        ValidationCodes.DuplicateSignatory, ValidationCodes.DuplicateDisposition,
    ];

    // The library has no public classification of read failures: a LetterJsonException carries a reason worded for a
    // person and a pointer. The suite's class is derived from the reason by this table, first match first, as
    // seeds/conformance/README.md ("Read failures") documents; a reason no row matches fails the test.
    private static readonly (string Class, Regex Reason)[] ReadFailureReasons =
    [
        ("over-limit", Reason(@"\bMax(?:DocumentBytes|Depth|StringLength|ItemsPerList)\b")),
        ("invalid-utf8", Reason("invalid UTF-8")),
        ("lone-surrogate", Reason("surrogate")),
        ("not-a-letter-object", Reason("^expected a letter")),
        ("duplicate-member", Reason("^duplicate member ")),
        ("unknown-member", Reason("^unknown member ")),
        ("missing-member", Reason("^missing required member")),
        ("null-value", Reason("^null is not allowed")),
        ("invalid-date", Reason("' is not a date: ")),
        ("unknown-enumeration-value", Reason("' is not one of ")),
        ("wrong-type", Reason("^expected ")), // null-value instead when the value at the pointer is null
        ("malformed-json", Reason(@"^the document (?:ends early|is empty|holds more than one value)|trailing comma|invalid JSON literal|is invalid after a single JSON value|is an invalid start of a value")),
    ];

    private static string Folder => Path.Combine(Repository.Seeds, "conformance");

    private static JsonArray Cases => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!["cases"]!.AsArray();

    public static TheoryData<string> CaseNames => new(Cases.Select(c => (string)c!["name"]!));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_LibraryGivesTheStatedOutcome(string name)
    {
        var item = Cases.Single(c => (string?)c!["name"] == name)!;
        var path = Path.Combine(Folder, (string)item["document"]!);
        Letter letter;
        try
        {
            letter = LetterJson.ReadFile(path);
        }
        catch (LetterJsonException ex)
        {
            Assert.True((string?)item["result"] == "unreadable", $"{name}: the library cannot read it: {ex.Message}");
            Assert.Equal((string?)item["readFailure"], ReadFailureOf(ex, File.ReadAllBytes(path)));
            if (item["pointer"] is { } pointer)
            {
                Assert.Equal((string)pointer!, ex.Pointer);
            }

            return;
        }

        Assert.NotEqual("unreadable", (string?)item["result"]);
        var result = LetterValidator.Validate(letter);
        var expected = item["problems"]!.AsArray().Select(p => $"{(string)p!["pointer"]!} {(string)p["code"]!} {(string)p["severity"]!}");
        var actual = result.Problems.Select(p => $"{p.Path} {p.Code} {(p.Severity == ValidationSeverity.Error ? "error" : "warning")}");
        Assert.Equal(expected, actual);
        Assert.Equal((string?)item["result"] == "valid", result.IsValid);
    }

    [Fact]
    public void Suite_CoversEveryCodeThatADocumentCanEarn_AndEveryReadFailure()
    {
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var covered = Cases.SelectMany(c => c!["problems"]?.AsArray() ?? []).Select(p => (string)p!["code"]!).ToHashSet();
        Assert.Equal(codes.Except(CodeOnlyCodes).Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));

        var failures = Cases.Where(c => (string?)c!["result"] == "unreadable").Select(c => (string)c!["readFailure"]!).ToHashSet();
        Assert.Equal(DocumentedReadFailures.Order(StringComparer.Ordinal), failures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadFailureTable_NamesTheClassesTheReadmeDocuments()
    {
        Assert.Equal(DocumentedReadFailures.Order(StringComparer.Ordinal), ReadFailureReasons.Select(r => r.Class).Order(StringComparer.Ordinal));
        Assert.All(Cases.Where(c => c!["readFailure"] is not null), c => Assert.Equal("unreadable", (string?)c!["result"]));
    }

    public static TheoryData<string> LimitsWithoutADocument => new("MaxDocumentBytes", "MaxStringLength", "MaxItemsPerList");

    [Theory]
    [MemberData(nameof(LimitsWithoutADocument))]
    public void DefaultLimitTooBigToCommit_TheReadmeRecipe_IsOverLimit(string limit)
    {
        // The README's recipes for the limits whose smallest document is too big to keep in the suite.
        var json = limit switch
        {
            "MaxDocumentBytes" => "{" + new string(' ', LetterJsonReadOptions.DefaultMaxDocumentBytes) + "}",
            "MaxStringLength" => "{\"title\":\"" + new string('a', LetterJsonReadOptions.DefaultMaxStringLength + 1) + "\"}",
            _ => "{\"signatories\":[" + string.Join(",", Enumerable.Repeat("0", LetterJsonReadOptions.DefaultMaxItemsPerList + 1)) + "]}",
        };
        var bytes = Encoding.UTF8.GetBytes(json);
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Read(new MemoryStream(bytes)));
        Assert.Contains(limit, ex.Reason, StringComparison.Ordinal);
        Assert.Equal("over-limit", ReadFailureOf(ex, bytes));
    }

    [Fact]
    public void Suite_EveryDocumentIsACase_AndNamesAreUnique()
    {
        var documents = Directory.GetFiles(Path.Combine(Folder, "documents")).Select(f => "documents/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);
        Assert.Equal(documents, Cases.Select(c => (string)c!["document"]!).Order(StringComparer.Ordinal));
        Assert.Equal(Cases.Count, Cases.Select(c => (string)c!["name"]!).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Suite_SchemaVerdict_FollowsFromTheCodes()
    {
        // A readable case passes a schema-only check exactly when its errors are all of rules the schema cannot state.
        foreach (var item in Cases.Where(c => (string?)c!["result"] != "unreadable" && c!["schema"] is not null))
        {
            var errors = item!["problems"]!.AsArray().Where(p => (string?)p!["severity"] == "error").Select(p => (string)p!["code"]!);
            Assert.True(errors.All(ValidatorOnlyCodes.Contains) == (bool)item["schema"]!, (string?)item["name"]);
        }
    }

    // The classes the README's "Read failures" table lists, one row each: | `class` | ... |
    private static IEnumerable<string> DocumentedReadFailures =>
        File.ReadAllLines(Path.Combine(Folder, "README.md"))
            .Select(line => Regex.Match(line, "^\\| `([a-z0-9-]+)` \\|", RegexOptions.CultureInvariant))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

    private static Regex Reason(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    private static string ReadFailureOf(LetterJsonException ex, byte[] document)
    {
        var match = ReadFailureReasons.FirstOrDefault(r => r.Reason.IsMatch(ex.Reason));
        Assert.True(match.Class is not null, $"no read failure class for the reason: {ex.Reason}");
        return match.Class == "wrong-type" && IsNullAt(document, ex.Pointer) ? "null-value" : match.Class;
    }

    // Whether the document holds JSON null at the pointer: the reader words a null array as "expected an array".
    private static bool IsNullAt(byte[] document, string? pointer)
    {
        if (pointer is null)
        {
            return false;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(document);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }

        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            switch (node)
            {
                case JsonObject o when o.TryGetPropertyValue(token, out var value):
                    node = value;
                    break;
                case JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < a.Count:
                    node = a[index];
                    break;
                default:
                    return false;
            }
        }

        return node is null;
    }
}
