using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
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

    private static readonly string[] ReadFailures =
    [
        "malformed-json", "invalid-utf8", "not-a-letter-object", "unknown-member", "duplicate-member", "missing-member",
        "null-value", "wrong-type", "invalid-date", "unknown-enumeration-value", "lone-surrogate", "over-limit",
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
        Assert.Equal(ReadFailures.Order(StringComparer.Ordinal), failures.Order(StringComparer.Ordinal));
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
}
