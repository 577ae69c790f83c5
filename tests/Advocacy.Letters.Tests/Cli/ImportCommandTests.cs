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
            Assert.Contains("already exists", second.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Import_UnknownFormat_IsAUsageError()
    {
        Assert.Equal(2, Letters.Run("import", "x.txt", "--from", "pdf").ExitCode);
    }
}
