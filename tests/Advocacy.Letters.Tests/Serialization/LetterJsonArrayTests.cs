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

public class LetterJsonArrayTests
{
    private static readonly Letter Dprk = SampleLetters.Dprk2011;
    private static readonly Letter Minimal = TestLetters.Minimal;

    [Fact]
    public async Task WriteThenRead_RoundTripsEveryLetter_WithIndexAndLine_SyncAndAsync()
    {
        var bytes = Write(Minimal, Dprk, Minimal);

        var sync = LetterJsonArray.Read(new MemoryStream(bytes)).ToList();
        var async = new List<LetterReadResult>();
        await foreach (var item in LetterJsonArray.ReadAsync(new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken))
        {
            async.Add(item);
        }

        foreach (var items in new[] { sync, async })
        {
            Assert.Equal([Minimal, Dprk, Minimal], items.Select(i => i.Letter));
            Assert.Equal([0L, 1L, 2L], items.Select(i => i.Index!.Value));
            Assert.Equal(2L, items[0].LineNumber);
        }

        Assert.StartsWith("[\n  {\n    \"schemaVersion\": \"1.0\",", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.EndsWith("  }\n]\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoLetters_IsAnEmptyArray()
    {
        Assert.Equal("[]\n", Encoding.UTF8.GetString(Write()));
        Assert.Empty(LetterJsonArray.Read(new MemoryStream(Write())));
    }

    [Fact]
    public void Read_AnythingAfterTheClosingBracket_IsAnError_NotDropped()
    {
        var json = "[" + LetterJson.ToJson(Minimal) + "]\n[" + LetterJson.ToJson(Dprk) + "]\n";

        var items = LetterJsonArray.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))).ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal(Minimal, items[0].Letter);
        Assert.Equal(LetterReadCodes.Unreadable, items[1].Code);
        var lines = LetterJson.ToJson(Minimal).Count(c => c == '\n') + 2;
        Assert.Equal($"the array of letters is followed by more than white space; a file holds one array (line {lines}, byte 1)", items[1].Message);
    }

