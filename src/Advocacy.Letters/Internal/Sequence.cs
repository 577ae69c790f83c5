using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Advocacy.Letters.Internal;

/// <summary>
/// Value equality for <see cref="ImmutableArray{T}"/>, which records would otherwise compare by reference.
/// </summary>
internal static class Sequence
{
    /// <summary>A default (uninitialised) array becomes empty, so "none" is always <c>[]</c>, never a trap.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;

    public static bool ItemsEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        var a = left.OrEmpty();
        var b = right.OrEmpty();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static void AddItems<T>(this ref HashCode hash, ImmutableArray<T> items)
    {
        var a = items.OrEmpty();
        hash.Add(a.Length);
        foreach (var item in a)
        {
            hash.Add(item);
        }
    }
}
