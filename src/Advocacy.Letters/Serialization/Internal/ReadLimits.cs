using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Enforces <see cref="LetterJsonReadOptions"/>: reads streams no further than the size limit, and scans a document's
/// tokens once before it is deserialized, so that no letter is built from input past a limit.
/// </summary>
/// <remarks>
/// The scan tracks only depth and counters; the pointer of a violation is rebuilt by a second, slower pass over the
/// input up to the offending token, so the common path allocates nothing. The scan stops quietly at the first
/// syntax error and leaves it to the serializer, which words it. Depth is checked here rather than through
/// <see cref="JsonSerializerOptions.MaxDepth"/>: a letter nests 5 levels, so the serializer meets a wrong type long
/// before its own limit, and one serializer configuration serves every <see cref="LetterJsonReadOptions"/>.
/// </remarks>
internal static class ReadLimits
{
    private const int ChunkBytes = 64 * 1024;
    private const int DefaultDepthRoom = 65;
    private const int MaxArrayLength = 0x7FFFFFC7;

    /// <summary>Refuses a document whose length is already known to be past <see cref="LetterJsonReadOptions.MaxDocumentBytes"/>.</summary>
    public static void CheckSize(long bytes, LetterJsonReadOptions options)
    {
        if (bytes > options.MaxDocumentBytes)
        {
            throw TooLarge(options);
        }
    }

