using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Advocacy.Letters.Cli;
using Advocacy.Letters.Cli.Terminal;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using NodaTime.Testing;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

/// <summary>
/// Nothing from the input reaches a terminal as a control code: letter text, ids, JSON Pointers and file names that
/// hold ESC, BEL, CR, DEL, C1, bidi overrides, U+2028 and zero-width characters come out as visible <c>\uXXXX</c>, in
/// every command and format, and <c>--format json</c> stays valid JSON that means the same text.
/// </summary>
public sealed class TerminalSafetyTests : IDisposable
{
    // ESC [31m (red), BEL, CR, DEL, a C1 CSI, a right-to-left override, a line separator, a zero-width space, an NBSP.
    private const string Hostile = "\u001B[31mred\u0007\r\u007F\u009B2J\u202Eevil\u2028\u200Bx\u00A0y";

    private readonly string root = Path.Combine(Path.GetTempPath(), "letters-terminal-" + Guid.NewGuid().ToString("N"));

    public TerminalSafetyTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData('\u001B', true)]
    [InlineData('\u0007', true)]
    [InlineData('\r', true)]
    [InlineData('\u007F', true)]
    [InlineData('\u0085', true)]
    [InlineData('\u009B', true)]
    [InlineData('\u202E', true)]
    [InlineData('\u2066', true)]
    [InlineData('\u200B', true)]
    [InlineData('\u200D', true)]
    [InlineData('\uFEFF', true)]
    [InlineData('\u00AD', true)]
    [InlineData('\u2028', true)]
    [InlineData('\u2029', true)]
    [InlineData('\n', false)]
    [InlineData('\t', false)]
    [InlineData('a', false)]
    [InlineData('é', false)]
    [InlineData('한', false)]
    [InlineData('\u00A0', false)]
    public void MustEscape_ControlsAndInvisibles_NotText(char c, bool escaped)
    {
        Assert.Equal(escaped, TerminalText.MustEscape(c, message: false));
    }

    [Fact]
    public void Escape_Message_AlsoEscapesOtherSpaces_LineEndsAndTabs()
    {
        Assert.Equal("a\\u00A0b\\u000Ac\\u0009d\\u3000", TerminalText.Escape("a\u00A0b\nc\td\u3000", message: true));
        Assert.Equal("a\u00A0b\nc\td", TerminalText.Escape("a\u00A0b\nc\td", message: false));
    }

    [Fact]
    public void Escape_LoneSurrogates_Escaped_PairsKept_FormatPairsEscaped()
    {
        Assert.Equal("\\uD800x😀", TerminalText.Escape("\uD800x😀", message: false));
        Assert.Equal("\\uDB40\\uDC01", TerminalText.Escape("\U000E0001", message: false)); // a tag character, Cf
    }

    [Fact]
    public void Writer_SplitSurrogatePair_IsKept()
    {
        var inner = new StringWriter();
        var writer = new TerminalWriter(inner, "test");
        writer.Write('\uD83D');
        writer.Write('\uDE00');
        writer.Write('\uD800');
        writer.Flush();

        Assert.Equal("😀\\uD800", inner.ToString());
    }

    [Fact]
    public void Writer_ReaderGone_SaysSoOnce_ThenDropsTheRest()
    {
        var pipe = new FailingStream(new IOException("Broken pipe", 32));
        var writer = new TerminalWriter(new StreamWriter(pipe) { AutoFlush = true }, "standard output");

        var failure = Assert.Throws<OutputFailedException>(() => writer.Write("first"));
        writer.Write("second");
        writer.Flush();

        Assert.True(failure.ReaderGone);
        Assert.Equal("standard output: broken pipe", failure.Message);
        Assert.Equal(1, pipe.Writes);
    }

    [Fact]
    public void Writer_FullDisk_FailsEveryTime_NotAReaderGone()
    {
        var full = new FailingStream(new IOException("No space left on device", 28));
        var writer = new TerminalWriter(new StreamWriter(full) { AutoFlush = true }, "standard output");

        var first = Assert.Throws<OutputFailedException>(() => writer.Write("first"));
        var second = Assert.Throws<OutputFailedException>(() => writer.Write("second"));

        Assert.False(first.ReaderGone);
        Assert.Equal("standard output: no space left on device", second.Message);
    }

    [Fact]
    public void Writer_AFailedWrite_IsSeenFromAnotherThread_WithoutWriting()
    {
        // A worker waiting for input asks this: the caller's failed write must end its wait.
        var full = new FailingStream(new IOException("No space left on device", 28));
        var writer = new TerminalWriter(new StreamWriter(full) { AutoFlush = true }, "standard output");
        var before = writer.Failure();
        Assert.Throws<OutputFailedException>(() => writer.Write("first"));

        OutputFailedException? seen = null;
        var worker = new Thread(() => seen = writer.Failure());
        worker.Start();
        worker.Join();

        Assert.Null(before);
        Assert.NotNull(seen);
        Assert.False(seen.ReaderGone);
        Assert.Equal("standard output: no space left on device", seen.Message);
        Assert.Equal(1, full.Writes);
    }

    [Fact]
    public void Writer_BestEffort_NeverFails_AndStopsTrying()
    {
        var full = new FailingStream(new IOException("No space left on device", 28));
        var writer = new TerminalWriter(new StreamWriter(full) { AutoFlush = true }, "standard error", bestEffort: true);

        writer.WriteLine("a warning");
        writer.WriteLine("another");
        writer.Flush();

        Assert.Equal(1, full.Writes);
    }

    [Fact]
    public void ReaderGone_TheExitCodeIsThatOfTheWorkDone()
    {
        using var files = new TempFiles();

        // Neither run's report reaches the pipe before its last flush, when the reader is already gone.
        var invalidLetter = RunIntoBrokenPipe(["validate", files.Invalid]);
        var validThenInvalid = RunIntoBrokenPipe(["validate", files.Valid, files.Invalid]);
        var missing = RunIntoBrokenPipe(["validate", files.Missing]);
        var valid = RunIntoBrokenPipe(["validate", files.Valid]);

        Assert.Equal([1, 1, 2, 0], [invalidLetter, validThenInvalid, missing, valid]);
    }

    [Fact]
    public void Show_HostileTitleAndNames_AreEscaped()
    {
        var file = Write("hostile.json", HostileLetter());

        var run = Letters.Run("show", file);

        Assert.Equal(0, run.ExitCode);
        AssertTerminalSafe(run);
        Assert.Contains("\\u001B[31mred\\u0007\\u000D\\u007F\\u009B2J\\u202Eevil\\u2028\\u200Bx", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Text_HostileParagraph_IsEscapedVisibly()
    {
        // Decided: render --format text writes a control or invisible character as \uXXXX, to a terminal or a file
        // alike; the exact text stays in the JSON. NBSP is text and stays.
        var file = Write("hostile.json", HostileLetter());

        var run = Letters.Run("render", file, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        AssertTerminalSafe(run);
        Assert.Contains("We ask \\u001B[31mred\\u0007\\u000D\\u007F\\u009B2J\\u202Eevil\\u2028\\u200Bx\u00A0y.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Text_HostileIdsAndValues_AreEscaped_OneLineEach()
    {
        var file = Write("hostile.json", HostileLetter());

        var run = Letters.Run("validate", file);

        Assert.Equal(1, run.ExitCode);
        AssertTerminalSafe(run);
        Assert.DoesNotContain('\u00A0', run.Stdout);
        Assert.Contains("\\u200B", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_HostileText_StaysValidJson_AndMeansTheSameText()
    {
        var file = Write("hostile.json", HostileLetter());

        var run = Letters.Run("validate", file, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        AssertTerminalSafe(run);
        using var json = JsonDocument.Parse(run.Stdout);
        var messages = json.RootElement.EnumerateArray().Select(p => p.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains('\u200B', StringComparison.Ordinal) || m.Contains("\\u200B", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownMember_HostileName_PointerIsEscaped_AndCapped()
    {
        var name = "\u001B]0;pwned\u0007" + new string('x', 100_000);
        var run = Letters.RunWithInput($$"""{"schemaVersion": "1.0", "{{name.Replace("\u001B", "\\u001b", StringComparison.Ordinal).Replace("\u0007", "\\u0007", StringComparison.Ordinal)}}": 1}""", "show", "-");

        Assert.Equal(2, run.ExitCode);
        AssertTerminalSafe(run);
        var line = Assert.Single(run.ErrorLines);
        Assert.True(line.Length < 1_200, $"the line is {line.Length} characters long");
    }

    [Fact]
    public void HostileFileName_InErrors_IsEscaped()
    {
        var file = Path.Combine(root, "bad\u001B[2J\u202Ename\u2028.json");
        File.WriteAllText(file, "{");

        foreach (var command in new[] { "show", "validate", "render" })
        {
            var run = Letters.Run(command, file);

            Assert.Equal(2, run.ExitCode);
            AssertTerminalSafe(run);
            var line = Assert.Single(run.ErrorLines);
            Assert.Contains("bad\\u001B[2J\\u202Ename\\u2028.json", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HostileFileName_InJsonReport_StaysValidJson()
    {
        var file = Path.Combine(root, "bad\u001B\u200B.json");
        File.WriteAllText(file, "{");

        var run = Letters.Run("validate", file, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        AssertTerminalSafe(run);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(file, json.RootElement[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Corpus_HostileLines_AreEscaped()
    {
        var corpus = Path.Combine(root, "c\u0007.jsonl");
        using (var stream = File.Create(corpus))
        {
            LetterJsonLines.Write([HostileLetter()], stream, TestContext.Current.CancellationToken);
            stream.Write("{\"x\\u001b\": 1}\n"u8);
        }

        var run = Letters.Run("validate", corpus);

        Assert.Equal(2, run.ExitCode);
        AssertTerminalSafe(run);
        Assert.Contains("c\\u0007.jsonl", run.Stdout, StringComparison.Ordinal);
    }

    internal static void AssertTerminalSafe(Letters.Outcome run)
    {
        foreach (var (name, text) in new[] { ("stdout", run.Stdout), ("stderr", run.Stderr) })
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var bad = TerminalText.MustEscape(c, message: false) || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])));
                Assert.False(bad, $"{name} holds U+{(int)c:X4} at {i}");
            }
        }
    }

    private static Letter HostileLetter()
    {
        var letter = TestLetters.Minimal;
        return letter with
        {
            Id = "minimal\u200B-letter",
            Title = "Title " + Hostile,
            Body = [letter.Body[0] with { Id = "ask\u001B", Text = "We ask " + Hostile + "." }],
        };
    }

    private string Write(string name, Letter letter)
    {
        var path = Path.Combine(root, name);
        LetterJson.WriteFile(letter, path);
        return path;
    }

    private static int RunIntoBrokenPipe(string[] args)
    {
        var pipe = new StreamWriter(new FailingStream(new IOException("Broken pipe", 32)));
        return LettersApp.Run(args, Stream.Null, pipe, new StringWriter(), new FakeClock(Letters.Now));
    }

    /// <summary>A stream whose every write fails with the given error, counting the attempts.</summary>
    private sealed class FailingStream(IOException error) : Stream
    {
        public int Writes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            throw error;
        }
    }
}
