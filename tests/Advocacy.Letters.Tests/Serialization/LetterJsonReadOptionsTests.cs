using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Xunit;
using static Advocacy.Letters.Tests.Infrastructure.Documents;

namespace Advocacy.Letters.Tests.Serialization;

/// <summary>Each limit: a document just inside it loads through every reader; one just past it is refused, naming the limit.</summary>
public class LetterJsonReadOptionsTests
{
    /// <summary>A letter 5 levels deep: root, /addressees, /addressees/0, its positions, /addressees/0/positions/0.</summary>
    private static readonly string Deep = Edit(
        Minimal,
        "\"addressees\":[]",
        "\"addressees\":[{\"role\":\"to\",\"type\":\"person\",\"name\":\"n\",\"positions\":[{\"title\":\"t\"}]}]");

    private static readonly string ThreeSignatories = Edit(
        Minimal,
        "\"signatories\":[]",
        "\"signatories\":[" + string.Join(',', Enumerable.Range(0, 3).Select(i => $"{{\"type\":\"person\",\"name\":\"n{i}\",\"label\":\"l\"}}")) + "]");

    [Fact]
    public void Default_HoldsTheDocumentedLimits()
    {
        var options = LetterJsonReadOptions.Default;

        Assert.Equal(16 * 1024 * 1024, options.MaxDocumentBytes);
        Assert.Equal(LetterCorpusOptions.DefaultMaxLineBytes, options.MaxDocumentBytes);
        Assert.Equal(64, options.MaxDepth);
        Assert.Equal(1024 * 1024, options.MaxStringLength);
        Assert.Equal(100_000, options.MaxItemsPerList);
        Assert.Same(LetterJsonReadOptions.Default, LetterCorpusOptions.Default.ReadOptions);
    }