    /// <summary>Reads a stream to its end into a pooled buffer, refusing it as soon as it passes the size limit.</summary>
    /// <returns>The buffer, rented from <see cref="ArrayPool{T}.Shared"/>; the caller returns it.</returns>
    public static byte[] ReadAll(Stream stream, LetterJsonReadOptions options, out int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialSize(stream, options));
        length = 0;
        try
        {
            while (true)
            {
                buffer = EnsureRoom(buffer, length, options);
                var read = stream.Read(buffer, length, Room(buffer, length, options));
                if (read == 0)
                {
                    return buffer;
                }

                length += read;
                CheckSize(length, options);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <inheritdoc cref="ReadAll"/>
    public static async ValueTask<(byte[] Buffer, int Length)> ReadAllAsync(Stream stream, LetterJsonReadOptions options, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialSize(stream, options));
        var length = 0;
        try
        {
            while (true)
            {
                buffer = EnsureRoom(buffer, length, options);
                var read = await stream.ReadAsync(buffer.AsMemory(length, Room(buffer, length, options)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
                CheckSize(length, options);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Scans <paramref name="utf8Json"/> (without a byte order mark) and throws at the first token past a limit.</summary>
    /// <exception cref="LetterJsonException">A string, an array or the nesting is past its limit.</exception>
    public static void Check(ReadOnlySpan<byte> utf8Json, LetterJsonReadOptions options)
    {
        var violation = Scan(utf8Json, options, path: null);
        if (violation is null)
        {
            return;
        }

        // Rare: scan again, this time keeping the path, to locate the violation.
        var path = new List<string>();
        Scan(utf8Json, options, path);
        var (reason, offset) = violation.Value;
        var (line, byteInLine) = LineAndByte(utf8Json, offset);
        var pointer = new StringBuilder();
        foreach (var token in path)
        {
            pointer.Append('/').Append(JsonLocation.EscapeToken(token));
        }

        throw new LetterJsonException(reason, pointer.ToString(), line, byteInLine, null);
    }

    private static (string Reason, long Offset)? Scan(ReadOnlySpan<byte> utf8Json, LetterJsonReadOptions options, List<string>? path)
    {
        // counts[d] is the number of items seen so far in the array at depth d, or -1 for an object.
        var depthLimit = options.MaxDepth;
        var counts = ArrayPool<int>.Shared.Rent(Math.Min(depthLimit, DefaultDepthRoom));
        // Not the final block: a truncated document then simply ends the scan instead of throwing, which the
        // serializer reports anyway. Only a final number at the root is never read, and numbers have no limit.
        var reader = new Utf8JsonReader(
            utf8Json,
            isFinalBlock: false,
            new JsonReaderState(new JsonReaderOptions { MaxDepth = depthLimit == int.MaxValue ? depthLimit : depthLimit + 1 }));
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (path is not null && depth > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    if (path is not null)
                    {
                        path[^1] = NameOf(ref reader);
                    }

                    if (TooLong(ref reader, options) is { } nameLength)
                    {
                        return (Says(nameLength, "a member name", options), reader.TokenStartIndex);
                    }

                    continue;
                }

                // A value: an item of the array it is in, if any.
                if (depth > 0 && counts[depth - 1] >= 0)
                {
                    var index = counts[depth - 1]++;
                    if (path is not null)
                    {
                        path[^1] = index.ToString(CultureInfo.InvariantCulture);
                    }

                    if (index >= options.MaxItemsPerList)
                    {
                        return (string.Create(CultureInfo.InvariantCulture, $"the array has more than {options.MaxItemsPerList:N0} items, over the limit set by MaxItemsPerList"), reader.TokenStartIndex);
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (depth >= depthLimit)
                    {
                        return (string.Create(CultureInfo.InvariantCulture, $"the document nests arrays and objects more than {depthLimit:N0} levels deep, over the limit set by MaxDepth"), reader.TokenStartIndex);
                    }

                    if (depth >= counts.Length)
                    {
                        var deeper = ArrayPool<int>.Shared.Rent(counts.Length * 2);
                        counts.CopyTo(deeper, 0);
                        ArrayPool<int>.Shared.Return(counts);
                        counts = deeper;
                    }

                    counts[depth] = token == JsonTokenType.StartArray ? 0 : -1;
                    path?.Add(string.Empty);
                }
                else if (token == JsonTokenType.String && TooLong(ref reader, options) is { } length)
                {
                    return (Says(length, "the string", options), reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the serializer reports it in its own words.
        }
        catch (InvalidOperationException)
        {
            // An escape that cannot be unescaped (a lone surrogate): the serializer reports it too.
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }

        return null;
    }

    /// <summary>The string's length in UTF-16 characters when it is past the limit, else <see langword="null"/>.</summary>
    public static int? TooLong(ref Utf8JsonReader reader, LetterJsonReadOptions options)
    {
        // UTF-8 and JSON escapes never take fewer bytes than the characters they stand for: most strings need no count.
        var bytes = reader.ValueSpan.Length;
        if (bytes <= options.MaxStringLength)
        {
            return null;
        }

        var length = reader.ValueIsEscaped ? reader.GetString()!.Length : Encoding.UTF8.GetCharCount(reader.ValueSpan);
        return length > options.MaxStringLength ? length : null;
    }

    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escape that cannot be unescaped: the raw text still locates the member.
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static string Says(int length, string what, LetterJsonReadOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} is {length:N0} characters long, over the limit of {options.MaxStringLength:N0} set by MaxStringLength");

    /// <summary>The zero-based line of <paramref name="offset"/> and its zero-based byte in that line.</summary>
    public static (long Line, long Byte) LineAndByte(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var before = utf8Json[..(int)offset];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart);
    }

    private static LetterJsonException TooLarge(LetterJsonReadOptions options) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the document is longer than {options.MaxDocumentBytes:N0} bytes, the limit set by MaxDocumentBytes"));

    private static int InitialSize(Stream stream, LetterJsonReadOptions options)
    {
        long size = ChunkBytes;
        if (stream.CanSeek)
        {
            // One more than the rest of the stream, so that the read that meets its end needs no new buffer.
            size = Math.Max(0, stream.Length - stream.Position) + 1;
        }

        return (int)Math.Clamp(size, 1, Math.Min((long)options.MaxDocumentBytes + 1, MaxArrayLength));
    }

    /// <summary>How much to read next: what the buffer holds, but never more than one byte past the limit.</summary>
    private static int Room(byte[] buffer, int length, LetterJsonReadOptions options) =>
        (int)Math.Min(buffer.Length - length, (long)options.MaxDocumentBytes + 1 - length);

    private static byte[] EnsureRoom(byte[] buffer, int length, LetterJsonReadOptions options)
    {
        if (length < buffer.Length)
        {
            return buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Min((long)buffer.Length * 2, (long)options.MaxDocumentBytes + 1), MaxArrayLength));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
