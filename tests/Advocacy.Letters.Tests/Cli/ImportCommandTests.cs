using System;
using System.IO;
using System.Linq;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

public class ImportCommandTests
{
    [Fact]
    public void Import_DprkText_PrintsValidJsonAndExitsZero()
    {
        var outcome = Letters.Run("import", Repository.DprkText);

        Assert.Equal(0, outcome.ExitCode);
        var letter = LetterJson.Parse(outcome.Stdout);
        Assert.Equal(41, letter.Signatories.Length);
        Assert.Contains("title-guessed", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StdinWithId_UsesTheId()
    {
        var outcome = Letters.RunWithInput(File.ReadAllText(Repository.DprkText), "import", "-", "--id", "kim-2011");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("kim-2011", LetterJson.Parse(outcome.Stdout).Id);
    }

    [Fact]
    public void Import_TextWithNoAddressee_ExitsOne()
    {
        var outcome = Letters.RunWithInput("Some words without any shape at all.", "import", "-");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("missing-to-addressee", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_ExitsTwo()
    {
        var outcome = Letters.Run("import", Path.Combine(Path.GetTempPath(), "no-such-letter-" + Guid.NewGuid().ToString("N") + ".txt"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.Stdout);
    }

    [Fact]
    public void Import_Html_ReadsThePage()
    {
        const string page = """
            <html><head><title>x</title><script>alert(1)</script></head><body><nav>Menu</nav><article>
            <h1>Open letter on press freedom</h1><p>Dear Minister,</p>
            <p>We urge you to release every journalist held for their work.</p><p>Sincerely,</p>
            <ul><li><b>Reporters Without Borders</b> (France)</li><li>PEN America (USA)</li></ul></article></body></html>
            """;
        var outcome = Letters.RunWithInput(page, "import", "-", "--from", "html");

        var letter = LetterJson.Parse(outcome.Stdout);
        Assert.Equal("Open letter on press freedom", letter.Title);
        Assert.Equal(["Reporters Without Borders", "PEN America"], letter.Signatories.Select(s => s.Name));
        Assert.Single(letter.Demands);
        Assert.DoesNotContain("alert", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Output_WritesTheFileAndRefusesToReplaceIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "letters-import-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var first = Letters.Run("import", Repository.DprkText, "--output", path);
            var second = Letters.Run("import", Repository.DprkText, "--output", path);

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(41, LetterJson.ReadFile(path).Signatories.Length);
            Assert.Equal(2, second.ExitCode);
            Assert.Equal($"letters: {path}: already exists, left as it is (use --force to replace it)", second.ErrorLines[^1]);

            var forced = Letters.Run("import", Repository.DprkText, "--id", "kim-2011", "--output", path, "--force");
            Assert.Equal(0, forced.ExitCode);
            Assert.Equal("kim-2011", LetterJson.ReadFile(path).Id);
            Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(Path.GetDirectoryName(path)!, "*" + Path.GetFileNameWithoutExtension(path) + "*").Select(Path.GetFileName));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_MarkdownByExtension_WithoutFrom()
    {
        var path = Path.Combine(Path.GetTempPath(), "letters-import-" + Guid.NewGuid().ToString("N") + ".md");
        try
        {
            File.WriteAllText(path, "# Open letter on press freedom\n\nDear Minister,\n\nWe urge you to *release* every journalist.\n\nSincerely,\n\n- PEN America (USA)\n");
            var outcome = Letters.Run("import", path);

            Assert.Equal("Open letter on press freedom", LetterJson.Parse(outcome.Stdout).Title);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_Help_ListsEveryOption_WithItsDescription()
    {
        var run = Letters.Run("import", "--help");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Stderr));
        Assert.Contains("  letters import [<FILE>...] [options]", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"--id <ID>\s+the id to give the letter", run.Stdout);
        Assert.Matches(@"--from <text\|markdown\|html>\s+the input's format", run.Stdout);
        Assert.Matches(@"--output <FILE>\s+write the JSON to FILE", run.Stdout);
        Assert.Matches(@"--force\s+replace an existing output", run.Stdout);
    }

    [Theory]
    [InlineData("unknown format 'pdf' for import --from (use text, markdown or html)", "import", "x.txt", "--from", "pdf")]
    [InlineData("--from needs a value", "import", "x.txt", "--from")]
    [InlineData("--id needs a value", "import", "x.txt", "--id", "")]
    [InlineData("--output needs a value", "import", "x.txt", "--output")]
    [InlineData("--force needs --output", "import", "x.txt", "--force")]
    [InlineData("unknown option '--colour'", "import", "x.txt", "--colour")]
    [InlineData("import needs a FILE", "import")]
    [InlineData("import takes one FILE, not 2", "import", "a.txt", "b.txt")]
    [InlineData("an empty file name", "import", "")]
    public void Import_BadArguments_OneLineOnStandardError_Exit2(string message, params string[] args)
    {
        var run = Letters.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal($"letters: {message} (see 'letters import --help')", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("$LETTERS import /dev/zero", "/dev/zero")]
    [InlineData("$LETTERS import - </dev/zero", "<stdin>")]
    public void Import_DevZero_IsRefusedAtTheLimit_OneLine_Exit2(string script, string name)
    {
        var run = Letters.Shell(script);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal($"letters: {name}: the input is longer than 16,777,216 bytes, the most a letter to import may be", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Import_InvalidUtf8_IsRefusedWithItsByte_Exit2()
    {
        byte[] input = [.. "Dear Sir,\n"u8, 0xC3, 0x28, .. "\nWe urge you to act.\n"u8];

        var run = Letters.RunWithBytes(input, "import", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal("letters: <stdin>: not UTF-8 at byte 10 (counting from 0); a letter to import must be UTF-8", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Import_InvalidUtf8AfterABom_CountsTheBom()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "Dear Sir,"u8, 0xFF];

        var run = Letters.RunWithBytes(input, "import", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("letters: <stdin>: not UTF-8 at byte 12 (counting from 0); a letter to import must be UTF-8", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("utf-16", true, "UTF-16")]
    [InlineData("utf-16", false, "UTF-16")]
    [InlineData("utf-16BE", true, "UTF-16")]
    [InlineData("utf-16BE", false, "UTF-16")]
    [InlineData("utf-32", true, "UTF-32")]
    public void Import_Utf16Or32_IsRefused_Exit2(string encodingName, bool bom, string named)
    {
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        byte[] input = [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(File.ReadAllText(Repository.DprkText))];

        var run = Letters.RunWithBytes(input, "import", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal($"letters: <stdin>: the input is {named}; a letter to import must be UTF-8: convert it and import it again", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Import_Utf8WithABom_IsRead()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(Repository.DprkText))];

        var run = Letters.RunWithBytes(input, "import", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(41, LetterJson.Parse(run.Stdout).Signatories.Length);
    }
}
