using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests;

public partial class SampleLettersTests
{
    [Fact]
    public void Generate_EveryLetter_IsValidWithNoProblem()
    {
        foreach (var letter in SampleLetters.Generate(1_000, seed: 12345))
        {
            var result = LetterValidator.Validate(letter);
            Assert.True(result.Problems.IsEmpty, $"{letter.Id}: {string.Join("; ", result.Problems.Select(p => $"{p.Path} {p.Code} {p.Message}"))}");
        }
    }

    [Fact]
    public void Generate_EveryLetter_RoundTripsThroughJsonLines()
    {
        var letters = SampleLetters.Generate(200, seed: 7).ToList();
        using var stream = new MemoryStream();
        LetterJsonLines.Write(letters, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        var read = LetterJsonLines.Read(stream).Select(line => line.Letter!).ToList();
        Assert.Equal(letters, read);
    }

    [Fact]
    public void Generate_SameSeed_SameLetters_AsVerified()
    {
        // The corpus must be the same on every machine, runtime and target framework: its bytes are pinned here (the
        // first letters in full, and a hash of more). A deliberate change to the generator updates both snapshots and
        // says so in CHANGELOG.md.
        Assert.Equal(SampleLetters.Generate(50, seed: 1), SampleLetters.Generate(50, seed: 1));
        Snapshot.Verify(Lines(SampleLetters.Generate(3, seed: 1)), "jsonl");
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Lines(SampleLetters.Generate(2_000, seed: 1)))));
        Snapshot.Verify(hash + "\n", "txt", name: "Generate_SameSeed_Sha256Of2000Letters");
    }

    [Fact]
    public void Generate_LetterDependsOnlyOnSeedAndIndex()
    {
        var ten = SampleLetters.Generate(10, seed: -3).ToList();
        Assert.Equal(ten.Take(4), SampleLetters.Generate(4, seed: -3));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"generated-{i}"), ten.Select(letter => letter.Id));
        Assert.NotEqual(ten, SampleLetters.Generate(10, seed: -2));
    }

    [Fact]
    public void Generate_Corpus_VariesScriptsDatesSizesAndResponses()
    {
        var letters = SampleLetters.Generate(500, seed: 99).ToList();
        var json = Lines(letters);

        Assert.Equal(["ar", "en", "ja", "ko", "ru", "zh-Hans"], letters.Select(l => l.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(letters, l => l.Title.Any(c => c is >= '\uAC00' and <= '\uD7A3')); // Hangul
        Assert.Contains(letters, l => l.Title.Any(c => c is >= '\u0400' and <= '\u04FF')); // Cyrillic
        Assert.Contains(letters, l => l.Title.Any(c => c is >= '\u0600' and <= '\u06FF')); // Arabic
        Assert.Contains(letters, l => l.Title.Any(c => c is >= '\u4E00' and <= '\u9FFF')); // CJK
        Assert.Contains(letters, l => l.Body.Any(p => p.Text.Any(char.IsSurrogate))); // emoji beyond the BMP
        Assert.Contains(letters, l => l.Date is null);
        Assert.Contains(letters, l => l.Date?.Precision == DatePrecision.Year);
        Assert.Contains(letters, l => l.Date?.Precision == DatePrecision.Month);
        Assert.Contains(letters, l => l.Sources.Any(s => s.Date?.Precision == DatePrecision.Month));
        Assert.Contains(letters, l => l.Signatories.Length == 1);
        Assert.Contains(letters, l => l.Signatories.Length >= 100);
        Assert.Contains(letters, l => l.Demands.IsEmpty);
        Assert.Contains(letters, l => l.Demands.Length >= 5);
        Assert.Contains(letters, l => l.Responses.IsEmpty);
        Assert.Contains(letters, l => l.Responses.Length >= 2 && l.Responses.All(r => !r.Dispositions.IsEmpty));
        Assert.Contains(letters, l => l.Sources.Any(s => s.Url.Contains('[', StringComparison.Ordinal)));
        Assert.True(Enum.GetValues<ResponseStance>().All(stance => letters.Any(l => l.Responses.Any(r => r.Stance == stance))));
        Assert.True(Enum.GetValues<LetterKind>().All(kind => letters.Any(l => l.Kind == kind)));
        Assert.Contains("\\uD83", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NoLetters_IsEmpty_NegativeCountThrows()
    {
        Assert.Empty(SampleLetters.Generate(0, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => SampleLetters.Generate(-1, seed: 1));
    }

    private static string Lines(System.Collections.Generic.IEnumerable<Letter> letters)
    {
        using var stream = new MemoryStream();
        LetterJsonLines.Write(letters, stream, TestContext.Current.CancellationToken);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
