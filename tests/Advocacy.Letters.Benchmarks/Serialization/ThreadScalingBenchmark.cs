using System.Threading;
using BenchmarkDotNet.Attributes;

namespace Advocacy.Letters.Benchmarks.Serialization;

/// <summary>
/// The control for the corpus's two-thread target: what this machine and runtime give two threads of one process
/// against one, for work that allocates as a parse does (about 9 kB of short strings and small arrays an item, the
/// shape of a generated letter) and for the same loops without allocating. One operation is
/// <see cref="Items"/> items, split evenly over the threads; compare 2 threads with 1 within each kind.
/// </summary>
public class ThreadScalingBenchmark
{
    /// <summary>The items in one operation.</summary>
    public const int Items = 100_000;

    private const int Lists = 20;
    private const int Fields = 5;

    // Text of mixed scripts, as a letter's names and labels are.
    private static readonly char[] Text = "Human Rights Watch (HRW), ROK — 인권 단체 연합".ToCharArray();

    [Benchmark(Baseline = true, Description = "compute, 1 thread")]
    public long ComputeOneThread() => Run(1, allocate: false);

    [Benchmark(Description = "compute, 2 threads")]
    public long ComputeTwoThreads() => Run(2, allocate: false);

    [Benchmark(Description = "allocate like a letter, 1 thread")]
    public long AllocateOneThread() => Run(1, allocate: true);

    [Benchmark(Description = "allocate like a letter, 2 threads")]
    public long AllocateTwoThreads() => Run(2, allocate: true);

    private static long Run(int threads, bool allocate)
    {
        var total = 0L;
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var first = t * (Items / threads);
            workers[t] = new Thread(() => Interlocked.Add(ref total, Work(first, Items / threads, allocate) & 0xFFFF));
            workers[t].Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        return total;
    }

    private static long Work(int first, int count, bool allocate)
    {
        var sum = 0L;
        for (var i = first; i < first + count; i++)
        {
            sum = unchecked(sum + (allocate ? Build(i)[i % Lists][0].Length : Hash(i)));
        }

        return sum;
    }

    // A letter's worth of objects: lists of string fields, each string 10 to 39 characters.
    private static string[][] Build(int seed)
    {
        var lists = new string[Lists][];
        for (var i = 0; i < Lists; i++)
        {
            var fields = new string[Fields];
            for (var f = 0; f < Fields; f++)
            {
                fields[f] = new string(Text, 0, Length(seed, i, f));
            }

            lists[i] = fields;
        }

        return lists;
    }

    // The same characters read, nothing allocated.
    private static long Hash(int seed)
    {
        var hash = (long)seed;
        for (var i = 0; i < Lists; i++)
        {
            for (var f = 0; f < Fields; f++)
            {
                for (var c = 0; c < Length(seed, i, f); c++)
                {
                    // A hash: its overflow is the point, and the project checks arithmetic.
                    hash = unchecked((hash * 31) + Text[c]);
                }
            }
        }

        return hash;
    }

    private static int Length(int seed, int list, int field) => 10 + ((seed + list + field) % 30);
}
