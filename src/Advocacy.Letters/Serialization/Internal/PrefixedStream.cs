using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>A read-only stream that gives back bytes already read from another stream, then the rest of that stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, int length, Stream rest) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (position < length)
        {
            var taken = Math.Min(count, length - position);
            Buffer.BlockCopy(prefix, position, buffer, offset, taken);
            position += taken;
            return taken;
        }

        return rest.Read(buffer, offset, count);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        position < length ? Task.FromResult(Read(buffer, offset, count)) : rest.ReadAsync(buffer, offset, count, cancellationToken);

#if !NETSTANDARD2_0
    public override int Read(Span<byte> buffer)
    {
        if (position < length)
        {
            var taken = Math.Min(buffer.Length, length - position);
            prefix.AsSpan(position, taken).CopyTo(buffer);
            position += taken;
            return taken;
        }

        return rest.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        position < length ? new ValueTask<int>(Read(buffer.Span)) : rest.ReadAsync(buffer, cancellationToken);
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
