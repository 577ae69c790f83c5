using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Advocacy.Letters.Internal;

/// <summary>
/// Folds a name to the form <see cref="PartyKey"/> compares: canonical (NFD) and, for the Halfwidth and Fullwidth
/// Forms block and the ideographic space, compatibility decomposition; combining marks removed; white space runs as
/// one space, trimmed; upper case by the invariant simple mapping.
/// </summary>
/// <remarks>
/// <para>Decomposition reads <see cref="NameFoldingTable"/>, never <see cref="string.Normalize()"/>: under
/// <c>InvariantGlobalization</c> .NET has no normalization data (<c>Normalize</c> returns its input unchanged), and a key
/// must not change with the machine. Hangul syllables decompose by the Unicode algorithm, which needs no table. A test
/// regenerates the table from this machine's ICU and fails when the two differ.</para>
/// <para>Combining marks are recognised by <see cref="CharUnicodeInfo"/>, whose data ships inside .NET and needs no ICU
/// either.</para>
/// </remarks>
internal static class NameFolding
{
    private const int HangulBase = 0xAC00;
    private const int HangulCount = 11172;
    private const int JamoLBase = 0x1100;
    private const int JamoVBase = 0x1161;
    private const int JamoTBase = 0x11A7;
    private const int JamoVCount = 21;
    private const int JamoTCount = 28;

    private static readonly Dictionary<int, string> Decompositions = ParseTable(NameFoldingTable.Data);

    // Below the table's first code point (and outside Hangul) a character decomposes to itself: ASCII never looks.
    private static readonly int FirstDecomposed = Min(Decompositions.Keys);

    // The most characters one input character can become: a decomposition or a Hangul syllable's three jamo, plus
    // the one space a preceding white-space run leaves.
    private static readonly int MostPerCharacter = 1 + Math.Max(3, MaxLength(Decompositions.Values));

    /// <summary>Folds <paramref name="name"/>; see the class remarks for what is folded.</summary>
    public static string Fold(string name)
    {
        var buffer = new char[Capacity(name)];
        var length = Decompose(name, buffer);
        return new string(buffer, 0, length).ToUpperInvariant();
    }

    /// <summary>
    /// Returns <paramref name="text"/> decomposed as <see cref="Fold"/> decomposes it, by the table, and without its
    /// combining marks, but with its white space and case as given: "Côte d’Ivoire" becomes "Cote d’Ivoire" with or
    /// without ICU, where <see cref="string.Normalize()"/> would leave it as it is under <c>InvariantGlobalization</c>.
    /// </summary>
    public static string WithoutMarks(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < 0x80)
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var buffer = new char[Capacity(text)];
        text.CopyTo(0, buffer, 0, i);
        var length = i;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var pair = IsPair(text, i);
            if (c < 0x80)
            {
                buffer[length++] = c;
            }
            else if (!IsMark(text, i))
            {
                length = AppendDecomposed(buffer, length, text, i, pair ? char.ConvertToUtf32(c, text[i + 1]) : c, pair);
            }

            if (pair)
            {
                i++;
            }
        }

        return new string(buffer, 0, length);
    }

    /// <summary>
    /// Folds <paramref name="name"/> into <paramref name="destination"/>, exactly as <see cref="Fold"/> does but without
    /// allocating on .NET 8 and later; <paramref name="scratch"/> holds the form before upper-casing. Either buffer is
    /// replaced by a larger one when too small.
    /// </summary>
    /// <returns>The folded name's length, from the start of <paramref name="destination"/>.</returns>
    public static int FoldInto(string name, ref char[] scratch, ref char[] destination, int destinationStart)
    {
#if NET8_0_OR_GREATER
        if (IsPlainAscii(name))
        {
            // Nothing to decompose, remove or collapse: the folded name is the name in ASCII upper case.
            EnsureRoom(ref destination, destinationStart, name.Length);
            Ascii.ToUpper(name.AsSpan(), destination.AsSpan(destinationStart), out var written);
            return written;
        }

#endif
        var capacity = Capacity(name);
        if (scratch.Length < capacity)
        {
            scratch = new char[Math.Max(capacity, scratch.Length * 2)];
        }

        var length = Decompose(name, scratch);
        EnsureRoom(ref destination, destinationStart, length);
        return UpperInvariant(scratch.AsSpan(0, length), destination.AsSpan(destinationStart));
    }

    /// <summary>
    /// Writes <paramref name="source"/> upper-cased by the invariant simple mapping, as
    /// <see cref="string.ToUpperInvariant"/> does, to <paramref name="destination"/> (which must not overlap it).
    /// </summary>
    /// <returns>The number of characters written: the source's length.</returns>
    public static int UpperInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
