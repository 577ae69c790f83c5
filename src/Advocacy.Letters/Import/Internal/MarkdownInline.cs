using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// Markdown inline markup to the model's text, in one pass over a line: emphasis of any kind becomes <c>*…*</c>, a
/// link or image its text, code its letters, an HTML tag nothing (<c>&lt;br&gt;</c> a line break, emphasis tags
/// <c>*</c>), an entity its character. Look-ahead uses precomputed next-bracket tables, so the pass stays linear.
/// </summary>
internal static class MarkdownInline
{
    private const int MaxEntityLength = 12;

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = " ", ["ndash"] = "–",
        ["mdash"] = "—", ["hellip"] = "…", ["rsquo"] = "’", ["lsquo"] = "‘", ["rdquo"] = "”", ["ldquo"] = "“",
        ["eacute"] = "é", ["egrave"] = "è", ["ecirc"] = "ê", ["aacute"] = "á", ["agrave"] = "à", ["acirc"] = "â",
        ["oacute"] = "ó", ["ocirc"] = "ô", ["uacute"] = "ú", ["iacute"] = "í", ["ntilde"] = "ñ", ["ccedil"] = "ç",
        ["uuml"] = "ü", ["ouml"] = "ö", ["auml"] = "ä", ["Uuml"] = "Ü", ["Ouml"] = "Ö", ["Auml"] = "Ä", ["szlig"] = "ß",
        ["Eacute"] = "É", ["atilde"] = "ã", ["otilde"] = "õ", ["copy"] = "©", ["reg"] = "®", ["trade"] = "™",
        ["euro"] = "€", ["pound"] = "£", ["middot"] = "·", ["bull"] = "•", ["laquo"] = "«", ["raquo"] = "»",
        ["deg"] = "°", ["shy"] = string.Empty, ["zwj"] = string.Empty, ["zwnj"] = string.Empty, ["thinsp"] = " ",
        ["ensp"] = " ", ["emsp"] = " ", ["sect"] = "§", ["dagger"] = "†", ["Dagger"] = "‡",
    };

    public static string Convert(string text)
    {
        if (text.IndexOfAny(['*', '_', '[', '!', '<', '&', '`', '\\']) < 0)
        {
            return text;
        }

        var nextClose = NextIndex(text, ']');
        var nextParen = NextIndex(text, ')');
        var nextGt = NextIndex(text, '>');
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' when i + 1 < text.Length && char.IsPunctuation(text[i + 1]) || i + 1 < text.Length && char.IsSymbol(text[i + 1]):
                    builder.Append(text[++i]);
                    break;
                case '*' or '_':
                    var run = 1;
                    while (i + run < text.Length && text[i + run] == c)
                    {
                        run++;
                    }

                    if (c == '_' && !IsEmphasisUnderscore(text, i, run))
                    {
                        builder.Append(c, run);
                    }
                    else
                    {
                        // "**bold**", "__bold__", "_em_", "***both***": the model has one emphasis, written *…*.
                        builder.Append('*');
                    }

                    i += run - 1;
                    break;
                case '!' when i + 1 < text.Length && text[i + 1] == '[' && TryLink(text, i + 1, nextClose, nextParen, out var altEnd, out var alt):
                    builder.Append(alt); // not read again: nested brackets would make the pass quadratic
                    i = altEnd;
                    break;
                case '[' when TryLink(text, i, nextClose, nextParen, out var end, out var label):
                    builder.Append(label);
                    i = end;
                    break;
                case '`':
                    break;
                case '<' when nextGt[i] > 0 && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '!'):
                    var close = nextGt[i];
                    var tag = text.Substring(i + 1, close - i - 1);
                    builder.Append(Tag(tag));
                    i = close;
                    break;
                case '&':
                    i = Entity(text, i, builder);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>For each position, the index of the next <paramref name="mark"/> after it, or -1: one backward pass.</summary>
    private static int[] NextIndex(string text, char mark)
    {
        var next = new int[text.Length];
        var seen = -1;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            next[i] = seen;
            if (text[i] == mark)
            {
                seen = i;
            }
        }

        return next;
    }

    private static bool TryLink(string text, int open, int[] nextClose, int[] nextParen, out int end, out string label)
    {
        end = open;
        label = string.Empty;
        var close = nextClose[open];
        if (close < 0)
        {
            return false;
        }

        if (close + 1 < text.Length && text[close + 1] == '(' && nextParen[close + 1] > 0)
        {
            label = text.Substring(open + 1, close - open - 1);
            end = nextParen[close + 1];
            return true;
        }

        return false;
    }

    private static bool IsEmphasisUnderscore(string text, int start, int run)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = start + run < text.Length ? text[start + run] : ' ';
        // snake_case and URLs keep their underscores: emphasis needs a word boundary on one side.
        return !char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after);
    }

    private static string Tag(string tag)
    {
        if (tag.StartsWith("http", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return tag;
        }

        var name = tag.TrimStart('/');
        var length = 0;
        while (length < name.Length && char.IsLetterOrDigit(name[length]))
        {
            length++;
        }

        return name.Substring(0, length).ToUpperInvariant() switch
        {
            "BR" => "\n",
            "EM" or "I" or "STRONG" or "B" => "*",
            _ => string.Empty,
        };
    }

    private static int Entity(string text, int start, StringBuilder builder)
    {
        var limit = Math.Min(text.Length, start + MaxEntityLength);
        var semicolon = -1;
        for (var j = start + 1; j < limit; j++)
        {
            if (text[j] == ';')
            {
                semicolon = j;
                break;
            }

            if (!char.IsLetterOrDigit(text[j]) && text[j] != '#')
            {
                break;
            }
        }

        if (semicolon < 0)
        {
            builder.Append('&');
            return start;
        }

        var name = text.Substring(start + 1, semicolon - start - 1);
        if (Entities.TryGetValue(name, out var value))
        {
            builder.Append(value);
            return semicolon;
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name.Length > 2 && (name[1] == 'x' || name[1] == 'X');
            var digits = hex ? name.Substring(2) : name.Substring(1);
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) &&
                code is > 0x1F and <= 0x10FFFF and not (>= 0x7F and <= 0x9F) and not (>= 0xD800 and <= 0xDFFF) &&
                code is not ((>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069)))
            {
                builder.Append(char.ConvertFromUtf32(code));
                return semicolon;
            }
        }

        builder.Append('&');
        return start;
    }
}
