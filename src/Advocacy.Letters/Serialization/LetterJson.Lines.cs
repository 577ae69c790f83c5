using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Serialization.Internal;
using Advocacy.Letters.Serialization.Internal.Readers;

namespace Advocacy.Letters.Serialization;

/// <content>The single-line canonical form and line parsing that <see cref="LetterJsonLines"/> builds on.</content>
public static partial class LetterJson
{
    /// <summary>Writes a letter as canonical JSON on one line, without the final newline.</summary>
    internal static byte[] ToSingleLineUtf8Bytes(Letter letter)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(letter, SingleLine.TypeInfo);
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("The letter cannot be written: " + ex.Message, ex);
        }
    }

    /// <summary>Reads one line of a JSON Lines file, reporting failures at that line of the file.</summary>
    /// <param name="utf8Line">The line's bytes, without its line end.</param>
    /// <param name="lineNumber">The one-based line number in the file.</param>
    /// <param name="limits">The limits on depth, strings and arrays; the line's length is limited by the caller.</param>
    internal static Letter ParseLine(ReadOnlySpan<byte> utf8Line, long lineNumber, LetterJsonReadOptions limits)
    {
        try
        {
            return DocumentReader.Read(utf8Line, limits);
        }
        catch (LetterJsonException error)
        {
            throw new LetterJsonException(error.Reason, error.Pointer, lineNumber - 1, error.BytePositionInLine, error.InnerException ?? error);
        }
    }

    /// <summary>Built on first use, after <see cref="Options"/>: static initialisers of partial files have no set order.</summary>
    private static class SingleLine
    {
        public static readonly JsonTypeInfo<Letter> TypeInfo = Create();

        private static JsonTypeInfo<Letter> Create()
        {
            var options = new JsonSerializerOptions(Options) { WriteIndented = false };
            options.MakeReadOnly();
            return (JsonTypeInfo<Letter>)options.GetTypeInfo(typeof(Letter));
        }
    }
}
