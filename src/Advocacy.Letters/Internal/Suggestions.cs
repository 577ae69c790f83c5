using System;
using System.Collections.Generic;

namespace Advocacy.Letters.Internal;

/// <summary>"Did you mean": the nearest of a few known names (members, ids) to one that is not among them.</summary>
internal static class Suggestions
{
    /// <summary>At most this many edits apart (insertions, deletions, substitutions, swaps of neighbours).</summary>
    public const int MaxDistance = 2;

    /// <summary>Names longer than this are not compared: no member or id is close to a paragraph of text.</summary>
    private const int MaxLength = 64;

    /// <summary>The nearest of <paramref name="known"/> within <see cref="MaxDistance"/> edits (one for a name of 4 or 5 characters, none for a shorter one), the first on a tie, or <see langword="null"/>.</summary>
    public static string? Nearest(string name, IEnumerable<string> known)
    {
        if (name.Length > MaxLength)
        {
            return null;
        }

        // A short name is near everything: 'a' is one edit from 'id'. Allow fewer edits the shorter it is.
        var allowed = name.Length switch
        {
            <= 3 => 0,
            <= 5 => 1,
            _ => MaxDistance,
        };
        string? nearest = null;
        var best = allowed + 1;
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - name.Length) >= best || candidate.Length > MaxLength)
            {
                continue;
            }

            var distance = Distance(name, candidate);
            if (distance < best)
            {
                best = distance;
                nearest = candidate;
            }
        }

        return nearest;
    }

    /// <summary>The optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring), ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) &&
                    char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
