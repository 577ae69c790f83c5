using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Advocacy.Letters.Cli;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

public sealed class LettersAppTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    // No arguments

    [Fact]
    public void Run_NoArguments_SummarisesTheEmbeddedLetter()
    {
        var run = Letters.Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.StartsWith("ICNK Letter To Kim Jong Il\n", run.Stdout, StringComparison.Ordinal);
    }

    // Help and usage errors

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Run_Help_ListsEveryCommand(params string[] args)
    {
        var run = Letters.Run(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Contains("Usage:\n  letters [command] [options]", run.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "show <FILE>", "validate <FILE>", "render <FILE>", "convert <IN OUT>", "schema" })
        {
            Assert.Contains("  " + command, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("validate", "--max-problems <N>", "validate", "--help")]
    [InlineData("validate", "--format <text|json>", "help", "validate")]
    [InlineData("validate", "--threads <N>", "validate", "--help")]
    [InlineData("import", "--from <text|markdown|html>", "import", "--help")]
    [InlineData("generate", "--count <N>", "help", "generate")]
    [InlineData("show", "<FILE>", "show", "x.json", "-h")]
    [InlineData("render", "--format <text|markdown|html>", "render", "--help")]
    [InlineData("export", "--format <csv|parquet|jsonld|tei>", "export", "--help")]
    [InlineData("convert", "--force", "convert", "-?")]
    public void Run_CommandHelp_DescribesThatCommand(string command, string expected, params string[] args)
    {
        var run = Letters.Run(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Contains($"  letters {command} ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_PrintsTheVersion()
    {
        var run = Letters.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Matches(@"^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?\n$", run.Stdout);
    }

    [Theory]
    [InlineData("unknown command 'frob'", "", "frob")]
    [InlineData("unknown option '--frob'", "", "--frob")]
    [InlineData("unknown option '--frob'", "show", "show", "--frob", "x.json")]
    [InlineData("unknown option '--frob'", "show", "show", "--frob")]
    [InlineData("unknown option '--jsonl'", "show", "show", "x.json", "--jsonl")]
    [InlineData("show needs a FILE", "show", "show")]
    [InlineData("render needs a FILE", "render", "render", "--format", "text")]
    [InlineData("validate needs at least one FILE", "validate", "validate")]
    [InlineData("show takes one FILE, not 2", "show", "show", "a.json", "b.json")]
    [InlineData("unknown format 'pdf' for render (use text or markdown or html)", "render", "render", "x.json", "--format", "pdf")]
    [InlineData("unknown format 'xml' for validate (use text or json)", "validate", "validate", "x.json", "--format=xml")]
    [InlineData("unknown option '--format'", "show", "show", "x.json", "--format", "text")]
    [InlineData("--format needs a value", "validate", "validate", "x.json", "--format")]
    [InlineData("an empty file name", "show", "show", "")]
    [InlineData("standard input ('-') can be read only once", "validate", "validate", "-", "-")]
    [InlineData("convert needs IN and OUT, two paths", "convert", "convert", "a.json")]
    public void Run_UsageError_OneLineOnStderr_Exit2(string message, string command, params string[] args)
    {
        var run = Letters.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"letters: {message} (see 'letters {(command.Length > 0 ? command + " " : string.Empty)}--help')", line);
    }

    [Fact]
    public void Run_AtSign_IsAFileName_NotAResponseFile()
    {
        var run = Letters.Run("show", "@" + files.Valid);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"letters: @{files.Valid}: file not found", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    // show

    [Fact]
    public void Show_ValidFile_PrintsTheSummary_Exit0()
    {
        var run = Letters.Run("show", files.Valid);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(Letters.Run().Stdout, run.Stdout);
    }

    [Fact]
    public void Show_InvalidButReadableFile_StillSummarises_Exit0()
    {
        var run = Letters.Run("show", files.Invalid);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Demands (15)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_StandardInput_ReadsTheLetterFromIt()
    {
        var run = Letters.RunWithInput(File.ReadAllText(Repository.DprkJson), "show", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(Letters.Run().Stdout, run.Stdout);
    }

    [Fact]
    public void Show_MissingFile_OneLine_Exit2()
    {
        var run = Letters.Run("show", files.Missing);

        AssertUnreadable(run, $"letters: {files.Missing}: file not found");
    }

    [Fact]
    public void Show_Folder_OneLine_Exit2()
    {
        var run = Letters.Run("show", files.Folder);

        AssertUnreadable(run, $"letters: {files.Folder}: is a directory");
    }

    [Fact]
    public void Show_TruncatedFile_SaysWhere_Exit2()
    {
        var run = Letters.Run("show", files.Truncated);

        var line = AssertUnreadable(run);
        Assert.StartsWith($"letters: {files.Truncated}: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(line 1, byte 24)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_InvalidUtf8_SaysWhere_Exit2()
    {
        var run = Letters.Run("show", files.InvalidUtf8);

        var line = AssertUnreadable(run);
        Assert.Contains("at /schemaVersion (line 1, byte ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_EmptyFile_SaysSo_Exit2()
    {
        var run = Letters.Run("show", files.Empty);

        AssertUnreadable(run, $"letters: {files.Empty}: the document is empty: expected a letter object at the document root (line 1, byte 1)");
    }

    [Fact]
    public void Show_UnknownMember_GivesPointerAndLine_Exit2()
    {
        var run = Letters.Run("show", files.UnknownMember);

        var line = AssertUnreadable(run);
        Assert.StartsWith($"letters: {files.UnknownMember}: unknown member 'x' in a signatory at /signatories/1/x", line, StringComparison.Ordinal);
        var lineNumber = Array.FindIndex(File.ReadAllLines(files.UnknownMember), l => l.Contains("\"x\": 1", StringComparison.Ordinal)) + 1;
        Assert.Contains($"(line {lineNumber}, byte ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_MalformedStandardInput_NamesStdin_Exit2()
    {
        var run = Letters.RunWithInput("""{"schemaVersion": "1.0",""", "show", "-");

        var line = AssertUnreadable(run);
        Assert.StartsWith("letters: <stdin>: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(line 1, byte 24)", line, StringComparison.Ordinal);
    }

    // render

    [Fact]
    public void Render_Text_IsTheRenderersOutput_Exit0()
    {
        var run = Letters.Run("render", files.Valid, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(global::Advocacy.Letters.Rendering.PlainTextRenderer.Render(SampleLetters.Dprk2011), run.Stdout);
    }

    [Fact]
    public void Render_FormatDefaultsToText()
    {
        Assert.Equal(Letters.Run("render", files.Valid, "--format=text").Stdout, Letters.Run("render", files.Valid).Stdout);
    }

    [Fact]
    public void Render_Dataset_HasTheWordsOfTheSeedLetter()
    {
        var run = Letters.Run("render", Repository.DprkJson, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Words(File.ReadAllText(Repository.DprkText)), Words(run.Stdout));
    }

    [Fact]
    public void Render_StandardInput_ReadsTheLetterFromIt()
    {
        var run = Letters.RunWithInput(File.ReadAllText(Repository.DprkJson), "render", "-", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(global::Advocacy.Letters.Rendering.PlainTextRenderer.Render(SampleLetters.Dprk2011), run.Stdout);
    }

    [Fact]
    public void Render_MalformedFile_Exit2()
    {
        var run = Letters.Run("render", files.Truncated, "--format", "text");

        AssertUnreadable(run);
    }

    // validate

    [Fact]
    public void Validate_ValidFile_SaysValid_Exit0()
    {
        var run = Letters.Run("validate", files.Valid);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal($"{files.Valid}: valid\n", run.Stdout);
    }

    [Fact]
    public void Validate_WarningsOnly_PrintsThem_Exit0()
    {
        var run = Letters.Run("validate", files.WarningsOnly);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "/addressees/0/positions/0/end  position-not-held  Kim Jong-il left \"General Secretary\" on 2011-01-01, before the letter's date (2011-09-08) (warning)",
                $"{files.WarningsOnly}: valid (1 warning)",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Validate_InvalidFile_PrintsPathCodeMessage_Exit1()
    {
        var run = Letters.Run("validate", files.Invalid);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(
            [
                "/signatories/3/country  unknown-country  \"xx\" is not an ISO 3166-1 alpha-2 country code such as \"KR\" (upper case)",
                $"{files.Invalid}: invalid (1 error)",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Validate_StandardInput_NamesItStdin()
    {
        var run = Letters.RunWithInput(File.ReadAllText(files.Invalid), "validate", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("<stdin>: invalid (1 error)", run.OutputLines[^1]);
    }

    [Fact]
    public void Validate_ValidAndInvalid_PrefixesFileNames_Exit1()
    {
        var run = Letters.Run("validate", files.Valid, files.Invalid);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{files.Valid}: valid",
                $"{files.Invalid}: /signatories/3/country  unknown-country  \"xx\" is not an ISO 3166-1 alpha-2 country code such as \"KR\" (upper case)",
                $"{files.Invalid}: invalid (1 error)",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Validate_MixedResults_UnreadableWins_Exit2()
    {
        var run = Letters.Run(["validate", files.Invalid, .. files.Malformed, files.Missing, files.Folder, files.Valid]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.Malformed.Length + 2, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("letters: " + files.Root, line, StringComparison.Ordinal));
        Assert.Equal($"{files.Valid}: valid", run.OutputLines[^1]);
        Assert.Contains($"{files.Invalid}: invalid (1 error)", run.OutputLines);
    }

    [Fact]
    public void Validate_Json_IsAnArrayOfProblems()
    {
        var run = Letters.Run("validate", "--format", "json", files.Valid, files.Invalid, files.WarningsOnly);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var problems = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, problems.Count);

        Assert.Equal(files.Invalid, problems[0].GetProperty("file").GetString());
        Assert.Equal("/signatories/3/country", problems[0].GetProperty("path").GetString());
        Assert.Equal("unknown-country", problems[0].GetProperty("code").GetString());
        Assert.Equal("error", problems[0].GetProperty("severity").GetString());
        Assert.StartsWith("\"xx\" is not", problems[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        Assert.Equal(files.WarningsOnly, problems[1].GetProperty("file").GetString());
        Assert.Equal("warning", problems[1].GetProperty("severity").GetString());
        Assert.Equal(["file", "path", "code", "severity", "message"], problems[1].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Validate_Json_ValidFile_IsAnEmptyArray_Exit0()
    {
        var run = Letters.Run("validate", files.Valid, "--format=json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Validate_Json_StandardInput_FileIsDash()
    {
        var run = Letters.RunWithInput(File.ReadAllText(files.Invalid), "validate", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("-", json.RootElement[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Validate_Json_UnreadableFile_ErrorOnStderr_AndAnEntry_Exit2()
    {
        var run = Letters.Run("validate", "--format", "json", files.Truncated, files.Invalid);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("unreadable", json.RootElement[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Validate_EveryMalformedFile_OneLineEach_NoStackTrace_Exit2()
    {
        foreach (var file in files.Malformed)
        {
            var run = Letters.Run("validate", file);

            var line = AssertUnreadable(run);
            Assert.Matches(@"\(line \d+, byte \d+\)$", line);
        }
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("""{"a": 1}""")]
    [InlineData("""{"schemaVersion": "1.0", "schemaVersion": "1.0"}""")]
    [InlineData("""{"schemaVersion": "1.0", "date": "2011-02-30"}""")]
    [InlineData("\uFEFF\uFEFF{}")]
    [InlineData("{\"schemaVersion\": \"1.0\n\"}")]
    public void AnyCommand_NotALetter_OneLine_Exit2(string stdin)
    {
        foreach (var command in new[] { "show", "validate", "render" })
        {
            AssertUnreadable(Letters.RunWithInput(stdin, command, "-"));
        }
    }

    [Fact]
    public void AnyCommand_NullsInsideArrays_AreRefusedWithTheirLocation_Exit2()
    {
        var json = JsonNode.Parse(File.ReadAllText(Repository.DprkJson))!;
        AppendNullToEveryArray(json);
        var stdin = json.ToJsonString();

        foreach (var command in new[] { "show", "render", "validate" })
        {
            var run = Letters.RunWithInput(stdin, command, "-");
            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith("letters: <stdin>: null is not allowed as an item of ", line, StringComparison.Ordinal);
            Assert.Empty(run.Stdout);
        }
    }

    // LETTERS_NOW: "now" for tests of the built executable

    [Fact]
    public void Now_FixesTheDayTheSummaryCountsTo()
    {
        var run = Letters.RunWithNow("2026-11-29T23:59:59.5Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.EndsWith("\nNo demand has been answered: 5,561 days since the letter was sent (8 September 2011).\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Now_Empty_MeansTheSystemClock()
    {
        var run = Letters.RunWithNow(string.Empty);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Contains("days since the letter was sent (8 September 2011).\n", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-11-28")]
    [InlineData("2026-11-28T00:00:00")]
    [InlineData("2026-11-28T00:00:00+09:00")]
    [InlineData(" 2026-11-28T00:00:00Z")]
    public void Now_NotAnInstantInUtc_OneLine_Exit2(string now)
    {
        var run = Letters.RunWithNow(now, "schema");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal($"letters: LETTERS_NOW: '{now}' is not an instant such as 2026-11-28T00:00:00Z", Assert.Single(run.ErrorLines));
    }

    private static void AppendNullToEveryArray(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    AppendNullToEveryArray(item);
                }

                array.Add((JsonNode?)null);
                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    AppendNullToEveryArray(value);
                }

                break;
        }
    }

    private static string AssertUnreadable(Letters.Outcome run, string? expected = null)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        if (expected is not null)
        {
            Assert.Equal(expected, line);
        }

        return line;
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