#if NET8_0_OR_GREATER
        return source.ToUpperInvariant(destination);
#else
        // No span casing before .NET Core 3.0: go through a string, so that the mapping is string.ToUpperInvariant's.
        var upper = source.ToString().ToUpperInvariant();
        upper.AsSpan().CopyTo(destination);
        return upper.Length;
#endif
    }

    /// <summary>Makes <paramref name="buffer"/> hold at least <paramref name="count"/> more characters after <paramref name="start"/>.</summary>
    public static void EnsureRoom(ref char[] buffer, int start, int count)
    {
        if (buffer.Length - start < count)
        {
            Array.Resize(ref buffer, Math.Max(start + count, buffer.Length * 2));
        }
    }

#if NET8_0_OR_GREATER
    // ASCII without controls, with single spaces between words and none at either end, like most names: folding only
    // upper-cases it.
    private static bool IsPlainAscii(string name) =>
        name.Length > 0 && name[0] != ' ' && name[^1] != ' ' && Ascii.IsValid(name) &&
        name.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 && name.AsSpan().IndexOf("  ".AsSpan()) < 0;

#endif
    private static int Capacity(string name) => (name.Length * MostPerCharacter) + 1;

    private static int Decompose(string name, char[] buffer)
    {
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c < 0x80)
            {
                // ASCII: no combining marks and no decompositions, so only white space needs a look.
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
                continue;
            }

            var pair = IsPair(name, i);
            var codePoint = pair ? char.ConvertToUtf32(c, name[i + 1]) : c;
            if (char.IsWhiteSpace(name, i) || codePoint == 0x3000)
            {
                pendingSpace = length > 0;
            }
            else if (!IsMark(name, i))
            {
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                length = AppendDecomposed(buffer, length, name, i, codePoint, pair);
            }

            if (pair)
            {
                i++;
            }
        }

        return length;
    }

    private static bool IsPair(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);

    // A combining mark, which folding removes: non-spacing (the acute in "é" decomposed) or enclosing (the keycap).
    private static bool IsMark(string text, int index) =>
        CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static int AppendDecomposed(char[] buffer, int length, string name, int index, int codePoint, bool pair)
    {
        if (codePoint is >= HangulBase and < HangulBase + HangulCount)
        {
            var s = codePoint - HangulBase;
            buffer[length++] = (char)(JamoLBase + (s / (JamoVCount * JamoTCount)));
            buffer[length++] = (char)(JamoVBase + (s % (JamoVCount * JamoTCount) / JamoTCount));
            if (s % JamoTCount != 0)
            {
                buffer[length++] = (char)(JamoTBase + (s % JamoTCount));
            }
        }
        else if (codePoint >= FirstDecomposed && Decompositions.TryGetValue(codePoint, out var decomposed))
        {
            decomposed.CopyTo(0, buffer, length, decomposed.Length);
            length += decomposed.Length;
        }
        else
        {
            buffer[length++] = name[index];
            if (pair)
            {
                buffer[length++] = name[index + 1];
            }
        }

        return length;
    }

    private static int Min(IEnumerable<int> values)
    {
        var min = int.MaxValue;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
        }

        return min;
    }

    private static int MaxLength(IEnumerable<string> values)
    {
        var max = 0;
        foreach (var value in values)
        {
            max = Math.Max(max, value.Length);
        }

        return max;
    }

    /// <summary>Reads <c>CODE:REPLACEMENT;…</c>, hexadecimal code points, a replacement's separated by commas.</summary>
    private static Dictionary<int, string> ParseTable(string data)
    {
        var table = new Dictionary<int, string>();
        foreach (var entry in data.Split(';'))
        {
            if (entry.Length == 0)
            {
                continue;
            }

            var parts = entry.Split(':', ',');
            var value = new StringBuilder();
            for (var i = 1; i < parts.Length; i++)
            {
                if (parts[i].Length > 0)
                {
                    value.Append(char.ConvertFromUtf32(Hex(parts[i])));
                }
            }

            table[Hex(parts[0])] = value.ToString();
        }

        return table;
    }

    private static int Hex(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 16) + (c <= '9' ? c - '0' : c - 'A' + 10);
        }

        return value;
    }
}
