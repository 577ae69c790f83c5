using System;
using Advocacy.Letters.Serialization.Internal.Readers;

namespace Advocacy.Letters.Serialization;

/// <content>The line and item parsing that <see cref="LetterJsonLines"/> and <see cref="LetterJsonArray"/> build on.</content>
public static partial class LetterJson
{
    /// <summary>Reads one line of a JSON Lines file, reporting failures at that line of the file.</summary>
    /// <param name="utf8Line">The line's bytes, without its line end.</param>
    /// <param name="lineNumber">The one-based line number in the file.</param>
    /// <param name="byteOffset">Bytes of the line before <paramref name="utf8Line"/> (a byte order mark), added to positions.</param>
    /// <param name="limits">The limits on depth, strings and arrays; the line's length is limited by the caller.</param>
    internal static Letter ParseLine(ReadOnlySpan<byte> utf8Line, long lineNumber, int byteOffset, LetterJsonReadOptions limits)
    {
        try
        {
            return DocumentReader.Read(utf8Line, limits);
        }
        catch (LetterJsonException error)
        {
            throw new LetterJsonException(error.Reason, error.Pointer, lineNumber - 1, error.BytePositionInLine + byteOffset, error.InnerException ?? error);
        }
    }

    /// <summary>Reads one item of a JSON array of letters, reporting failures at that item's place in the file.</summary>
    /// <param name="utf8Item">The item's bytes.</param>
    /// <param name="index">The item's zero-based index: the first token of its pointer.</param>
    /// <param name="line">The zero-based line of the file the item starts on.</param>
    /// <param name="byteInLine">The zero-based byte in that line where the item starts.</param>
    /// <param name="limits">The limits on depth, strings and arrays; the item's size is limited by the caller.</param>
    internal static Letter ParseItem(ReadOnlySpan<byte> utf8Item, long index, long line, long byteInLine, LetterJsonReadOptions limits)
    {
        try
        {
            return DocumentReader.Read(utf8Item, limits);
        }
        catch (LetterJsonException error)
        {
            var ex = error.InnerException ?? error;
            var itemLine = error.LineNumber ?? 0;
            var pointer = "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + error.Pointer;
            var bytePosition = itemLine == 0 ? byteInLine + (error.BytePositionInLine ?? 0) : error.BytePositionInLine;
            throw new LetterJsonException(error.Reason, pointer, line + itemLine, bytePosition, ex);
        }
    }
}
