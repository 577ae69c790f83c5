using System;
using System.IO;
using System.Text;
using Advocacy.Letters.Import;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>
/// <see cref="LetterImporter.TryReadText"/> reads strict UTF-8 up to its limit and says why it refuses anything else;
/// it never replaces a byte and never reads past the limit.
/// </summary>
public class LetterImporterReadTextTests
{
    [Fact]
    public void TryReadText_TheDprkText_IsReadWhole()
    {
        var expected = File.ReadAllText(Repository.DprkText);

        Assert.True(LetterImporter.TryReadText(new MemoryStream(Encoding.UTF8.GetBytes(expected)), out var text, out var reason));

        Assert.Equal(expected, text);
        Assert.Null(reason);
    }

    [Fact]
    public void TryReadText_ByteOrderMark_IsSkipped()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "Dear Sir, 김정일"u8];

        Assert.True(LetterImporter.TryReadText(new MemoryStream(input), out var text, out _));

        Assert.Equal("Dear Sir, 김정일", text);
    }

    [Fact]
    public void TryReadText_Empty_IsTheEmptyText()
    {
        Assert.True(LetterImporter.TryReadText(new MemoryStream(), out var text, out _));

        Assert.Equal(string.Empty, text);
    }

    [Theory]
    [InlineData(new byte[] { 0x44, 0x65, 0x61, 0x72, 0xC3, 0x28 }, 4)] // a lead byte without its continuation
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xFF }, 4)] // after a byte order mark, which counts
    [InlineData(new byte[] { 0x41, 0xED, 0xA0, 0x80 }, 1)] // an encoded surrogate
    [InlineData(new byte[] { 0x41, 0xC0, 0xAF }, 1)] // an overlong '/'
    [InlineData(new byte[] { 0x41, 0x42, 0xE2, 0x82 }, 2)] // cut short at the end
    public void TryReadText_InvalidUtf8_IsRefusedWithTheOffsetOfItsFirstBadByte(byte[] input, int offset)
    {
        Assert.False(LetterImporter.TryReadText(new MemoryStream(input), out var text, out var reason));

        Assert.Null(text);
        Assert.Equal($"not UTF-8 at byte {offset} (counting from 0); a letter to import must be UTF-8", reason);
    }

    [Theory]
    [InlineData("utf-16", true, "UTF-16")]
    [InlineData("utf-16BE", false, "UTF-16")]
    [InlineData("utf-32", true, "UTF-32")]
    [InlineData("utf-32", false, "UTF-32")]
    public void TryReadText_Utf16Or32_IsRefused_ByName(string encodingName, bool bom, string named)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] input = [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes("Dear Minister,\nWe urge you to act.\n")];

        Assert.False(LetterImporter.TryReadText(new MemoryStream(input), out _, out var reason));

        Assert.Equal($"the input is {named}; a letter to import must be UTF-8: convert it and import it again", reason);
    }

    [Fact]
    public void TryReadText_AtTheLimit_IsRead_OneBytePast_IsRefused_WithoutReadingOn()
    {
        Assert.True(LetterImporter.TryReadText(new Endless(LetterImporter.MaxTextBytes), out var text, out _));
        Assert.Equal(LetterImporter.MaxTextBytes, text.Length);

        var endless = new Endless(long.MaxValue);
        Assert.False(LetterImporter.TryReadText(endless, out _, out var reason));
        Assert.Equal("the input is longer than 16,777,216 bytes, the most a letter to import may be", reason);
        Assert.Equal(LetterImporter.MaxTextBytes + 1L, endless.Position);
    }

    [Fact]
    public void TryReadText_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => LetterImporter.TryReadText(null!, out _, out _));
    }

    /// <summary>A stream of <c>a</c>s, <paramref name="length"/> long, that counts what was read from it.</summary>
    private sealed class Endless(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            Position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
