using System;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Recognises text that is not UTF-8, so that every reader (single documents and JSON Lines) refuses it with one
/// message instead of a puzzling syntax error at its first byte.
/// </summary>
internal static class TextEncodings
{
    /// <summary>The UTF-8 byte order mark, which every reader ignores at the start of a document or a file.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Names the encoding of <paramref name="text"/> when it is UTF-16 or UTF-32, with or without a byte order mark;
    /// otherwise <see langword="null"/>. JSON starts with an ASCII character, so NULs among the first bytes say which.
    /// </summary>
    public static string? NotUtf8(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || text.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) ||
            (text.Length >= 4 && ((text[0] == 0 && text[1] == 0 && text[2] == 0) || (text[1] == 0 && text[2] == 0 && text[3] == 0))))
        {
            return "UTF-32";
        }

        if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ||
            (text.Length >= 2 && (text[0] == 0 || text[1] == 0)))
        {
            return "UTF-16";
        }

        return null;
    }

    /// <summary>The one message for text in another encoding: <paramref name="form"/> is "JSON Lines" or "a letter".</summary>
    public static string NotUtf8Reason(string encoding, string form) =>
        $"the file is {encoding}; {form} must be UTF-8: convert the file and read it again";
}
