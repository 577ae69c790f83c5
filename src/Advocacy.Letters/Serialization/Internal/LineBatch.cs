using System;
using System.Buffers;
using System.Collections.Generic;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// The lines of one read from a JSON Lines stream, copied into one pooled buffer: the unit a worker of
/// <see cref="LetterJsonLines.ReadParallel"/> takes, so that the hand-offs between threads are per read, not per line.
/// </summary>
internal sealed class LineBatch
{
    private readonly List<(int Offset, int Length, long TooLongBy, long LineNumber)> lines = [];
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int used;

    /// <summary>Gets how many lines the batch holds.</summary>
    public int Count => lines.Count;

    /// <summary>Gets the number of bytes the lines take.</summary>
    public int Bytes => used;

    /// <summary>Copies a line in.</summary>
    public void Add(ReadOnlySpan<byte> line, long tooLongBy, long lineNumber)
    {
        if (bytes.Length - used < line.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, used + line.Length));
            bytes.AsSpan(0, used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = larger;
        }

        line.CopyTo(bytes.AsSpan(used));
        lines.Add((used, line.Length, tooLongBy, lineNumber));
        used += line.Length;
    }

    /// <summary>Gets line <paramref name="index"/> of the batch.</summary>
    public ReadOnlySpan<byte> Line(int index, out long tooLongBy, out long lineNumber)
    {
        var line = lines[index];
        tooLongBy = line.TooLongBy;
        lineNumber = line.LineNumber;
        return bytes.AsSpan(line.Offset, line.Length);
    }

    /// <summary>Gives the buffer back to the pool; the batch is not used after this.</summary>
    public void Release()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = [];
    }
}