    [Fact]
    public void Read_TrailingWhiteSpace_IsFine()
    {
        var json = "\uFEFF  [" + LetterJson.ToJson(Minimal) + "]  \r\n\t\n";

        var item = Assert.Single(LetterJsonArray.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Equal(Minimal, item.Letter);
    }

    [Fact]
    public void Read_BadItem_IsLocatedInTheFile_AndTheRestLoads()
    {
        var json = "[\n" + LetterJson.ToJson(Minimal) + ",\n{\"schemaVersion\": \"1.0\", \"id\": 7},\n" + LetterJson.ToJson(Dprk) + "]";
        var itemLine = ("[\n" + LetterJson.ToJson(Minimal) + ",\n").Count(c => c == '\n') + 1;

        var items = LetterJsonArray.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))).ToList();

        Assert.Equal([true, false, true], items.Select(i => i.Succeeded));
        var error = items[1].Error!;
        Assert.Equal("/1/id", error.Pointer);
        Assert.Equal($"expected a string, found a number at /1/id (line {itemLine}, byte 33)", error.Message);
        Assert.Equal(itemLine, items[1].LineNumber);
        Assert.Equal(1, items[1].Index);
        Assert.Equal(Dprk, items[2].Letter);
    }

    [Fact]
    public void Read_ItemOverTheSizeLimit_IsSkippedWithoutBeingHeld()
    {
        var big = Minimal with { Title = new string('x', 10_000) };
        var bytes = Write(Minimal, big, Minimal);

        var items = LetterJsonArray.Read(new MemoryStream(bytes), new LetterCorpusOptions { ReadOptions = new LetterJsonReadOptions { MaxDocumentBytes = 2_000 } }).ToList();

        Assert.Equal([true, false, true], items.Select(i => i.Succeeded));
        Assert.StartsWith("the item is longer than 2,000 bytes, the limit set by MaxDocumentBytes; it was skipped at /1 (line ", items[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ItemPastAReadLimit_IsReportedAtItsPointer()
    {
        var items = LetterJsonArray.Read(new MemoryStream(Write(Minimal, Dprk)), new LetterCorpusOptions { ReadOptions = new LetterJsonReadOptions { MaxItemsPerList = 10 } }).ToList();

        Assert.True(items[0].Succeeded);
        Assert.Matches(@"^the array has more than 10 items, over the limit set by MaxItemsPerList at /1/\w+/10 \(line \d+, byte \d+\)$", items[1].Message);
    }

    [Theory]
    [InlineData("", "the input is empty: expected a JSON array of letters")]
    [InlineData("{}", "expected a JSON array of letters, found an object (a single letter: read it with LetterJson, or as a corpus with LetterCorpus) at the document root (line 1, byte 1)")]
    [InlineData("[1]", "expected a letter (a JSON object) at /0 (line 1, byte 3)")]
    public void Read_NotAnArrayOfLetters_IsOneLocatedError(string json, string message)
    {
        var item = Assert.Single(LetterJsonArray.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Equal(message, item.Message);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[{\"schemaVersion\": \"1.0\"")]
    [InlineData("[{}")]
    [InlineData("[{} {}]")]
    [InlineData("[{},]")]
    public void Read_MalformedOrTruncated_EndsWithOneError_NeverThrows(string json)
    {
        var items = LetterJsonArray.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))).ToList();

        Assert.NotEmpty(items);
        Assert.False(items[^1].Succeeded);
        Assert.NotNull(items[^1].Error);
    }

    [Fact]
    public void Read_OneByteAtATime_GivesTheSameResults()
    {
        var bytes = Write(Minimal, Dprk);
        var json = Encoding.UTF8.GetBytes("[" + Encoding.UTF8.GetString(bytes)[1..^2] + ",\n{\"id\": 1}\n] x");

        var whole = LetterJsonArray.Read(new MemoryStream(json)).Select(Describe).ToList();
        var trickled = LetterJsonArray.Read(new TrickleStream(json)).Select(Describe).ToList();

        Assert.Equal(whole, trickled);
        Assert.Equal(4, whole.Count);
    }

    [Fact]
    public void Read_EndlessArray_IsStreamed_NotHeldWhole()
    {
        using var stream = new EndlessArray(LetterJson.ToUtf8Bytes(Minimal));

        var first = LetterJsonArray.Read(stream).Take(20_000).ToList();

        Assert.Equal(20_000, first.Count);
        Assert.All(first, i => Assert.Equal(Minimal, i.Letter));
    }

    [Fact]
    public void Read_StopAtFirstError_Throws()
    {
        var json = Encoding.UTF8.GetBytes("[{\"x\": 1}]");

        Assert.Throws<LetterJsonException>(() => LetterJsonArray.Read(new MemoryStream(json), new LetterCorpusOptions { StopAtFirstError = true }).ToList());
    }

    [Fact]
    public void Write_LetterTheFormatCannotCarry_IsRefusedWithItsIndex_BeforeAByteOfIt()
    {
        using var stream = new MemoryStream();

        var error = Assert.Throws<LetterJsonException>(() => LetterJsonArray.Write([Minimal, Minimal with { Title = null! }], stream, TestContext.Current.CancellationToken));

        Assert.Equal("/1/title", error.Pointer);
        Assert.Equal(Write(Minimal).Length - "\n]\n".Length, stream.Length);
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => LetterJsonArray.Read(null!));
        Assert.Throws<ArgumentNullException>(() => LetterJsonArray.ReadFile(null!));
        Assert.Throws<ArgumentNullException>(() => LetterJsonArray.Write([null!], new MemoryStream(), TestContext.Current.CancellationToken));
    }

    internal static byte[] Write(params Letter[] letters)
    {
        using var stream = new MemoryStream();
        LetterJsonArray.Write(letters, stream);
        return stream.ToArray();
    }

    private static string Describe(LetterReadResult item) => $"{item.Index}:{item.LineNumber}:{item.Letter?.Id ?? item.Message}";

    /// <summary>Returns at most one byte per read, to exercise every buffer boundary.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }

    /// <summary><c>[</c>, then the same letter again and again, without end.</summary>
    private sealed class EndlessArray(byte[] item) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                var at = position++;
                buffer[i] = at == 0 ? (byte)'[' : (at - 1) % (item.Length + 1) is var k && k == item.Length ? (byte)',' : item[k];
            }

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
