namespace Advocacy.Letters.Internal;

/// <summary>
/// A small, fixed pseudo-random generator (SplitMix64, Steele, Lea and Flood, 2014): integer arithmetic only, so the
/// same seed gives the same numbers on every machine, runtime and target framework, which
/// <see cref="System.Random"/> does not promise.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    /// <summary>Mixes one value into a well-spread 64-bit hash: the generator's output function, applied once.</summary>
    public static ulong Mix(ulong value)
    {
        // Wrapping multiplication is the algorithm (the build checks overflow elsewhere).
        unchecked
        {
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong Next()
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        return Mix(state);
    }

    /// <summary>Returns a number from 0 to <paramref name="bound"/> − 1 (which must be positive), without modulo bias.</summary>
    public int Below(int bound)
    {
        // Rejection sampling: drop the top values that would make some results one more likely than others.
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);

        return (int)(value % (ulong)bound);
    }

    /// <summary>Returns a number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>Returns <see langword="true"/> with a chance of <paramref name="percent"/> in 100.</summary>
    public bool Chance(int percent) => Below(100) < percent;

    /// <summary>Returns one item of <paramref name="items"/>, each as likely.</summary>
    public T Pick<T>(T[] items) => items[Below(items.Length)];
}
