using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

public class LetterJsonLinesParallelTests
{
    private static readonly Letter Minimal = TestLetters.Minimal;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void ReadParallel_GivesTheSameResultsAsRead_InLineOrder(int threads)
    {
        // Lines of very different cost, so workers finish out of order: the results must not.
        var corpus = Corpus(300, i => i % 3 == 0 ? SampleLetters.Dprk2011 with { Id = $"big-{i}" } : Minimal with { Id = $"small-{i}" });
        var bad = Concat(corpus, "{\"not\":\"a letter\"}\n\n"u8.ToArray(), Corpus(5, i => Minimal with { Id = $"tail-{i}" }));

        var expected = LetterJsonLines.Read(new MemoryStream(bad)).Select(Describe).ToList();
        var parallel = LetterJsonLines.ReadParallel(new MemoryStream(bad), Describe, threads).ToList();

        Assert.Equal(307, parallel.Count);
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void ReadParallel_RunsProcessOnTheWorkers_AndKeepsOrderWhenEarlyLinesAreSlow()
    {
        // A stream that cannot seek, as a pipe: the workers alone run process (on a file the caller is one of them).
        var corpus = Corpus(400, i => Minimal with { Id = $"letter-{i}" });
        var threadIds = new HashSet<int>();

        var ids = LetterJsonLines.ReadParallel(new PipeLikeStream(corpus), line =>
        {
            lock (threadIds)
            {
                threadIds.Add(Environment.CurrentManagedThreadId);
            }

            // The earliest lines finish last.
            Thread.Sleep(line.LineNumber < 4 ? 30 : 0);
            return line.Letter!.Id;
        }, threads: 4).ToList();

        Assert.Equal(Enumerable.Range(0, 400).Select(i => $"letter-{i}"), ids);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threadIds);
    }

    [Fact]
    public void ReadParallel_ThrowsAtTheFailingLine_AfterEveryEarlierResult()
    {
        var corpus = Corpus(50, i => Minimal with { Id = $"letter-{i}" });
        var seen = new List<long>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var line in LetterJsonLines.ReadParallel(new MemoryStream(corpus), line =>
                line.LineNumber == 20 ? throw new InvalidOperationException("line 20") : line.LineNumber!.Value, threads: 3))
            {
                seen.Add(line);
            }
        });

        Assert.Equal("line 20", error.Message);
        Assert.Equal(Enumerable.Range(1, 19).Select(i => (long)i), seen);
    }

    [Fact]
    public void ReadParallel_StopAtFirstError_ThrowsTheLocatedErrorInOrder()
    {
        var corpus = Concat(Corpus(10, i => Minimal with { Id = $"letter-{i}" }), "[]\n"u8.ToArray(), Corpus(10, i => Minimal));
        var seen = new List<string>();

        var error = Assert.Throws<LetterJsonException>(() =>
        {
            foreach (var id in LetterJsonLines.ReadParallel(new MemoryStream(corpus), line => line.Letter!.Id, 2, new LetterCorpusOptions { StopAtFirstError = true }))
            {
                seen.Add(id);
            }
        });

        Assert.Equal(10, error.LineNumber);
        Assert.Equal(10, seen.Count);
    }

    [Fact]
    public void ReadParallel_EndedEarly_StopsReading()
    {
        var corpus = Corpus(2_000, i => Minimal with { Id = $"letter-{i}" });
        var processed = 0;

        var first = LetterJsonLines.ReadParallel(new MemoryStream(corpus), line => Interlocked.Increment(ref processed), 2).Take(3).ToList();

        Assert.Equal(3, first.Count);
        // The window bounds what was read ahead: a few batches a worker, the one being read and the one taken, far
        // from all 2,000 lines.
        var bound = ((LetterJsonLines.ParallelWindowPerThread * 2) + 2) * LetterJsonLines.MaxLinesPerBatch;
        Assert.True(processed <= bound && bound < 2_000, $"{processed} lines were processed");
    }

    [Fact]
    public void ReadParallel_UnreadableStream_IsThrownAfterTheLinesBefore()
    {
        var corpus = Corpus(5, i => Minimal with { Id = $"letter-{i}" });
        var seen = new List<string>();

        Assert.Throws<IOException>(() =>
        {
            foreach (var id in LetterJsonLines.ReadParallel(new FailingStream(corpus), line => line.Letter!.Id, 2))
            {
                seen.Add(id);
            }
        });

        Assert.Equal(5, seen.Count);
    }

    [Fact]
    public void ReadParallel_Utf16File_ReportsItsFirstLineAndStops()
    {
        var utf16 = Encoding.Unicode.GetBytes("{\"a\":1}\n{\"b\":2}\n");

        var lines = LetterJsonLines.ReadParallel(new MemoryStream(utf16), line => line, 2).ToList();

        Assert.Equal(LetterJsonLines.Read(new MemoryStream(utf16)).Select(Describe), lines.Select(Describe));
    }

    [Fact]
    public void ReadParallel_BadArguments_AreRefusedAtOnce()
    {
        Assert.Throws<ArgumentNullException>(() => LetterJsonLines.ReadParallel<int>(null!, _ => 0, 1));
        Assert.Throws<ArgumentNullException>(() => LetterJsonLines.ReadParallel<int>(Stream.Null, null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterJsonLines.ReadParallel(Stream.Null, _ => 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterJsonLines.ReadFileParallel("any.jsonl", _ => 0, -1));
    }

    [Fact]
    public void ReadFileParallel_ReadsTheFileInOrder()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parallel-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(path, Corpus(30, i => Minimal with { Id = $"letter-{i}" }));
        try
        {
            var ids = LetterJsonLines.ReadFileParallel(path, line => line.Letter!.Id, 2).ToList();
            Assert.Equal(Enumerable.Range(0, 30).Select(i => $"letter-{i}"), ids);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(LetterReadResult line) => $"{line.LineNumber}:{line.Letter?.Id ?? line.Code + " " + line.Message}";

    private static byte[] Corpus(int count, Func<int, Letter> letter)
    {
        using var stream = new MemoryStream();
        LetterJsonLines.Write(Enumerable.Range(0, count).Select(letter), stream);
        return stream.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>Gives its bytes, then fails.</summary>
    private sealed class FailingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            return read > 0 ? read : throw new IOException("the disk is gone");
        }
    }

    /// <summary>A memory stream that says it cannot seek, as a pipe says, and returns at most 4 kB a read.</summary>
    private sealed class PipeLikeStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 4096));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 4096)]);
    }
}
