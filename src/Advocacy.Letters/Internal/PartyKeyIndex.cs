using System;

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
    /// <summary>The longest probe the fast hash is allowed; at half full, a probe of 2 is the average.</summary>
    internal const int MaxProbes = 32;

    private readonly FastHash fastHash;
    private char[] keys = new char[1024];
    private char[] scratch = new char[128];
    private int used;

    // table[h & mask] is 1 + the entry's number, 0 where empty; the entries are in the order they were added.
    private int[] table = new int[64];
    private Slot[] slots = new Slot[32];
    private int count;

    public PartyKeyIndex()
        : this(Fast)
    {
    }

    /// <summary>An index whose fast hash is <paramref name="fastHash"/>: for tests of keys that collide.</summary>
    internal PartyKeyIndex(FastHash fastHash) => this.fastHash = fastHash;

    /// <summary>A hash of a key's characters.</summary>
    internal delegate int FastHash(ReadOnlySpan<char> characters);

    /// <summary>Gets how many distinct keys are held.</summary>
    public int Count => count;

    /// <summary>Gets how many characters the two buffers hold: what keeping this instance costs, beside a table of at most four entries a key.</summary>
    public int Capacity => keys.Length + scratch.Length;

    /// <summary>Gets whether the keys are hashed with the randomized hash, after a probe grew too long.</summary>
    internal bool Randomized { get; private set; }

    /// <summary>Gets how many entries all the look-ups so far have compared: linear in the keys, whatever they are.</summary>
    internal long Probes { get; private set; }

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

        var key = new Slot(start, nameLength, countryLength, 0, index);
        var position = Find(ref key, out var first);
        if (first >= 0)
        {
            return first; // The characters just written are left unused; the next key overwrites them.
        }

        Add(key, position);
        used = start + key.Length;
        return -1;
    }

    /// <summary>Forgets every key, keeping the buffers for the next use, and goes back to the fast hash.</summary>
    public void Clear()
    {
        Array.Clear(table, 0, table.Length);
        count = 0;
        used = 0;
        Randomized = false;
        Probes = 0;
    }

    // The index first recorded for the key, or -1 and the empty place where it goes. A probe that grows too long with
    // the fast hash hashes every key again with the randomized one, and looks again.
    private int Find(ref Slot key, out int first)
    {
        key = key.WithHash(Hash(key));
        var mask = table.Length - 1;
        var position = key.Hash & mask;
        for (var probe = 1; table[position] is var entry and not 0; probe++, position = (position + 1) & mask)
        {
            Probes++;
            ref readonly var held = ref slots[entry - 1];
            if (held.Hash == key.Hash && SameKey(held, key))
            {
                first = held.First;
                return position;
            }

            if (probe >= MaxProbes && !Randomized)
            {
                Randomize();
                return Find(ref key, out first);
            }
        }

        first = -1;
        return position;
    }

    // Two djb2 lanes (even and odd characters), mixed: faster than the randomized hash, and the same in every process.
    private static int Fast(ReadOnlySpan<char> characters)
    {
        unchecked
        {
            uint even = 5381, odd = 5381;
            var i = 0;
            for (; i + 1 < characters.Length; i += 2)
            {
                even = ((even << 5) + even) ^ characters[i];
                odd = ((odd << 5) + odd) ^ characters[i + 1];
            }

            if (i < characters.Length)
            {
                even = ((even << 5) + even) ^ characters[i];
            }

            // MurmurHash3's finalizer: every bit of the lanes reaches the low bits that pick a place in the table.
            var hash = even + (odd * 1566083941u);
            hash = (hash ^ (hash >> 16)) * 0x85EBCA6Bu;
            hash = (hash ^ (hash >> 13)) * 0xC2B2AE35u;
            return (int)(hash ^ (hash >> 16));
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

    private int Hash(Slot slot)
    {
        var characters = keys.AsSpan(slot.Start, slot.Length);
        var hash = Randomized ? RandomizedHash(characters) : fastHash(characters);

        // The country's length tells "name + country" from a longer name without one.
        return unchecked(hash ^ (slot.CountryLength * -1640531535));
    }

    private bool SameKey(in Slot x, in Slot y) =>
        x.NameLength == y.NameLength && x.CountryLength == y.CountryLength &&
        keys.AsSpan(x.Start, x.Length).SequenceEqual(keys.AsSpan(y.Start, y.Length));

    private void Add(Slot key, int position)
    {
        if (count == slots.Length)
        {
            Array.Resize(ref slots, slots.Length * 2);
        }

        slots[count++] = key;
        table[position] = count;
        if (count * 2 > table.Length)
        {
            Rebuild(table.Length * 2);
        }
    }

    // Every key hashed again with the randomized hash: the fast one met keys that collide.
    private void Randomize()
    {
        Randomized = true;
        for (var i = 0; i < count; i++)
        {
            slots[i] = slots[i].WithHash(Hash(slots[i]));
        }

        Rebuild(table.Length);
    }

    private void Rebuild(int size)
    {
        table = table.Length == size ? table : new int[size];
        Array.Clear(table, 0, table.Length);
        var mask = size - 1;
        for (var i = 0; i < count; i++)
        {
            var position = slots[i].Hash & mask;
            while (table[position] != 0)
            {
                position = (position + 1) & mask;
                Probes++;
            }

            table[position] = i + 1;
        }
    }

    /// <summary>A key in the buffer (the folded name, then the upper-case country, length -1 when there is none), its hash, and the index first recorded for it.</summary>
    private readonly struct Slot(int start, int nameLength, int countryLength, int hash, int first)
    {
        public int Start { get; } = start;

        public int NameLength { get; } = nameLength;

        public int CountryLength { get; } = countryLength;

        public int Hash { get; } = hash;

        public int First { get; } = first;

        public int Length => NameLength + Math.Max(CountryLength, 0);

        public Slot WithHash(int newHash) => new(Start, NameLength, CountryLength, newHash, First);
    }
}
