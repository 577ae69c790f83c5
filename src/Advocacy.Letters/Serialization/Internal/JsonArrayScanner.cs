using System;
using System.Globalization;
using System.Text.Json;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Reads a JSON array of letters item by item from a stream fed in chunks, holding at most one item (up to
/// <see cref="LetterJsonReadOptions.MaxDocumentBytes"/>) and one chunk, however long the array: a 2.4 GB array reads in
/// a few megabytes.
/// </summary>
/// <remarks>
/// A <see cref="Utf8JsonReader"/>, restarted on each refill with its saved state, finds where each item starts and
/// ends; the item's bytes are then read as strictly as a letter file, and its errors are located in the whole file
/// (pointer <c>/INDEX/…</c>, line and byte). An item over the size limit is reported and skipped without being held.
/// Malformed JSON between items, or anything but white space after the closing <c>]</c>, ends the read with one last
/// result: nothing after it can be trusted to be where it seems.
/// </remarks>
internal sealed class JsonArrayScanner
{
    private const int ChunkBytes = 64 * 1024;
    private const int MaxArrayLength = 0x7FFFFFC7;

    private readonly LetterCorpusOptions options;
    private readonly int maxItemBytes;
    private readonly int capacity;

    private byte[] buffer = new byte[ChunkBytes];
    private int consumed;
    private int end;
    private bool completed;
    private long bufferStart;
    private JsonReaderState state;
    private Phase phase = Phase.Start;

    private long countedTo;
    private long lines;
    private long lineStart;

    private int itemStart = -1;
    private long itemIndex;
    private long itemLine;
    private long itemByte;
    private bool itemTooLarge;

    private LetterReadResult? result;

    public JsonArrayScanner(LetterCorpusOptions options)
    {
        this.options = options;
        maxItemBytes = options.ReadOptions.MaxDocumentBytes;
        capacity = (int)Math.Min((long)maxItemBytes + ChunkBytes, MaxArrayLength);
        var depth = options.ReadOptions.MaxDepth;
        state = new JsonReaderState(new JsonReaderOptions { MaxDepth = depth == int.MaxValue ? depth : depth + 1 });
    }

    public enum Step
    {
        /// <summary>Read more bytes into <see cref="Room"/>, then call <see cref="Advance"/>.</summary>
        NeedMore,

        /// <summary>An entry is ready: <see cref="TakeResult"/>.</summary>
        Result,

        /// <summary>The array is done.</summary>
        End,
    }

    private enum Phase
    {
        Start,
        InArray,
        InItem,
        AfterArray,
        Done,
    }

    /// <summary>Gets where to read the next bytes; never empty after <see cref="Next"/> returned <see cref="Step.NeedMore"/>.</summary>
    public Memory<byte> Room => buffer.AsMemory(end);

    /// <summary>Records <paramref name="count"/> bytes read into <see cref="Room"/>; 0 is the end of the stream.</summary>
    public void Advance(int count)
    {
        end += count;
        completed = count == 0;
    }

    public LetterReadResult TakeResult()
    {
        var taken = result!;
        result = null;
        return taken;
    }

    /// <summary>Goes as far as the bytes held allow.</summary>
    /// <exception cref="LetterJsonException">An entry is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    public Step Next()
    {
        if (phase == Phase.Done)
        {
            return Step.End;
        }

        if (phase == Phase.Start && bufferStart == 0 && consumed == 0)
        {
            // A UTF-8 byte order mark is ignored, as by LetterJson.
            ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
            var held = buffer.AsSpan(0, end);
            if (held.Length < bom.Length && !completed && bom.StartsWith(held))
            {
                return Step.NeedMore;
            }

            if (held.StartsWith(bom))
            {
                consumed = bom.Length;
                countedTo = lineStart = bom.Length;
            }
        }

        Step? step;
        try
        {
            step = Scan();
        }
        catch (JsonException ex)
        {
            return Fail(ex);
        }

        if (step is { } done)
        {
            return done;
        }

        if (completed)
        {
            if (phase == Phase.Start)
            {
                return Stop(new LetterJsonException("the input is empty: expected a JSON array of letters"), null, null);
            }

            // The reader throws on truncated input in the final block, so only a finished array gets here.
            phase = Phase.Done;
            return Step.End;
        }

        return MakeRoom() ? Step.NeedMore : Stop(TooLarge(itemIndex, "reading stops: one value of the item does not fit within the limit"), itemLine + 1, itemIndex);
    }

    private Step? Scan()
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(consumed, end - consumed), completed, state);
        while (reader.Read())
        {
            var token = reader.TokenType;
            switch (phase)
            {
                case Phase.Start:
                    if (token != JsonTokenType.StartArray)
                    {
                        var at = Locate(bufferStart + consumed + reader.TokenStartIndex);
                        return Stop(new LetterJsonException($"expected a JSON array of letters, found {Describe(token)}", string.Empty, at.Line, at.Byte, null), at.Line + 1, null);
                    }

                    phase = Phase.InArray;
                    break;

                case Phase.InArray when token == JsonTokenType.EndArray:
                    phase = Phase.AfterArray;
                    break;

                case Phase.InArray:
                    itemStart = consumed + (int)reader.TokenStartIndex;
                    (itemLine, itemByte) = Locate(bufferStart + itemStart);
                    if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        phase = Phase.InItem;
                        break;
                    }

                    return EndItem(ref reader);

                case Phase.InItem when token is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == 1:
                    return EndItem(ref reader);
            }
        }

        Commit(ref reader);
        return null;
    }

    private Step EndItem(ref Utf8JsonReader reader)
    {
        Commit(ref reader);
        var index = itemIndex++;
        var length = consumed - itemStart;
        LetterReadResult entry;
        if (itemTooLarge || length > maxItemBytes)
        {
            entry = LetterReadResult.Unreadable(TooLarge(index, "it was skipped"), itemLine + 1, index);
        }
        else
        {
            try
            {
                entry = LetterReadResult.Read(LetterJson.ParseItem(buffer.AsSpan(itemStart, length), index, itemLine, itemByte, options.ReadOptions), itemLine + 1, index);
            }
            catch (LetterJsonException ex)
            {
                entry = LetterReadResult.Unreadable(ex, itemLine + 1, index);
            }
        }

        phase = Phase.InArray;
        itemStart = -1;
        itemTooLarge = false;
        return Deliver(entry);
    }

    /// <summary>Malformed JSON: inside an item, read what there is of it for the serializer's own words; elsewhere, the reader's.</summary>
    private Step Fail(JsonException ex)
    {
        if (phase == Phase.Start && buffer.AsSpan(consumed, end - consumed).Trim(" \t\r\n"u8).IsEmpty)
        {
            return Stop(new LetterJsonException("the input is empty: expected a JSON array of letters"), null, null);
        }

        if (phase == Phase.InItem && !itemTooLarge)
        {
            try
            {
                LetterJson.ParseItem(buffer.AsSpan(itemStart, end - itemStart), itemIndex, itemLine, itemByte, options.ReadOptions);
            }
            catch (LetterJsonException error)
            {
                return Stop(error, itemLine + 1, itemIndex);
            }
        }

        var translated = JsonErrors.Translate(ex);
        var line = ex.LineNumber;
        if (phase == Phase.AfterArray)
        {
            translated = new LetterJsonException("the array of letters is followed by more than white space; a file holds one array", null, line, ex.BytePositionInLine, ex);
        }
        else if (phase == Phase.InItem)
        {
            translated = new LetterJsonException(translated.Reason, "/" + itemIndex.ToString(CultureInfo.InvariantCulture), line, ex.BytePositionInLine, ex);
        }

        return Stop(translated, line + 1, phase == Phase.InItem ? itemIndex : null);
    }

    private Step Stop(LetterJsonException error, long? lineNumber, long? index)
    {
        phase = Phase.Done;
        return Deliver(LetterReadResult.Unreadable(error, lineNumber, index));
    }

    private Step Deliver(LetterReadResult entry)
    {
        if (!entry.Succeeded && options.StopAtFirstError)
        {
            phase = Phase.Done;
            throw entry.Error!;
        }

        result = entry;
        return Step.Result;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        consumed += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    /// <summary>Drops the bytes no longer needed and grows the buffer if it is still full; <see langword="false"/> when it cannot.</summary>
    private bool MakeRoom()
    {
        if (phase == Phase.InItem && !itemTooLarge && end - itemStart > maxItemBytes)
        {
            // Too large to hold: stop keeping it, only scan on to its end.
            itemTooLarge = true;
        }

        var keep = phase == Phase.InItem && !itemTooLarge ? itemStart : consumed;
        if (keep > 0)
        {
            Locate(bufferStart + keep);
            Buffer.BlockCopy(buffer, keep, buffer, 0, end - keep);
            end -= keep;
            consumed -= keep;
            if (itemStart >= 0)
            {
                itemStart -= keep;
            }

            bufferStart += keep;
        }

        if (end < buffer.Length)
        {
            return true;
        }

        if (buffer.Length >= capacity)
        {
            return false;
        }

        var grown = new byte[(int)Math.Min((long)buffer.Length * 2, capacity)];
        Buffer.BlockCopy(buffer, 0, grown, 0, end);
        buffer = grown;
        return true;
    }

    /// <summary>The zero-based line and byte of an absolute offset, counting line ends once as the offsets move on.</summary>
    private (long Line, long Byte) Locate(long offset)
    {
        var from = (int)(countedTo - bufferStart);
        var span = buffer.AsSpan(from, (int)(offset - countedTo));
        var at = span.IndexOf((byte)'\n');
        while (at >= 0)
        {
            lines++;
            from += at + 1;
            lineStart = bufferStart + from;
            span = span[(at + 1)..];
            at = span.IndexOf((byte)'\n');
        }

        countedTo = offset;
        return (lines, offset - lineStart);
    }

    private LetterJsonException TooLarge(long index, string consequence) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the item is longer than {maxItemBytes:N0} bytes, the limit set by MaxDocumentBytes; {consequence}"),
            "/" + index.ToString(CultureInfo.InvariantCulture), itemLine, itemByte, null);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object (a single letter: read it with LetterJson, or as a corpus with LetterCorpus)",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
