using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

public class LetterJsonLinesTests
{
    private static readonly Letter Dprk = SampleLetters.Dprk2011;
    private static readonly Letter Minimal = TestLetters.Minimal;

    [Fact]
    public void Write_PutsEachCanonicalLetterOnOneLine()
    {
        var bytes = WriteCorpus(Dprk, Minimal);
        var text = Encoding.UTF8.GetString(bytes);

        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        Assert.StartsWith("{\"schemaVersion\":\"1.0\",\"id\":\"dprk-2011-kim-jong-il\"", lines[0], StringComparison.Ordinal);
        Assert.Equal(Dprk, LetterJson.Parse(lines[0]));
        Assert.Equal(Minimal, LetterJson.Parse(lines[1]));
    }

    [Fact]
    public async Task ReadAndReadAsync_RoundTripEveryLetter_WithLineNumbers()
    {
        var bytes = WriteCorpus(Dprk, Minimal, Dprk);

        var sync = LetterJsonLines.Read(new MemoryStream(bytes)).ToList();
        var async = await ToListAsync(LetterJsonLines.ReadAsync(new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken));

        foreach (var lines in new[] { sync, async })
        {
            Assert.Equal([1L, 2L, 3L], lines.Select(l => l.LineNumber));
            Assert.All(lines, l => Assert.True(l.Succeeded));
            Assert.Equal([Dprk, Minimal, Dprk], lines.Select(l => l.Letter));
        }
    }

