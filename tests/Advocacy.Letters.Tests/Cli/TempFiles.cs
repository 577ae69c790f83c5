using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Tests.Cli;

/// <summary>A temporary folder of letter files, good and broken, deleted when the test ends.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles()
    {
        Directory.CreateDirectory(Root);

        LetterJson.WriteFile(SampleLetters.Dprk2011, Valid);

        // A signatory's country in lower case: an error.
        var signatories = SampleLetters.Dprk2011.Signatories;
        LetterJson.WriteFile(
            SampleLetters.Dprk2011 with { Signatories = signatories.SetItem(3, signatories[3] with { Country = "xx" }) },
            Invalid);

        // A position that ended before the letter: a warning only.
        var kim = SampleLetters.Dprk2011.Addressees[0];
        var ended = kim.Positions[0] with { End = PartialDate.Parse("2011-01-01") };
        LetterJson.WriteFile(
            SampleLetters.Dprk2011 with { Addressees = [kim with { Positions = kim.Positions.SetItem(0, ended) }] },
            WarningsOnly);

        File.WriteAllText(Truncated, """{"schemaVersion": "1.0",""");
        File.WriteAllBytes(InvalidUtf8, [.. """{"schemaVersion": "1."""u8, 0xFF, 0xFE, .. "\"}"u8]);
        File.WriteAllBytes(Empty, []);
        File.WriteAllText(UnknownMember, LetterJson.ToJson(SampleLetters.Dprk2011).Replace(
            "\"label\": \"Amnesty International\"", "\"label\": \"Amnesty International\",\n      \"x\": 1", StringComparison.Ordinal),
            new UTF8Encoding(false));
        Directory.CreateDirectory(Folder);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "letters-tests-" + Guid.NewGuid().ToString("N"));

    public string Valid => Path.Combine(Root, "valid.json");

    public string Invalid => Path.Combine(Root, "invalid.json");

    public string WarningsOnly => Path.Combine(Root, "warnings-only.json");

    public string Truncated => Path.Combine(Root, "truncated.json");

    public string InvalidUtf8 => Path.Combine(Root, "invalid-utf8.json");

    public string Empty => Path.Combine(Root, "empty.json");

    public string UnknownMember => Path.Combine(Root, "unknown-member.json");

    public string Folder => Path.Combine(Root, "a-folder");

    public string Missing => Path.Combine(Root, "no-such-file.json");

    public ImmutableArray<string> Malformed => [Truncated, InvalidUtf8, Empty, UnknownMember];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
