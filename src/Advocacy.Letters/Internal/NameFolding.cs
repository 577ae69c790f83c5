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

    /// <summary>Folds <paramref name="name"/>; see the class remarks for what is folded.</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var pair = char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(name[i], name[i + 1]) : name[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(name, i);
            if (char.IsWhiteSpace(name, i) || codePoint == 0x3000)
            {
                pendingSpace = builder.Length > 0;
            }
            else if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                AppendDecomposed(builder, name, i, codePoint, pair);
            }

            if (pair)
            {
                i++;
            }
        }

        return builder.ToString().ToUpperInvariant();
    }

    private static void AppendDecomposed(StringBuilder builder, string name, int index, int codePoint, bool pair)
    {
        if (codePoint is >= HangulBase and < HangulBase + HangulCount)
        {
            var s = codePoint - HangulBase;
            builder.Append((char)(JamoLBase + (s / (JamoVCount * JamoTCount))));
            builder.Append((char)(JamoVBase + (s % (JamoVCount * JamoTCount) / JamoTCount)));
            if (s % JamoTCount != 0)
            {
                builder.Append((char)(JamoTBase + (s % JamoTCount)));
            }
        }
        else if (Decompositions.TryGetValue(codePoint, out var decomposed))
        {
            builder.Append(decomposed);
        }
        else
        {
            builder.Append(name, index, pair ? 2 : 1);
        }
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
