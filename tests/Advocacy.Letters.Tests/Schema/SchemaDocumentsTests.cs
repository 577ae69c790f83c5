using System;
using System.IO;
using System.Linq;
using System.Text;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Schema;

/// <summary>
/// The library's side of the schema cross-check: every document in <c>Valid/</c> (and the dataset) reads and
/// validates; every document in <c>Broken/</c> is refused by <see cref="LetterJson"/> or <see cref="LetterValidator"/>.
/// The schema's side of the same files is checked by ajv in <c>samples/js-consumer</c> (<c>npm test</c>).
/// </summary>
public sealed class SchemaDocumentsTests
{
    private static string Folder(string name) => Path.Combine(Repository.TestsSource, "Schema", name);

    public static TheoryData<string> ValidDocuments =>
        new(Directory.GetFiles(Folder("Valid"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).Append("../../../../seeds/dprk-letter-2011.json")!);

    public static TheoryData<string> BrokenDocuments =>
        new(Directory.GetFiles(Folder("Broken"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void ValidDocument_IsReadAndValid(string file)
    {
        var letter = LetterJson.ReadFile(Path.Combine(Folder("Valid"), file));
        var result = LetterValidator.Validate(letter);
        Assert.True(result.IsValid, string.Join("\n", result.Problems.Select(p => $"{p.Path}  {p.Code}  {p.Message}")));
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void BrokenDocument_IsRefused(string file) =>
        Assert.NotNull(Refusal(Path.Combine(Folder("Broken"), file)));

    [Fact]
    public void BrokenDocuments_AreRefusedForTheirReason()
    {
        // One line per file: how the library refuses it, so that a reviewer sees each is broken the way its name says
        // (the validator's codes are stable; reading errors are pinned by the serialization tests).
        var report = new StringBuilder();
        foreach (var file in Directory.GetFiles(Folder("Broken"), "*.json").Order(StringComparer.Ordinal))
        {
            report.Append(Path.GetFileName(file)).Append(": ").Append(Refusal(file) ?? "ACCEPTED").Append('\n');
        }

        Snapshot.Verify(report.ToString(), "txt");
    }

    private static string? Refusal(string path)
    {
        Letter letter;
        try
        {
            letter = LetterJson.ReadFile(path);
        }
        catch (LetterJsonException)
        {
            // The message's wording belongs to the serialization tests; here it is enough that reading refuses.
            return "refused on reading";
        }

        var errors = LetterValidator.Validate(letter).Problems.Where(p => p.Severity == ValidationSeverity.Error).ToList();
        return errors.Count == 0 ? null : "validation errors: " + string.Join("; ", errors.Select(p => $"{p.Path} {p.Code}"));
    }
}
