using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace Advocacy.Letters.Internal;

/// <summary>
/// The first index at which each party's <see cref="PartyKey"/> was seen, without building a key string per party:
/// folded names and countries are written into one reused character buffer and compared there. Two parties share an
/// entry exactly when their <see cref="PartyKey"/>s are equal.
/// </summary>
/// <remarks>Not thread-safe: one instance serves one validation at a time (see <c>ValidationScratch</c>).</remarks>
internal sealed class PartyKeyIndex
{
    private readonly Dictionary<Slot, int> firstIndex;
    private char[] keys = new char[1024];
    private char[] scratch = new char[128];
    private int used;

    public PartyKeyIndex() => firstIndex = new Dictionary<Slot, int>(new SlotComparer(this));

    /// <summary>Gets how many distinct keys are held.</summary>
    public int Count => firstIndex.Count;

    /// <summary>Gets how many characters the two buffers hold: what keeping this instance costs.</summary>
    public int Capacity => keys.Length + scratch.Length;

    /// <summary>
    /// Records <paramref name="index"/> for the key of <paramref name="name"/> and <paramref name="country"/>
    /// (<see cref="PartyKey.Create"/>), unless that key is already held.
    /// </summary>
    /// <returns>-1 when the key is new; otherwise the index recorded for it first.</returns>
    public int FirstOrAdd(string name, string? country, int index)
    {
        var start = used;
        var nameLength = NameFolding.FoldInto(name, ref scratch, ref keys, start);
        var countryLength = -1;
        if (!string.IsNullOrEmpty(country))
        {
            NameFolding.EnsureRoom(ref keys, start + nameLength, country!.Length);
            countryLength = NameFolding.UpperInvariant(country.AsSpan(), keys.AsSpan(start + nameLength));
        }

        var slot = new Slot(start, nameLength, countryLength, Hash(keys.AsSpan(start, nameLength + Math.Max(countryLength, 0)), countryLength));
#if NET8_0_OR_GREATER
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstIndex, slot, out var exists);
        if (!exists)
        {
            first = index;
        }
#else
        var exists = firstIndex.TryGetValue(slot, out var first);
        if (!exists)
        {
            firstIndex.Add(slot, index);
        }
#endif
        if (exists)
        {
            return first; // The characters just written are left unused; the next key overwrites them.
        }

        used = start + slot.Length;
        return -1;
    }

    /// <summary>Forgets every key, keeping the buffers for the next use.</summary>
    public void Clear()
    {
        firstIndex.Clear();
        used = 0;
    }

    private static int Hash(ReadOnlySpan<char> characters, int countryLength)
    {
#if NET8_0_OR_GREATER
        return HashCode.Combine(string.GetHashCode(characters), countryLength);
#else
        var hash = default(HashCode);
        foreach (var c in characters)
        {
            hash.Add(c);
        }

        hash.Add(countryLength);
        return hash.ToHashCode();
#endif
    }

    private ReadOnlySpan<char> Characters(Slot slot) => keys.AsSpan(slot.Start, slot.Length);

    /// <summary>A key in the buffer: the folded name, then the upper-case country (length -1 when there is none).</summary>
    private readonly struct Slot(int start, int nameLength, int countryLength, int hash)
    {
        public int Start { get; } = start;

        public int NameLength { get; } = nameLength;

        public int CountryLength { get; } = countryLength;

        public int Hash { get; } = hash;

        public int Length => NameLength + Math.Max(CountryLength, 0);
    }

    /// <summary>Compares slots by their characters in the owner's buffer, which may have been replaced by a larger one.</summary>
    private sealed class SlotComparer(PartyKeyIndex owner) : IEqualityComparer<Slot>
    {
        public bool Equals(Slot x, Slot y) =>
            x.NameLength == y.NameLength && x.CountryLength == y.CountryLength &&
            owner.Characters(x).SequenceEqual(owner.Characters(y));

        public int GetHashCode(Slot obj) => obj.Hash;
    }
}
