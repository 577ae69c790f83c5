using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Cli;
using Advocacy.Letters.Validation;
using NodaTime.Testing;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

/// <summary>
/// <c>letters validate</c> reports in bounded memory and bounded length: the text report prints at most
/// <c>--max-problems</c> per input and counts the rest, the JSON report streams and lists unreadable inputs, an
/// endless line ends, and progress shows on a terminal only.
/// </summary>
public sealed class BoundedReportTests : IDisposable
{
    private const string BadLine = "{\"colour\": 1}\n";

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Text_Corpus_PrintsTheDefaultNumber_ThenHowManyMore()
    {
        var corpus = Corpus("many.jsonl", 150);

        var run = Letters.Run("validate", corpus);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(102, run.OutputLines.Length);
        Assert.Equal("100:/colour  unreadable  unknown member 'colour' in a letter", run.OutputLines[99]);
        Assert.Equal($"{corpus}: … and 50 more problems (--max-problems 100)", run.OutputLines[100]);
        Assert.Equal($"{corpus}: 0 letters read: 0 valid, 0 invalid; 150 lines unreadable", run.OutputLines[101]);
    }

    [Fact]
    public void Text_TheLastProblemShown_GoesOutAtOnce()
    {
        // Past --max-problems nothing is written until the input ends, which may be never: what is shown must not
        // wait in the writer's buffer meanwhile.
        var bytes = new MemoryStream();
        var output = new StreamWriter(bytes, new UTF8Encoding(false), 64 * 1024);
        var report = new TextValidationReport(output, prefix: false, maxProblems: 2);
        var problem = FileProblem.Unreadable("-", 1, null, "not a letter");
        report.BeginInput("-");

        report.Add(problem);
        var afterOne = bytes.Length;
        report.Add(problem with { Line = 2 });
        var afterTwo = Encoding.UTF8.GetString(bytes.ToArray());
        report.Add(problem with { Line = 3 });
        output.Flush();

        Assert.Equal(0, afterOne);
        Assert.Equal("1:/  unreadable  not a letter\n2:/  unreadable  not a letter\n", afterTwo);
        Assert.Equal(afterTwo, Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public void Text_MaxProblems_AppliesPerInput()
    {
        var a = Corpus("a.jsonl", 3);
        var b = Corpus("b.jsonl", 1);

        var run = Letters.Run("validate", a, b, "--max-problems", "1");

        Assert.Equal(
            [
                $"{a}: 1:/colour  unreadable  unknown member 'colour' in a letter",
                $"{a}: … and 2 more problems (--max-problems 1)",
                $"{a}: 0 letters read: 0 valid, 0 invalid; 3 lines unreadable",
                $"{b}: 1:/colour  unreadable  unknown member 'colour' in a letter",
                $"{b}: 0 letters read: 0 valid, 0 invalid; 1 line unreadable",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Text_MaxProblemsZero_PrintsOnlyCountsAndVerdicts()
    {
        var run = Letters.Run("validate", files.Invalid, "--max-problems", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{files.Invalid}: … and 1 more problem (--max-problems 0)", $"{files.Invalid}: invalid (1 error)"], run.OutputLines);
    }

    [Theory]
    [InlineData("-1", "--max-problems must be 0 or more")]
    [InlineData("x", "'x'")]
    public void MaxProblems_NotACount_UsageError(string value, string message)
    {
        var run = Letters.Run("validate", files.Valid, "--max-problems", value);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.EndsWith("(see 'letters validate --help')", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_UnreadableInputs_AreEntries_WithTheLibraryCode()
    {
        var run = Letters.Run("validate", "--format", "json", files.Truncated, files.Missing, files.Invalid);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        using var json = JsonDocument.Parse(run.Stdout);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal([ValidationCodes.Unreadable, ValidationCodes.Unreadable, "unknown-country"], entries.Select(e => e.GetProperty("code").GetString()));
        Assert.Equal([files.Truncated, files.Missing, files.Invalid], entries.Select(e => e.GetProperty("file").GetString()));
        Assert.Equal("file not found", entries[1].GetProperty("message").GetString());
        Assert.EndsWith("(line 1, byte 24)", entries[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Streams_BeforeTheInputEnds()
    {
        // 100,000 bad lines; the report has reached standard output long before the last one is read.
        using var stdout = new StringWriter();
        using var stdin = new WatchedStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(BadLine, 100_000))), () => stdout.GetStringBuilder().Length);
        using var stderr = new StringWriter();

        var exitCode = LettersApp.Run(["validate", "-", "--jsonl", "--format", "json"], stdin, stdout, stderr, new FakeClock(Letters.Now), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.True(stdin.OutputSeenAtHalf > 0, "nothing was written before half of the input was read");
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(100_000, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void EndlessLine_DevZero_IsReported_AndEnds()
    {
        var run = Letters.Shell("$LETTERS validate - --jsonl </dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("1:/  unreadable  the line is longer than the limit of 16,777,216 bytes (MaxLineBytes); it was skipped", run.OutputLines[0]);
        Assert.Equal("<stdin>: 0 letters read: 0 valid, 0 invalid; 1 line unreadable", run.OutputLines[1]);
    }

    [Fact]
    public void Progress_OnATerminal_IsDrawnAndCleared()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(BadLine, 2_500))));

        LettersApp.Run(["validate", "-", "--jsonl", "--max-problems", "0"], stdin, stdout, stderr, new FakeClock(Letters.Now), stderrIsTerminal: true, TestContext.Current.CancellationToken);

        Assert.Equal("\r<stdin>: lines validated: 1,000\u001B[K\r<stdin>: lines validated: 2,000\u001B[K\r\u001B[K", stderr.ToString());
    }

    [Fact]
    public void Progress_Redirected_IsNeverShown()
    {
        var corpus = Corpus("big.jsonl", 2_500);

        var validate = Letters.Run("validate", corpus, "--max-problems", "0");
        var convertRun = Letters.Shell($"$LETTERS validate {Letters.Quote(corpus)} --max-problems 0 2>&1 >/dev/null");

        Assert.Empty(validate.Stderr);
        Assert.Empty(convertRun.Stdout);
    }

    private string Corpus(string name, int badLines)
    {
        var path = Path.Combine(files.Root, name);
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(BadLine, badLines)));
        return path;
    }

    /// <summary>Input that notes how much output there was when half of it had been read.</summary>
    private sealed class WatchedStream(byte[] bytes, Func<int> outputLength) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public int OutputSeenAtHalf { get; private set; } = -1;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(Span<byte> buffer)
        {
            if (OutputSeenAtHalf < 0 && inner.Position >= inner.Length / 2)
            {
                OutputSeenAtHalf = outputLength();
            }

            return inner.Read(buffer);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
