using System;
using System.IO;
using System.Linq;
using Advocacy.Letters.Serialization;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

/// <summary>A line past <see cref="LetterCorpusOptions.MaxLineBytes"/> is reported as soon as the limit is passed, and an endless one ends the read.</summary>
public sealed class LetterJsonLinesLimitTests
{
    [Fact]
    public void Read_LineWithoutEnd_IsReportedOnceTheLimitIsPassed_NotAtItsEnd()
    {
        using var zeros = new EndlessStream();
        using var lines = LetterJsonLines.Read(zeros, new LetterCorpusOptions { MaxLineBytes = 1_000 }).GetEnumerator();

        Assert.True(lines.MoveNext());

        Assert.Equal(1, lines.Current.LineNumber);
        Assert.Equal("the line is longer than the limit of 1,000 bytes (MaxLineBytes); it was skipped (line 1, byte 1)", lines.Current.Error!.Message);
        Assert.True(zeros.Served <= 1_002 + 64 * 1024, $"{zeros.Served} bytes read before the report");
    }

    [Fact]
    public void Read_EndlessLine_EndsTheRead()
    {
        using var zeros = new EndlessStream();

        var lines = LetterJsonLines.Read(zeros, new LetterCorpusOptions { MaxLineBytes = 1_000 }).ToList();

        Assert.Single(lines);
        Assert.InRange(zeros.Served, 64 * 1_000, (64 * 1_000) + (2 * 64 * 1024));
    }

    [Fact]
    public void Read_LongLineThatEnds_IsReportedOnce_AndTheNextLineIsRead()
    {
        using var line = new MemoryStream();
        LetterJsonLines.Write([SampleLetters.Dprk2011], line, TestContext.Current.CancellationToken);
        var corpus = new MemoryStream([.. new byte[300_000].Select(_ => (byte)'x'), (byte)'\n', .. line.ToArray()]);

        var lines = LetterJsonLines.Read(corpus, new LetterCorpusOptions { MaxLineBytes = 100_000 }).ToList();

        Assert.Equal([1L, 2L], lines.Select(l => l.LineNumber));
        Assert.False(lines[0].Succeeded);
        Assert.Equal(SampleLetters.Dprk2011, lines[1].Letter);
    }

    /// <summary>Zero bytes forever, like <c>/dev/zero</c>, counting what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Clear();
            Served += buffer.Length;
            return buffer.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
