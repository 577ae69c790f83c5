using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Serialization;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

/// <summary><c>letters validate --threads N</c>: a JSON Lines corpus read and validated on N workers, reported in line order.</summary>
public sealed class ValidateThreadsTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Threads_OneAndFour_GiveTheSameReport_InLineOrder(string format)
    {
        var corpus = WriteCorpus();

        var one = Letters.Run("validate", corpus, "--format", format, "--max-problems", "1000", "--threads", "1");
        var four = Letters.Run("validate", corpus, "--format", format, "--max-problems", "1000", "--threads", "4");
        var byDefault = Letters.Run("validate", corpus, "--format", format, "--max-problems", "1000");

        // Unreadable lines outrank invalid letters.
        Assert.Equal(2, one.ExitCode);
        Assert.Equal((one.ExitCode, one.Stdout, one.Stderr), (four.ExitCode, four.Stdout, four.Stderr));
        Assert.Equal((one.ExitCode, one.Stdout, one.Stderr), (byDefault.ExitCode, byDefault.Stdout, byDefault.Stderr));

        var lines = format == "json"
            ? JsonDocument.Parse(one.Stdout).RootElement.EnumerateArray().Select(entry => entry.GetProperty("line").GetInt64()).ToArray()
            : one.OutputLines.SkipLast(1).Select(line => long.Parse(line[..line.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(lines.Order(), lines);
        Assert.Subset(lines.ToHashSet(), new long[] { 11, 40, 77, 120, 199 }.ToHashSet());
    }

    [Fact]
    public void Threads_TextReport_CountsEveryLine()
    {
        var run = Letters.Run("validate", WriteCorpus(), "--threads", "3");

        Assert.Equal("197 letters read: 195 valid, 2 invalid; 3 lines unreadable", run.OutputLines[^1][(run.OutputLines[^1].IndexOf(": ", StringComparison.Ordinal) + 2)..]);
    }

    [Fact]
    public void TextReport_Counts_AreGroupedAlike()
    {
        // Every count in the closing line reads the same way: "1,001 valid", not "1001 valid" after "1,001 letters".
        var letter = LetterJson.ToJson(SampleLetters.Generate(1, 12).Single()).ReplaceLineEndings(string.Empty);
        var path = Path.Combine(files.Root, "thousands.jsonl");
        File.WriteAllLines(path, [.. Enumerable.Repeat(letter, 1_001), .. Enumerable.Repeat("[]", 1_000)]);

        var run = Letters.Run("validate", path, "--max-problems", "0");

        Assert.Equal($"{path}: 1,001 letters read: 1,001 valid, 0 invalid; 1,000 lines unreadable", run.OutputLines[^1]);
    }

    [Fact]
    public void Threads_StandardInput_AsACorpus()
    {
        var corpus = WriteCorpus();
        var bytes = File.ReadAllBytes(corpus);

        var one = Letters.RunWithBytes(bytes, "validate", "-", "--jsonl", "--threads", "1");
        var two = Letters.RunWithBytes(bytes, "validate", "-", "--jsonl", "--threads", "2");

        Assert.Equal(2, one.ExitCode);
        Assert.Equal((one.ExitCode, one.Stdout), (two.ExitCode, two.Stdout));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("x")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("1025")]
    public void Threads_NotACountOfWorkers_OneLine_Exit2(string value)
    {
        var run = Letters.Run("validate", files.Valid, "--threads", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal($"letters: --threads '{value}' is not a whole number from 1 to 1024 (see 'letters validate --help')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Threads_WithoutAValue_OneLine_Exit2()
    {
        var run = Letters.Run("validate", files.Valid, "--threads");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("letters: --threads needs a value (see 'letters validate --help')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Threads_Help_DescribesIt()
    {
        var run = Letters.Run("validate", "--help");

        Assert.Matches(@"--threads <N>\s+how many workers read and validate a JSON Lines corpus", run.Stdout);
    }

    /// <summary>200 lines of generated letters (197 of them letters), with two invalid letters (lines 40 and 120) and three lines that are not letters (11, 77, 199).</summary>
    private string WriteCorpus()
    {
        var lines = SampleLetters.Generate(200, 12).Select(letter => LetterJson.ToJson(letter).ReplaceLineEndings(string.Empty)).ToArray();
        lines[10] = "{\"schemaVersion\": \"1.0\",";
        lines[39] = Invalid(39);
        lines[76] = "not a letter";
        lines[119] = Invalid(119);
        lines[198] = "[]";
        var path = Path.Combine(files.Root, "corpus.jsonl");
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;

        static string Invalid(int index)
        {
            var letter = SampleLetters.Generate(200, 12).ElementAt(index);
            var signatory = letter.Signatories[0] with { Country = "xx" };
            using var line = new MemoryStream();
            LetterJsonLines.Write([letter with { Signatories = letter.Signatories.SetItem(0, signatory) }], line);
            return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\n');
        }
    }
}
