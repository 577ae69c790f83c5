using System;
using System.Runtime.InteropServices;

namespace Advocacy.Letters.Internal;

/// <summary>
/// The first index at which each party's <see cref="PartyKey"/> was seen, without building a key string per party:
/// folded names and countries are written into one reused character buffer and compared there. Two parties share an
/// entry exactly when their <see cref="PartyKey"/>s are equal.
/// </summary>
/// <remarks>
/// A table of its own (open addressing, linear probing, at most half full) rather than a dictionary: the keys are
/// hashed with a fast hash that is the same in every process, and only when a probe grows longer than
/// <see cref="MaxProbes"/> (names made to collide, which would make the check quadratic) is every key hashed again with
/// the runtime's randomized string hash, as <c>Dictionary&lt;string, …&gt;</c> does for its own keys. The randomized
/// hash was a fifth of a large letter's validation.
/// <para>Not thread-safe: one instance serves one validation at a time (see <c>ValidationScratch</c>).</para>
/// </remarks>
internal sealed class PartyKeyIndex
{
    /// <summary>The longest probe the fast hash is allowed; at half full, a probe takes about 2 on average.</summary>
    internal const int MaxProbes = 32;

    /// <summary>What a key's hash is XORed with, times its country's length (-1 without one).</summary>
    internal const int CountryLengthMix = -1640531535;

    private const int FirstTableBits = 6;

    private readonly FastHash? testHash;
    private char[] keys = new char[1024];
    private char[] scratch = new char[128];
    private int used;

    // table[place] is 1 + the entry's number, 0 where empty; a key's place is the top tableBits bits of its hash times
    // the golden ratio (Fibonacci hashing), so that every bit of the hash counts. The entries are in the order added.
    private int[] table = new int[1 << FirstTableBits];
    private int tableBits = FirstTableBits;
    private Entry[] entries = new Entry[32];
    private int count;

    public PartyKeyIndex()
    {
    }

    /// <summary>An index whose fast hash is <paramref name="testHash"/>: for tests of keys that collide.</summary>
    internal PartyKeyIndex(FastHash testHash) => this.testHash = testHash;

    /// <summary>A hash of a key's characters.</summary>
    internal delegate int FastHash(ReadOnlySpan<char> characters);

    /// <summary>Gets how many distinct keys are held.</summary>
    public int Count => count;

    /// <summary>
    /// Gets how many characters the two buffers hold: what keeping this instance mostly costs, beside a table of at
    /// most four places (16 bytes) and at most two entries (48 bytes) per key of the largest letter seen.
    /// </summary>
    public int Capacity => keys.Length + scratch.Length;

    /// <summary>Gets whether the keys are hashed with the randomized hash, after a probe grew too long.</summary>
    internal bool Randomized { get; private set; }

    /// <summary>Gets how many places the look-ups and rebuilds since the last <see cref="Clear"/> have stepped over: linear in the keys, whatever they are.</summary>
    internal long Probes { get; private set; }

