using System.Globalization;
using System.Text;

namespace Advocacy.Letters.Cli.Terminal;

/// <summary>
/// Which characters may reach a terminal as they are, and how the others are shown: the one rule behind
/// <see cref="TerminalWriter"/>. Nothing from the input may act on the terminal, so every character that could (or
/// that cannot be seen) is written as a visible <c>\uXXXX</c> escape, one per UTF-16 unit. The escape is also a
/// valid JSON escape, so JSON output that passes through stays valid JSON and means the same.
/// </summary>
internal static class TerminalText
{
    /// <summary>
    /// Tells whether <paramref name="c"/> must be escaped: C0 controls other than LF and tab (CR, ESC, BEL…), DEL,
    /// C1 controls, format characters (Unicode category Cf: bidi controls, zero-width characters, U+FEFF, the soft
    /// hyphen), U+2028/U+2029, and surrogates that are not part of a pair. In <paramref name="message"/> text, any
    /// space other than U+0020 too (NBSP, U+3000…), so that an id or a file name cannot pass for another.
    /// </summary>
    public static bool MustEscape(char c, bool message) => c switch
    {
        '\n' or '\t' => false,
        < ' ' or '\u007F' => true,
        < '\u0080' => false,
        <= '\u009F' => true,
        _ => CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
            UnicodeCategory.SpaceSeparator => message,
            _ => false,
        },
    };

    /// <summary>Gets <paramref name="text"/> with every character that <see cref="MustEscape"/> names escaped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="message">Whether the text is a message (spaces other than U+0020 escaped, and LF and tab too: a message is one line).</param>
    public static string Escape(string text, bool message)
    {
        var i = FirstToEscape(text, message);
        if (i < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A pair is one character: escape both halves or neither.
                var pair = text.Substring(i, 2);
                var category = CharUnicodeInfo.GetUnicodeCategory(pair, 0);
                if (category == UnicodeCategory.Format)
                {
                    Append(escaped, c);
                    Append(escaped, text[i + 1]);
                }
                else
                {
                    escaped.Append(pair);
                }

                i++;
            }
            else if (char.IsSurrogate(c) || MustEscape(c, message) || (message && c is '\n' or '\t'))
            {
                Append(escaped, c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static int FirstToEscape(string text, bool message)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < '\u007F')
            {
                continue;
            }

            if (char.IsSurrogate(c) || MustEscape(c, message) || (message && c is '\n' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Append(StringBuilder escaped, char c) =>
        escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
}
