using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

/// <summary><c>letters validate</c> over JSON Lines corpora, <c>letters convert</c> and <c>letters schema</c>.</summary>
public sealed class CorpusCommandsTests : IDisposable
{
    private static readonly Letter Dprk = SampleLetters.Dprk2011;
    private static readonly Letter Minimal = TestLetters.Minimal;

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Validate_Corpus_PrintsLineAndPath_ThenCounts_Exit2WhenALineIsUnreadable()
    {
        var corpus = WriteCorpus("mixed.jsonl",
            Line(Dprk),
            Line(Minimal with { Language = "en_GB" }),
            "{\"schemaVersion\":\"1.0\",\"colour\":1}",
            string.Empty,
            Line(Minimal));

        var run = Letters.Run("validate", corpus);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                "2:/language  invalid-language  \"en_GB\" is not a well-formed BCP 47 language tag such as \"en\" or \"ko-KP\"",
                "3:/colour  unreadable  unknown member 'colour' in a letter",
                "4:/  unreadable  the line is empty: JSON Lines has one letter on every line, and no blank lines",
                $"{corpus}: 3 letters read: 2 valid, 1 invalid; 2 lines unreadable",
            ],
            run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Validate_CorpusOfValidLetters_Exit0_InvalidOnly_Exit1()
    {
        var valid = WriteCorpus("valid.jsonl", Line(Dprk), Line(Minimal));
        var invalid = WriteCorpus("invalid.jsonl", Line(Dprk), Line(Minimal with { Signatories = [] }));

        Assert.Equal(0, Letters.Run("validate", valid).ExitCode);
        Assert.Equal($"{valid}: 2 letters read: 2 valid, 0 invalid", Letters.Run("validate", valid).OutputLines.Single());
        Assert.Equal(1, Letters.Run("validate", invalid).ExitCode);
    }

    [Fact]
    public void Validate_StandardInputWithJsonl_IsACorpus()
    {
        var run = Letters.RunWithInput(Line(Minimal) + "\n" + Line(Minimal with { Title = " untrimmed" }) + "\n", "validate", "-", "--jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("2:/title  untrimmed-text  \" untrimmed\" starts or ends with white space", run.OutputLines[0]);
        Assert.Equal("<stdin>: 2 letters read: 1 valid, 1 invalid", run.OutputLines[1]);
    }

    [Fact]
    public void Validate_CorpusAsJson_GivesLineNumbers()
    {
        var corpus = WriteCorpus("c.jsonl", Line(Minimal), "[]");

        var run = Letters.Run("validate", corpus, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var problem = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal("unreadable", problem.GetProperty("code").GetString());
        Assert.Equal(corpus, problem.GetProperty("file").GetString());
    }

    [Fact]
    public void Convert_FolderToJsonLinesAndBack_KeepsEveryFileByteForByte()
    {
        var folder = Path.Combine(files.Root, "letters");
        Directory.CreateDirectory(folder);
        LetterJson.WriteFile(Dprk, Path.Combine(folder, "dprk-2011-kim-jong-il.json"));
        LetterJson.WriteFile(Minimal, Path.Combine(folder, "minimal-letter.json"));
        var corpus = Path.Combine(files.Root, "letters.jsonl");
        var back = Path.Combine(files.Root, "back");

        var there = Letters.Run("convert", folder, corpus);
        var again = Letters.Run("convert", corpus, back);

        Assert.Equal((0, $"{folder} -> {corpus}: 2 letters"), (there.ExitCode, there.OutputLines.Single()));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(2, File.ReadAllLines(corpus).Length);
        foreach (var file in Directory.GetFiles(folder))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(back, Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Convert_JsonArrayToJsonLinesAndBack_RoundTrips()
    {
        var array = Path.Combine(files.Root, "letters.json");
        File.WriteAllText(array, $"[{LetterJson.ToJson(Minimal)}, {LetterJson.ToJson(Dprk)}]");
        var corpus = Path.Combine(files.Root, "letters.jsonl");
        var back = Path.Combine(files.Root, "back.json");

        Assert.Equal(0, Letters.Run("convert", array, corpus).ExitCode);
        Assert.Equal(0, Letters.Run("convert", corpus, back).ExitCode);

        Assert.Equal([Minimal, Dprk], LetterJsonLines.ReadFile(corpus).Select(l => l.Letter));
        using var written = JsonDocument.Parse(File.ReadAllBytes(back));
        Assert.Equal([Minimal, Dprk], written.RootElement.EnumerateArray().Select(e => LetterJson.Parse(e.GetRawText())));
        Assert.StartsWith("[\n  {\n    \"schemaVersion\": \"1.0\",", File.ReadAllText(back), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_BadItemInArray_NamesTheItemAndLine_WritesNothing_Exit2()
    {
        var array = Path.Combine(files.Root, "letters.json");
        File.WriteAllText(array, "[\n" + LetterJson.ToJson(Minimal) + ",\n{\"schemaVersion\": \"1.0\", \"id\": 7}\n]");
        var corpus = Path.Combine(files.Root, "out.jsonl");

        var run = Letters.Run("convert", array, corpus);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        var itemLine = ("[\n" + LetterJson.ToJson(Minimal) + ",\n").Count(c => c == '\n') + 1;
        Assert.Equal($"letters: {array}: item 1: expected a string, found a number at /1/id (line {itemLine}, byte 33)", line);
        Assert.False(File.Exists(corpus));
        Assert.Empty(Directory.GetFiles(files.Root, "*.partial"));
    }

    [Fact]
    public void Convert_BadLineInCorpus_NamesTheLine_Exit2()
    {
        var corpus = WriteCorpus("bad.jsonl", Line(Minimal), "nope");

        var run = Letters.Run("convert", corpus, Path.Combine(files.Root, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"letters: {corpus}: 'nope' is an invalid JSON literal. Expected the literal 'null' at the document root (line 2, byte 2)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Convert_IdThatIsNoFileName_IsRefused()
    {
        var corpus = WriteCorpus("ids.jsonl", Line(Minimal with { Id = "../escape" }));

        var run = Letters.Run("convert", corpus, Path.Combine(files.Root, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the letter id \"../escape\" cannot name a file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(files.Root, "escape.json")));
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("convert", "only-one")]
    [InlineData("convert", "-", "out.jsonl")]
    [InlineData("schema", "extra")]
    public void Usage_Errors_Exit2(params string[] args)
    {
        var run = Letters.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void Convert_MissingInput_Exit2()
    {
        var run = Letters.Run("convert", files.Missing, Path.Combine(files.Root, "out.jsonl"));

        Assert.Equal((2, $"letters: {files.Missing}: not found (expected a folder, a .json or a .jsonl file)"), (run.ExitCode, run.ErrorLines.Single()));
    }

    [Fact]
    public void Schema_PrintsTheShippedSchema()
    {
        var run = Letters.Run("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(LetterJsonSchema.Text, run.Stdout);
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Seeds, "letter.schema.json")), run.Stdout);
    }

    private static string Line(Letter letter)
    {
        using var stream = new MemoryStream();
        LetterJsonLines.Write([letter], stream);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
    }

    private string WriteCorpus(string name, params string[] lines)
    {
        var path = Path.Combine(files.Root, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
