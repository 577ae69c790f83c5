using System;
using System.Collections.Generic;
using System.Text;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Import.Internal;

/// <summary>Small text helpers shared by the readers: words, list markers, emphasis, footnote marks, slugs.</summary>
internal static class TextTools
{
    private static readonly char[] Space = [' ', '\t'];

    public static string[] Words(string text) => text.Split(Space, StringSplitOptions.RemoveEmptyEntries);

    public static string FirstWord(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        return trimmed.Substring(0, end);
    }

    /// <summary>A word without the punctuation around it, lower case.</summary>
    public static string Bare(string word) => word.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '\'', '‘', '’', '*', '_', '[', ']').ToLowerInvariant();

    /// <summary>Removes a bullet (<c>-</c>, <c>*</c>, <c>•</c>) or a number (<c>12.</c>, <c>(3)</c>, <c>4)</c>, <c>a.</c>) from the start of a list item.</summary>
    public static string StripListMarker(string text, out bool hadMarker)
    {
        hadMarker = false;
        var t = text;
        // Nested markers ("- - x", "1. - x") are all removed; each turn removes at least one character.
        for (var guard = 0; guard < 8 && t.Length > 0; guard++)
        {
            var next = StripOneMarker(t);
            if (next.Length == t.Length)
            {
                break;
            }

            hadMarker = true;
            t = next;
        }

        return t;
    }

    private static string StripOneMarker(string t)
    {
        var c = t[0];
        if (c is '-' or '•' or '·' or '–' or '—' or '+' or '▪' or '◦' or '○' or '●' or '■' or '□' or '‣' or '⁃' or '►' or '✓' or '✔' or '→')
        {
            return t.Length > 1 && (t[1] == ' ' || t[1] == '\t') ? t.Substring(2).TrimStart() : (c is '•' or '·' or '▪' or '●' ? t.Substring(1).TrimStart() : t);
        }

        if (c == '*' && t.Length > 1 && (t[1] == ' ' || t[1] == '\t'))
        {
            return t.Substring(2).TrimStart();
        }

        var i = 0;
        var open = c == '(';
        if (open)
        {
            i++;
        }

        var digits = 0;
        while (i < t.Length && char.IsDigit(t[i]) && digits < 4)
        {
            i++;
            digits++;
        }

        if (digits == 0 && i < t.Length && char.IsLetter(t[i]) && (i + 1 < t.Length) && t[i + 1] is ')' or '.' && char.IsLower(t[i]) &&
            i + 2 < t.Length && t[i + 2] == ' ')
        {
            // "a) item", "b. item"
            return t.Substring(i + 2).TrimStart();
        }

        if (digits == 0 || i >= t.Length)
        {
            return t;
        }

        var mark = t[i];
        if (mark is '.' or ')' or ']' or ':' && (i + 1 >= t.Length || t[i + 1] == ' ' || t[i + 1] == '\t'))
        {
            if (mark == '.' && i + 1 < t.Length && char.IsDigit(t[i + 1]))
            {
                return t;
            }

            return i + 1 >= t.Length ? string.Empty : t.Substring(i + 1).TrimStart();
        }

        if (!open && (mark == '\t' || (mark == ' ' && digits <= 3 && i + 1 < t.Length && char.IsUpper(t[i + 1]) && LooksLikeRowNumber(t, i))))
        {
            // "12 Amnesty International" or "12<TAB>Amnesty": a table's row number.
            return t.Substring(i + 1).TrimStart();
        }

        return t;
    }

    // "3 Amnesty International" is a row number; "19 organisations signed" or "2021 Report" is not.
    private static bool LooksLikeRowNumber(string t, int end) => end <= 3;

    /// <summary>Tells whether a line starts with a bullet or a number that marks a list item.</summary>
    public static bool HasListMarker(string text)
    {
        StripListMarker(text, out var had);
        return had;
    }

    /// <summary>Removes emphasis marks around a whole text (<c>**Amnesty International**</c>).</summary>
    public static string StripEmphasis(string text)
    {
        var t = text.Trim();
        var start = 0;
        var end = t.Length;
        while (start < end && t[start] is '*' or '_')
        {
            start++;
        }

        while (end > start && t[end - 1] is '*' or '_')
        {
            end--;
        }

        // Leave a lone trailing "*" (a footnote mark) to StripFootnoteMarks when nothing opened it.
        if (start == 0 && end < t.Length)
        {
            return t;
        }

        var inner = t.Substring(start, end - start);
        if (!inner.Contains('*', StringComparison.Ordinal))
        {
            return inner.Trim();
        }

        // "**Name** (Country)": emphasis inside is dropped too, since signatures are read as names.
        var builder = new StringBuilder(inner.Length);
        foreach (var c in inner)
        {
            if (c != '*')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Removes footnote marks from the end of a name: <c>*</c>, <c>†</c>, <c>[1]</c>, <c>¹</c>, <c>^2</c>.</summary>
    public static string StripFootnoteMarks(string text, out bool hadMark)
    {
        hadMark = false;
        var t = text.TrimEnd();
        for (var guard = 0; guard < 6 && t.Length > 1; guard++)
        {
            var last = t[t.Length - 1];
            if (last is '*' or '†' or '‡' or '§' or '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹' or '⁰' or '#')
            {
                t = t.Substring(0, t.Length - 1).TrimEnd();
                hadMark = true;
                continue;
            }

            if (last == ']')
            {
                var open = t.LastIndexOf('[');
                if (open > 0 && t.Length - open <= 5 && IsDigits(t, open + 1, t.Length - 1))
                {
                    t = t.Substring(0, open).TrimEnd();
                    hadMark = true;
                    continue;
                }
            }

            var caret = t.LastIndexOf('^');
            if (caret > 0 && t.Length - caret <= 4 && IsDigits(t, caret + 1, t.Length))
            {
                t = t.Substring(0, caret).TrimEnd();
                hadMark = true;
                continue;
            }

            break;
        }

        return t;
    }

    private static bool IsDigits(string t, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsDigit(t[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether <paramref name="text"/> reads as an acronym: short, mostly capitals (<c>FIDH</c>, <c>LiNK</c>, <c>PSALT NK</c>).</summary>
    public static bool IsAcronymLike(string text)
    {
        var t = text.Trim();
        if (t.Length is < 2 or > 16)
        {
            return false;
        }

        var upper = 0;
        var letters = 0;
        var spaces = 0;
        foreach (var c in t)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (c == ' ')
            {
                spaces++;
            }
            else if (!char.IsDigit(c) && c is not ('-' or '&' or '.' or '+' or '/' or '\''))
            {
                return false;
            }
        }

        return spaces <= 2 && upper >= 2 && letters > 0 && upper * 2 >= letters + (letters > 4 ? 1 : 0) && char.IsUpper(t[0]) || IsDottedAcronym(t);
    }

    private static bool IsDottedAcronym(string t)
    {
        // "U.N.", "F.I.D.H."
        if (t.Length < 4)
        {
            return false;
        }

        for (var i = 0; i < t.Length; i++)
        {
            var ok = i % 2 == 0 ? char.IsUpper(t[i]) : t[i] == '.';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Makes a slug from <paramref name="text"/>: lower-case ASCII letters and digits joined by single hyphens, at most <paramref name="maxLength"/> characters, cut at a word.</summary>
    public static string Slug(string text, int maxLength = 48)
    {
        var unaccented = NameFolding.WithoutMarks(text);
        var builder = new StringBuilder();
        var hyphen = false;
        foreach (var c in unaccented)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                AppendSlugChar(builder, c, ref hyphen);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                AppendSlugChar(builder, char.ToLowerInvariant(c), ref hyphen);
            }
            else if (c is '\'' or '’')
            {
                continue;
            }
            else
            {
                hyphen = builder.Length > 0;
            }

            if (builder.Length >= maxLength + 16)
            {
                break;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug.Substring(0, cut) : slug.Substring(0, maxLength);
        }

        return slug.Trim('-');
    }

    private static void AppendSlugChar(StringBuilder builder, char c, ref bool hyphen)
    {
        if (hyphen && builder.Length > 0)
        {
            builder.Append('-');
        }

        hyphen = false;
        builder.Append(c);
    }

    /// <summary>
    /// Makes <paramref name="slug"/> unique among <paramref name="taken"/> by adding <c>-2</c>, <c>-3</c>…; the next
    /// number for each slug is remembered in <paramref name="next"/>, so a thousand equal slugs cost a thousand steps.
    /// </summary>
    public static string Unique(string slug, HashSet<string> taken, Dictionary<string, int> next)
    {
        if (taken.Add(slug))
        {
            return slug;
        }

        var n = next.TryGetValue(slug, out var from) ? from : 2;
        while (true)
        {
            var candidate = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            n++;
            if (taken.Add(candidate))
            {
                next[slug] = n;
                return candidate;
            }
        }
    }

    /// <summary>Ends with a sentence's end: <c>.</c>, <c>!</c>, <c>?</c>, maybe inside quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd('"', '”', '’', '\'', ')', ']', '*', ' ');
        return t.Length > 0 && t[t.Length - 1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    /// <summary>Tells whether the text's first letter is lower case (a paragraph split in the middle of a sentence goes on so).</summary>
    public static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Tells whether a text holds letters of a script without case (Han, Hangul, Arabic, Thai…).</summary>
    public static bool HasUncasedLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits at <paramref name="separator"/> outside brackets.</summary>
    public static List<string> SplitOutsideBrackets(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']' && depth > 0)
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                parts.Add(text.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start).Trim());
        return parts;
    }

    /// <summary>Counts the words of a text cheaply, for sizing decisions.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