    [Fact]
    public void Read_CollectsEveryBadLine_AndLoadsTheRest()
    {
        var good = Line(Minimal);
        var corpus = Concat(
            good,                                                      // 1
            "\n"u8.ToArray(),                                          // 2: empty
            "this is not JSON\n"u8.ToArray(),                          // 3
            [.. good[..^1], (byte)'\r', (byte)'\n'],                   // 4: CRLF is fine
            "{\"schemaVersion\":\"1.0\",\"colour\":1}\n"u8.ToArray(),  // 5: unknown member
            Encoding.UTF8.GetBytes(new string('x', good.Length + 5) + "\n"), // 6: over the limit
            good[..^1]);                                               // 7: no final line end

        var lines = LetterJsonLines.Read(new MemoryStream(corpus), new LetterCorpusOptions { MaxLineBytes = good.Length }).ToList();

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], lines.Select(l => l.LineNumber));
        Assert.Equal([true, false, false, true, false, false, true], lines.Select(l => l.Succeeded));
        Assert.Equal(Minimal, lines[6].Letter);

        Assert.Equal("the line is empty: JSON Lines has one letter on every line, and no blank lines (line 2, byte 1)", lines[1].Error!.Message);
        Assert.Equal(2, lines[2].Error!.LineNumber); // zero-based, as in System.Text.Json: line 3
        Assert.Equal("unknown member 'colour' in a letter at /colour (line 5, byte 33)", lines[4].Error!.Message);
    }

    [Fact]
    public void Read_LineOverTheLimit_IsReportedWithItsLength()
    {
        var corpus = Concat(Encoding.UTF8.GetBytes(new string('x', 1000) + "\n"), Line(Minimal));

        var lines = LetterJsonLines.Read(new MemoryStream(corpus), new LetterCorpusOptions { MaxLineBytes = 999 }).ToList();

        Assert.Equal("the line is 1,000 bytes long, over the limit of 999 bytes (MaxLineBytes); it was skipped (line 1, byte 1)", lines[0].Error!.Message);
        Assert.Equal(Minimal, lines[1].Letter);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Read_LineExactlyAtTheLimit_IsAccepted(int over, bool accepted)
    {
        var line = Line(Minimal);

        var result = LetterJsonLines.Read(new MemoryStream(line), new LetterCorpusOptions { MaxLineBytes = line.Length - 1 - over }).Single();

        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public void Read_OverlongLine_IsSkippedWithoutBeingHeld()
    {
        const long Length = 64L * 1024 * 1024;
        using var stream = new GeneratedStream(Length, Line(Minimal));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var lines = LetterJsonLines.Read(stream, new LetterCorpusOptions { MaxLineBytes = 1024 * 1024 }).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(2, lines.Count);
        Assert.False(lines[0].Succeeded);
        Assert.Equal(Minimal, lines[1].Letter);
        Assert.True(allocated < 16 * 1024 * 1024, $"reading a 64 MiB line allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_StopAtFirstError_ThrowsTheLocatedError()
    {
        var corpus = Concat(Line(Minimal), "[]\n"u8.ToArray(), Line(Minimal));

        var lines = LetterJsonLines.Read(new MemoryStream(corpus), new LetterCorpusOptions { StopAtFirstError = true });

        var error = Assert.Throws<LetterJsonException>(() => lines.ToList());
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void Read_ByteOrderMarkAtTheStart_IsIgnored_AsByEveryReader()
    {
        var corpus = Concat([0xEF, 0xBB, 0xBF], Line(Minimal), Line(Minimal));

        var lines = LetterJsonLines.Read(new MemoryStream(corpus)).ToList();

        Assert.Equal([Minimal, Minimal], lines.Select(l => l.Letter));
        Assert.Equal(Minimal, LetterJson.Parse(Concat([0xEF, 0xBB, 0xBF], Line(Minimal))));
    }

    [Fact]
    public void Read_ByteOrderMarkAtTheStart_PositionsOnLineOneCountIt()
    {
        var line = "{\"colour\": 1}\n"u8.ToArray();

        var plain = LetterJsonLines.Read(new MemoryStream(line)).Single().Error!;
        var marked = LetterJsonLines.Read(new MemoryStream(Concat([0xEF, 0xBB, 0xBF], line))).Single().Error!;

        Assert.Equal(0, marked.LineNumber);
        Assert.NotNull(plain.BytePositionInLine);
        Assert.Equal(plain.BytePositionInLine + 3, marked.BytePositionInLine);
    }

    [Fact]
    public void Read_ByteOrderMarkOnALaterLine_IsReportedOnItsLine_AndTheRestLoads()
    {
        var corpus = Concat(Line(Minimal), [0xEF, 0xBB, 0xBF], Line(Minimal), Line(Minimal));

        var lines = LetterJsonLines.Read(new MemoryStream(corpus)).ToList();

        Assert.Equal(Minimal, lines[0].Letter);
        Assert.Equal("the line starts with a byte order mark (U+FEFF), which JSON Lines allows only at the start of the file: remove it (line 2, byte 1)", lines[1].Error!.Message);
        Assert.Equal(Minimal, lines[2].Letter);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Read_Utf16File_IsReportedOnce_AndReadingStops(string encoding)
    {
        var text = Encoding.UTF8.GetString(Concat(Line(Minimal), Line(Minimal)));
        var corpus = Encoding.GetEncoding(encoding).GetBytes(text);

        var lines = LetterJsonLines.Read(new MemoryStream(corpus)).ToList();

        var line = Assert.Single(lines);
        Assert.Equal("the file is UTF-16; JSON Lines must be UTF-8: convert the file and read it again (line 1, byte 1)", line.Error!.Message);
    }

    [Fact]
    public void Read_OneByteAtATime_GivesTheSameLines()
    {
        var corpus = Concat(Line(Minimal), "\r\n"u8.ToArray(), Line(Dprk), "x"u8.ToArray());

        var whole = LetterJsonLines.Read(new MemoryStream(corpus)).Select(Describe).ToList();
        var trickled = LetterJsonLines.Read(new TrickleStream(corpus)).Select(Describe).ToList();

        Assert.Equal(whole, trickled);
        Assert.Equal(4, whole.Count);
    }

    [Fact]
    public void Read_EmptyStream_HasNoLines()
    {
        Assert.Empty(LetterJsonLines.Read(new MemoryStream()));
    }

    [Fact]
    public async Task Files_RoundTrip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"letters-{Guid.NewGuid():N}.jsonl");
        try
        {
            LetterJsonLines.WriteFile([Dprk, Minimal], path, cancellationToken: TestContext.Current.CancellationToken);

            Assert.Equal([Dprk, Minimal], LetterJsonLines.ReadFile(path).Select(l => l.Letter));
            Assert.Equal([Dprk, Minimal], (await ToListAsync(LetterJsonLines.ReadFileAsync(path, cancellationToken: TestContext.Current.CancellationToken))).Select(l => l.Letter));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WriteAsync_WritesWhatWriteWrites()
    {
        using var stream = new MemoryStream();

        await LetterJsonLines.WriteAsync(Letters(), stream, TestContext.Current.CancellationToken);

        Assert.Equal(WriteCorpus(Dprk, Minimal), stream.ToArray());

        static async IAsyncEnumerable<Letter> Letters()
        {
            await Task.Yield();
            yield return Dprk;
            yield return Minimal;
        }
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => LetterJsonLines.Read(null!));
        Assert.Throws<ArgumentNullException>(() => LetterJsonLines.ReadAsync(null!, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentNullException>(() => LetterJsonLines.ReadFile(null!));
        Assert.Throws<ArgumentNullException>(() => LetterJsonLines.Write([null!], new MemoryStream(), TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LetterCorpusOptions { MaxLineBytes = 0 });
    }

    private static string Describe(LetterReadResult line) => $"{line.LineNumber}:{line.Letter?.Id ?? line.Error!.Message}";

    private static byte[] Line(Letter letter) => WriteCorpus(letter);

    private static byte[] WriteCorpus(params Letter[] letters)
    {
        using var stream = new MemoryStream();
        LetterJsonLines.Write(letters, stream);
        return stream.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static async Task<List<LetterReadResult>> ToListAsync(IAsyncEnumerable<LetterReadResult> lines)
    {
        var list = new List<LetterReadResult>();
        await foreach (var line in lines)
        {
            list.Add(line);
        }

        return list;
    }

    /// <summary>Returns at most one byte per read, to exercise every buffer boundary.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);
    }

    /// <summary>A line of <c>length</c> spaces, then <c>tail</c>, produced on the fly rather than held.</summary>
    private sealed class GeneratedStream(long length, byte[] tail) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length + 1 + tail.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(Span<byte> buffer)
        {
            if (position < length)
            {
                var spaces = (int)Math.Min(buffer.Length, length - position);
                buffer[..spaces].Fill((byte)' ');
                position += spaces;
                return spaces;
            }

            var written = 0;
            while (written < buffer.Length && position < Length)
            {
                buffer[written++] = position == length ? (byte)'\n' : tail[position - length - 1];
                position++;
            }

            return written;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
