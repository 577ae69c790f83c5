using System;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Splits a byte stream into LF-terminated lines (a CR before the LF is dropped) in one buffer that never grows past
/// the longest allowed line, so memory stays flat however large the corpus. A longer line is reported as soon as it
/// passes the limit (its end may never come: <c>/dev/zero</c>), then skipped to its end, not held. A line still
/// without an end after <see cref="AbandonFactor"/> times the limit ends the stream: <see cref="Abandoned"/>.
/// </summary>
internal sealed class LineBuffer(int maxLineBytes)
{
    /// <summary>How many times the longest allowed line a skipped line may run on before the stream is given up.</summary>
    public const long AbandonFactor = 64;

    private const int ChunkBytes = 64 * 1024;

    private byte[] buffer = new byte[Math.Min(ChunkBytes, maxLineBytes + 2)];
    private int start;
    private int end;
    private int scanned;
    private bool skipping;
    private long skippedLength;
    private bool completed;
    private bool reported;

    /// <summary>Gets the number of the line the next <see cref="TryReadLine"/> will return, one-based.</summary>
    public long NextLineNumber { get; private set; } = 1;

    /// <summary>Gets a value indicating whether a skipped line ran on past <see cref="AbandonFactor"/> times the limit: nothing more is read.</summary>
    public bool Abandoned { get; private set; }

    /// <summary>Gets room to read more bytes into; call <see cref="Advance"/> with how many were read.</summary>
    public Memory<byte> GetMemory()
    {
        if (end == buffer.Length)
        {
            if (start > 0)
            {
                // Move the partial line to the front: the bytes before it are done with.
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                scanned -= start;
                start = 0;
            }
            else
            {
                // The partial line fills the buffer: grow, up to the longest allowed line and its line end.
                var grown = new byte[(int)Math.Min((long)buffer.Length * 2, maxLineBytes + 2L)];
                Buffer.BlockCopy(buffer, 0, grown, 0, end);
                buffer = grown;
            }
        }

        return buffer.AsMemory(end);
    }

    /// <summary>Records that <paramref name="count"/> bytes were read into <see cref="GetMemory"/>; 0 means the end of the stream.</summary>
    public void Advance(int count)
    {
        if (count == 0)
        {
            completed = true;
        }

        end += count;
    }

    /// <summary>Takes the next complete line, if there is one.</summary>
    /// <param name="line">The line's bytes without its line end; valid until the next call to <see cref="GetMemory"/>.</param>
    /// <param name="tooLongBy">When the line was longer than allowed: its length in bytes, or -1 when it was reported as
    /// soon as it passed the limit, before its end (and <paramref name="line"/> is empty); otherwise 0.</param>
    /// <returns><see langword="true"/> when a line was taken; <see langword="false"/> when more bytes are needed or the stream is done.</returns>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out long tooLongBy)
    {
        line = default;
        tooLongBy = 0;
        while (true)
        {
            if (Abandoned)
            {
                return false;
            }

            var newline = Array.IndexOf(buffer, (byte)'\n', scanned, end - scanned);
            if (newline >= 0 && reported)
            {
                // The end of a line already reported: drop it and go on with the next line.
                ResetAfter(newline + 1);
                continue;
            }

            if (newline < 0)
            {
                scanned = end;
                var pending = end - start;
                if (completed)
                {
                    if (reported || (pending == 0 && !skipping))
                    {
                        return false;
                    }

                    // The last line has no line end.
                    return Take(end, end, out line, out tooLongBy);
                }

                if (pending > maxLineBytes + 1)
                {
                    // Too long to hold: forget the bytes, remember only how many there were.
                    skipping = true;
                    skippedLength += pending;
                    start = end = scanned = 0;
                    if (!reported)
                    {
                        // Say so now, not at a line end that may never come.
                        reported = true;
                        NextLineNumber++;
                        line = ReadOnlyMemory<byte>.Empty;
                        tooLongBy = -1;
                        return true;
                    }

                    Abandoned = skippedLength > maxLineBytes * AbandonFactor;
                }

                return false;
            }

            scanned = newline + 1;
            return Take(newline, newline + 1, out line, out tooLongBy);
        }
    }

    private bool Take(int lineEnd, int next, out ReadOnlyMemory<byte> line, out long tooLongBy)
    {
        var contentEnd = lineEnd > start && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        var length = skippedLength + (contentEnd - start);
        if (skipping || length > maxLineBytes)
        {
            line = ReadOnlyMemory<byte>.Empty;
            tooLongBy = length;
        }
        else
        {
            line = buffer.AsMemory(start, contentEnd - start);
            tooLongBy = 0;
        }

        ResetAfter(next);
        NextLineNumber++;
        return true;
    }

    private void ResetAfter(int next)
    {
        skipping = false;
        reported = false;
        skippedLength = 0;
        start = next;
        scanned = next;
        if (start == end)
        {
            start = end = scanned = 0;
        }
    }
}