    /// <summary>
    /// Records <paramref name="index"/> for the key of <paramref name="name"/> and <paramref name="country"/>
    /// (<see cref="PartyKey.Create"/>), unless that key is already held.
    /// </summary>
    /// <returns>-1 when the key is new; otherwise the index recorded for it first.</returns>
    public int FirstOrAdd(string name, string? country, int index)
    {
        var key = new Entry { Start = used, First = index, CountryLength = -1 };
        key.NameLength = NameFolding.FoldInto(name, ref scratch, ref keys, key.Start);
        if (!string.IsNullOrEmpty(country))
        {
            NameFolding.EnsureRoom(ref keys, key.Start + key.NameLength, country!.Length);
            key.CountryLength = NameFolding.UpperInvariant(country.AsSpan(), keys.AsSpan(key.Start + key.NameLength));
        }

        key.Hash = Hash(key);
        var place = Find(ref key, out var first);
        if (first >= 0)
        {
            return first; // The characters just written are left unused; the next key overwrites them.
        }

        if (count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        key.Place = place;
        entries[count++] = key;
        table[place] = count;
        used = key.Start + key.Length;
        if (count * 2 > table.Length)
        {
            Rebuild(tableBits + 1);
        }

        return -1;
    }

    /// <summary>Forgets every key, keeping the buffers for the next use, and goes back to the fast hash.</summary>
    public void Clear()
    {
        // Only the places in use: after one letter with thousands of signatories, the table stays that large for the
        // letters of a few each that follow.
        for (var i = 0; i < count; i++)
        {
            table[entries[i].Place] = 0;
        }

        count = 0;
        used = 0;
        Randomized = false;
        Probes = 0;
    }

    // Two djb2 lanes over pairs of characters, four characters a step: faster than the randomized hash, and the same in
    // every process. Fibonacci placement mixes it.
    private static int Fast(ReadOnlySpan<char> characters)
    {
        unchecked
        {
            var pairs = MemoryMarshal.Cast<char, uint>(characters);
            uint even = 5381, odd = 5381;
            var i = 0;
            for (; i + 1 < pairs.Length; i += 2)
            {
                even = ((even << 5) + even) ^ pairs[i];
                odd = ((odd << 5) + odd) ^ pairs[i + 1];
            }

            if (i < pairs.Length)
            {
                even = ((even << 5) + even) ^ pairs[i];
            }

            if ((characters.Length & 1) != 0)
            {
                odd = ((odd << 5) + odd) ^ characters[characters.Length - 1];
            }

            return (int)(even + (odd * 1566083941u));
        }
    }

    private static int RandomizedHash(ReadOnlySpan<char> characters)
    {
#if NET8_0_OR_GREATER
        return string.GetHashCode(characters);
#else
        var hash = default(HashCode);
        foreach (var c in characters)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
#endif
    }

    private int Hash(in Entry key)
    {
        var characters = keys.AsSpan(key.Start, key.Length);
        var hash = Randomized ? RandomizedHash(characters) : testHash is null ? Fast(characters) : testHash(characters);

        // The country's length tells "name + country" from a longer name without one.
        return unchecked(hash ^ (key.CountryLength * CountryLengthMix));
    }

    private int PlaceOf(int hash) => (int)(unchecked((uint)hash * 2654435769u) >> (32 - tableBits));

    // The index first recorded for the key, or -1 and the empty place where it goes. A probe that grows too long with
    // the fast hash hashes every key again with the randomized one, and looks again.
    private int Find(ref Entry key, out int first)
    {
        var mask = table.Length - 1;
        var place = PlaceOf(key.Hash);
        for (var probe = 1; table[place] is var entry and not 0; probe++, place = (place + 1) & mask)
        {
            Probes++;
            ref readonly var held = ref entries[entry - 1];
            if (held.Hash == key.Hash && held.NameLength == key.NameLength && held.CountryLength == key.CountryLength &&
                keys.AsSpan(held.Start, held.Length).SequenceEqual(keys.AsSpan(key.Start, key.Length)))
            {
                first = held.First;
                return place;
            }

            if (probe >= MaxProbes && !Randomized)
            {
                Randomize();
                key.Hash = Hash(key);
                return Find(ref key, out first);
            }
        }

        first = -1;
        return place;
    }

    // Every key hashed again with the randomized hash: the fast one met keys that collide.
    private void Randomize()
    {
        Randomized = true;
        for (var i = 0; i < count; i++)
        {
            entries[i].Hash = Hash(entries[i]);
        }

        Rebuild(tableBits);
    }

    private void Rebuild(int bits)
    {
        if (bits == tableBits)
        {
            Array.Clear(table, 0, table.Length);
        }
        else
        {
            table = new int[1 << bits];
            tableBits = bits;
        }

        var mask = table.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var place = PlaceOf(entries[i].Hash);
            while (table[place] != 0)
            {
                place = (place + 1) & mask;
                Probes++;
            }

            table[place] = i + 1;
            entries[i].Place = place;
        }
    }

    /// <summary>
    /// A key in the buffer (the folded name, then the upper-case country, length -1 when there is none), its hash, the
    /// index first recorded for it, and its place in the table.
    /// </summary>
    private struct Entry
    {
        public int Start;
        public int NameLength;
        public int CountryLength;
        public int Hash;
        public int First;
        public int Place;

        public readonly int Length => NameLength + Math.Max(CountryLength, 0);
    }
}
