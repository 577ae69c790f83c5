using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Advocacy.Letters.Serialization;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    /// <summary>Gets whether the app under test is the native build, which leaves Parquet out.</summary>
    private static bool IsNative => Letters.Executable is { } path && !path.EndsWith(".dll", StringComparison.Ordinal);

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonld")]
    [InlineData("tei")]
    [InlineData("parquet")]
    public void Export_Letter_WritesTheFormat(string format)
    {
        var output = Path.Combine(files.Root, "out-" + format);
        var outcome = Letters.Run("export", files.Valid, "--format", format, "--output", output);

        if (format == "parquet" && IsNative)
        {
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("not available in the native build", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
            return;
        }

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal($"{files.Valid} -> {output}: 1 letter", Assert.Single(outcome.OutputLines));
        switch (format)
        {
            case "csv":
            case "parquet":
                Assert.Equal(10, Directory.GetFiles(output, "*." + format).Length);
                break;
            case "jsonld":
                Assert.Contains("\"Message\"", File.ReadAllText(output), StringComparison.Ordinal);
                break;
            default:
                Assert.Single(XDocument.Load(output).Descendants(), e => e.Name.LocalName == "correspDesc");
                break;
        }
    }

    [Fact]
    public void Export_Corpus_OneFileForEveryLetter()
    {
        var corpus = Path.Combine(files.Root, "corpus.jsonl");
        LetterJsonLines.WriteFile([SampleLetters.Dprk2011, SampleLetters.Dprk2011 with { Id = "second" }], corpus, cancellationToken: TestContext.Current.CancellationToken);
        var output = Path.Combine(files.Root, "corpus.xml");

        var outcome = Letters.Run("export", corpus, "--format", "tei", "--output", output);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(2, XDocument.Load(output).Descendants().Count(e => e.Name.LocalName == "correspDesc"));
    }

    [Fact]
    public void Export_ExistingOutput_RefusedUnlessForce()
    {
        var output = Path.Combine(files.Root, "mine.jsonld");
        File.WriteAllText(output, "the user's data");

        var refused = Letters.Run("export", files.Valid, "--format", "jsonld", "--output", output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"letters: {output}: already exists, left as it is (use --force to replace it)", Assert.Single(refused.ErrorLines));
        Assert.Equal("the user's data", File.ReadAllText(output));

        var forced = Letters.Run("export", files.Valid, "--format", "jsonld", "--output", output, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_MalformedInput_OneLineAndNothingWritten()
    {
        var output = Path.Combine(files.Root, "out.xml");
        var outcome = Letters.Run("export", files.Truncated, "--format", "tei", "--output", output);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Single(outcome.ErrorLines);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("export", "x.json", "--output", "out")]
    [InlineData("export", "x.json", "--format", "csv")]
    [InlineData("export", "x.json", "--format", "xlsx", "--output", "out")]
    public void Export_BadCommandLine_UsageError(params string[] args)
    {
        var outcome = Letters.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Single(outcome.ErrorLines);
    }

    public void Dispose() => files.Dispose();
}
