using System;
using System.IO;
using System.Linq;
using System.Text;
using Advocacy.Letters.Serialization;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

/// <summary><c>letters generate</c>: the library's synthetic corpus as JSON Lines, to standard output or a file.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Generate_ToStandardOutput_IsTheLibrarysCorpusAsJsonLines()
    {
        var run = Letters.Run("generate", "--count", "5", "--seed", "42");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(Expected(5, 42), run.Stdout);
    }

    [Fact]
    public void Generate_ToAFile_WritesTheSameBytes_AndLeavesNoTemporaryFile()
    {
        var output = Path.Combine(files.Root, "corpus.jsonl");

        var run = Letters.Run("generate", "--count", "20", "--seed", "-7", "--output", output);

        Assert.Equal((0, string.Empty, string.Empty), (run.ExitCode, run.Stdout, run.Stderr));
        Assert.Equal(Expected(20, -7), File.ReadAllText(output));
        Assert.Equal(["corpus.jsonl"], Directory.GetFiles(files.Root, "*corpus*").Select(Path.GetFileName).Where(name => name!.Contains("corpus", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_ExistingFile_IsRefusedWithoutForce_ReplacedWithForce()
    {
        var output = Path.Combine(files.Root, "existing.jsonl");
        File.WriteAllText(output, "keep me\n");

        var refused = Letters.Run("generate", "--count", "1", "--output", output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"letters: {output}: already exists, left as it is (use --force to replace it)\n", refused.Stderr.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Equal("keep me\n", File.ReadAllText(output));

        var forced = Letters.Run("generate", "--count", "1", "--output", output, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(Expected(1, 1), File.ReadAllText(output));
    }

    [Fact]
    public void Generate_DefaultSeedIsOne_CountZeroWritesNothing()
    {
        Assert.Equal(Expected(2, 1), Letters.Run("generate", "--count", "2").Stdout);
        Assert.Equal((0, string.Empty), (Letters.Run("generate", "--count", "0").ExitCode, Letters.Run("generate", "--count", "0").Stdout));
    }

    [Theory]
    [InlineData("letters: generate needs --count N (see 'letters generate --help')")]
    [InlineData("letters: --count needs a value (see 'letters generate --help')", "--count")]
    [InlineData("letters: --count '-1' is not a whole number from 0 to 2147483647 (see 'letters generate --help')", "--count", "-1")]
    [InlineData("letters: --count '1e3' is not a whole number from 0 to 2147483647 (see 'letters generate --help')", "--count", "1e3")]
    [InlineData("letters: --count '٣' is not a whole number from 0 to 2147483647 (see 'letters generate --help')", "--count", "٣")]
    [InlineData("letters: --seed 'x' is not a whole number from -9223372036854775808 to 9223372036854775807 (see 'letters generate --help')", "--count", "1", "--seed", "x")]
    [InlineData("letters: unknown option '--colour' (see 'letters generate --help')", "--count", "1", "--colour")]
    [InlineData("letters: generate takes no FILE ('out.jsonl'): use --output FILE (see 'letters generate --help')", "--count", "1", "out.jsonl")]
    [InlineData("letters: --force is for --output FILE (see 'letters generate --help')", "--count", "1", "--force")]
    [InlineData("letters: --count '2147483648' is not a whole number from 0 to 2147483647 (see 'letters generate --help')", "--count", "2147483648")]
    [InlineData("letters: --seed '1.5' is not a whole number from -9223372036854775808 to 9223372036854775807 (see 'letters generate --help')", "--count", "1", "--seed", "1.5")]
    [InlineData("letters: --output needs a value (see 'letters generate --help')", "--count", "1", "--output")]
    public void Generate_BadArguments_OneLineOnStandardError_Exit2(string message, params string[] args)
    {
        var run = Letters.Run(["generate", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(message, run.Stderr.TrimEnd());
    }

    [Fact]
    public void Generate_OutputInAMissingFolder_OneLine_Exit2()
    {
        var output = Path.Combine(files.Root, "no-such-folder", "corpus.jsonl");
        var run = Letters.Run("generate", "--count", "1", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"letters: {output}: the folder it would go in, {Path.GetDirectoryName(output)}, does not exist", run.Stderr.TrimEnd());
        Assert.False(Directory.Exists(Path.GetDirectoryName(output)));
    }

    [Fact]
    public void Generate_Help_ListsEveryOption_WithItsDescription()
    {
        var run = Letters.Run("generate", "--help");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Stderr));
        Assert.Contains("  letters generate [options]", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"--count <N>\s+how many letters", run.Stdout);
        Assert.Matches(@"--seed <N>\s+the seed", run.Stdout);
        Assert.Matches(@"--output <FILE>\s+write to FILE", run.Stdout);
        Assert.Matches(@"--force\s+replace an existing output", run.Stdout);
        Assert.DoesNotContain("<FILE>...", run.Stdout, StringComparison.Ordinal);
    }

    private static string Expected(int count, long seed)
    {
        using var stream = new MemoryStream();
        LetterJsonLines.Write(SampleLetters.Generate(count, seed), stream, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