    [Fact]
    public void Limits_BelowOne_AreRefused()
    {
        Assert.Equal("MaxDocumentBytes", Assert.Throws<ArgumentOutOfRangeException>(() => new LetterJsonReadOptions { MaxDocumentBytes = 0 }).ParamName);
        Assert.Equal("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => new LetterJsonReadOptions { MaxDepth = 0 }).ParamName);
        Assert.Equal("MaxStringLength", Assert.Throws<ArgumentOutOfRangeException>(() => new LetterJsonReadOptions { MaxStringLength = -1 }).ParamName);
        Assert.Equal("MaxItemsPerList", Assert.Throws<ArgumentOutOfRangeException>(() => new LetterJsonReadOptions { MaxItemsPerList = 0 }).ParamName);
        Assert.Throws<ArgumentNullException>(() => new LetterCorpusOptions { ReadOptions = null! });
    }

    [Fact]
    public async Task MaxDocumentBytes_JustInside_Loads_JustPast_IsRefused()
    {
        var json = Minimal;
        var length = Utf8(json).Length;

        await AssertLoads(json, new LetterJsonReadOptions { MaxDocumentBytes = length });
        await AssertRefused(
            json,
            new LetterJsonReadOptions { MaxDocumentBytes = length - 1 },
            $"the document is longer than {length - 1} bytes, the limit set by MaxDocumentBytes",
            pointer: null);
    }

    [Fact]
    public void MaxDocumentBytes_CountsTheBytesOfText_NotItsCharacters()
    {
        var json = WithTitle("\"김정일\"");
        var bytes = Utf8(json).Length;

        Assert.Equal(json.Length + 6, bytes);
        LetterJson.Parse(json, new LetterJsonReadOptions { MaxDocumentBytes = bytes });
        Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json, new LetterJsonReadOptions { MaxDocumentBytes = bytes - 1 }));
    }

    [Fact]
    public async Task MaxDocumentBytes_AnEndlessStream_IsReadNoFurtherThanTheLimit()
    {
        var options = new LetterJsonReadOptions { MaxDocumentBytes = 100_000 };
        var endless = new EndlessStream();

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Read(endless, options));
        Assert.Equal("the document is longer than 100,000 bytes, the limit set by MaxDocumentBytes", ex.Message);
        Assert.Equal(100_001, endless.Served);

        var endlessAsync = new EndlessStream();
        await Assert.ThrowsAsync<LetterJsonException>(async () => await LetterJson.ReadAsync(endlessAsync, options, TestContext.Current.CancellationToken));
        Assert.Equal(100_001, endlessAsync.Served);
    }

    [Fact]
    public async Task MaxDepth_JustInside_Loads_JustPast_IsRefused()
    {
        await AssertLoads(Deep, new LetterJsonReadOptions { MaxDepth = 5 });
        await AssertRefused(
            Deep,
            new LetterJsonReadOptions { MaxDepth = 4 },
            "the document nests arrays and objects more than 4 levels deep, over the limit set by MaxDepth",
            "/addressees/0/positions/0");
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("김정")]
    [InlineData("\\u00e9\\u00e9")]
    [InlineData("😀")]
    public async Task MaxStringLength_CountsUtf16Characters_AfterUnescaping(string twoCharacters)
    {
        // 20 characters: longer than any member name of the letter, so only the title meets the limit.
        const int characters = 20;
        var json = WithTitle($"\"{string.Concat(Enumerable.Repeat(twoCharacters, 10))}\"");

        await AssertLoads(json, new LetterJsonReadOptions { MaxStringLength = characters });
        await AssertRefused(
            json,
            new LetterJsonReadOptions { MaxStringLength = characters - 1 },
            $"the string is {characters} characters long, over the limit of {characters - 1} set by MaxStringLength",
            "/title");
    }

    [Fact]
    public async Task MaxStringLength_AppliesToMemberNames()
    {
        await AssertRefused(
            Minimal,
            new LetterJsonReadOptions { MaxStringLength = 12 },
            "a member name is 13 characters long, over the limit of 12 set by MaxStringLength",
            "/schemaVersion");
    }

    [Fact]
    public async Task MaxItemsPerList_JustInside_Loads_JustPast_IsRefused()
    {
        await AssertLoads(ThreeSignatories, new LetterJsonReadOptions { MaxItemsPerList = 3 });
        await AssertRefused(
            ThreeSignatories,
            new LetterJsonReadOptions { MaxItemsPerList = 2 },
            "the array has more than 2 items, over the limit set by MaxItemsPerList",
            "/signatories/2");
    }

    [Fact]
    public void Limits_AreCheckedBeforeTheLetterIsRead()
    {
        // Past a limit and broken later on: the limit is reported, so no letter is ever built from such input.
        var json = Edit(ThreeSignatories, "\"kind\":\"open-letter\"", "\"kind\":\"no-such-kind\"");

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json, new LetterJsonReadOptions { MaxItemsPerList = 2 }));

        Assert.Contains("MaxItemsPerList", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LetterJsonLines_ReadOptions_ApplyToEachLine_AtThatLine()
    {
        var corpus = Utf8(ThreeSignatories + "\n" + Minimal + "\n");
        var options = new LetterCorpusOptions { ReadOptions = new LetterJsonReadOptions { MaxItemsPerList = 2 } };

        var lines = LetterJsonLines.Read(new MemoryStream(corpus), options).ToList();

        Assert.Equal(2, lines.Count);
        Assert.False(lines[0].Succeeded);
        Assert.True(lines[1].Succeeded);
        Assert.Equal("/signatories/2", lines[0].Error!.Pointer);
        Assert.Equal(0, lines[0].Error!.LineNumber);
        Assert.StartsWith("the array has more than 2 items, over the limit set by MaxItemsPerList at /signatories/2 (line 1, byte ", lines[0].Error!.Message, StringComparison.Ordinal);
    }

    private static async Task AssertLoads(string json, LetterJsonReadOptions options)
    {
        foreach (var read in Readers(json, options))
        {
            Assert.NotNull(await read());
        }
    }

    private static async Task AssertRefused(string json, LetterJsonReadOptions options, string reason, string? pointer)
    {
        foreach (var read in Readers(json, options))
        {
            var ex = await Assert.ThrowsAsync<LetterJsonException>(read);
            Assert.Equal(reason, ex.Reason);
            Assert.Equal(pointer, ex.Pointer);
            if (pointer is not null)
            {
                Assert.StartsWith($"{reason} at {pointer} (line 1, byte ", ex.Message, StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<Func<Task<Letter>>> Readers(string json, LetterJsonReadOptions options)
    {
        var utf8 = Utf8(json);
        yield return () => Task.FromResult(LetterJson.Parse(json, options));
        yield return () => Task.FromResult(LetterJson.Parse(utf8, options));
        yield return () => Task.FromResult(LetterJson.Read(new MemoryStream(utf8), options));
        yield return async () => await LetterJson.ReadAsync(new MemoryStream(utf8), options, TestContext.Current.CancellationToken);
    }

    /// <summary>A stream of spaces that never ends, counting what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
