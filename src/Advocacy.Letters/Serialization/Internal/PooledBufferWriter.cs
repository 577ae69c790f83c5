using System;
using System.Buffers;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// A growing buffer rented from <see cref="ArrayPool{T}.Shared"/>: a letter is written here whole, and only a letter
/// that passed the write-time contract is copied out, so a refused one leaves nothing in the caller's stream or file.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    // Array.MaxLength, which netstandard2.0 lacks.
    private const int MaxLength = 0x7FFFFFC7;

    private byte[] buffer;
    private int written;

    public PooledBufferWriter(int initialCapacity)
    {
        buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public int WrittenCount => written;

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

    public void Advance(int count)
    {
        if (count < 0 || count > buffer.Length - written)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        written = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        var size = Math.Max((long)buffer.Length * 2, (long)written + needed);
        if (size > MaxLength)
        {
            size = (long)written + needed <= MaxLength ? MaxLength : throw new LetterJsonException("the letter cannot be written: it takes more than 2 GB of JSON", null, null, null, null);
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)size);
        buffer.AsSpan(0, written).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
