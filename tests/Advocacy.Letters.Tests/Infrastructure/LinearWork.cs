using System;
using Xunit;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>
/// Shows that work grows linearly, without timing anything: for an input twice as large, the steps a piece of code
/// counts and the bytes it allocates are about twice as many.
/// </summary>
internal static class LinearWork
{
    /// <summary>Runs <paramref name="work"/> on both inputs and asserts that the larger costs about twice the smaller.</summary>
    /// <param name="small">The input.</param>
    /// <param name="large">The input at twice the size.</param>
    /// <param name="work">Runs the code on an input and gives the steps it counted.</param>
    public static void AssertLinear(string small, string large, Func<string, long> work)
    {
        // Each size three times, in turn, and the least taken: the bytes a run allocates can fall once the JIT has
        // optimised the code, and when that happens depends on what else the machine is running.
        long smallSteps = 0, largeSteps = 0, smallBytes = long.MaxValue, largeBytes = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            smallSteps = work(small);
            smallBytes = Math.Min(smallBytes, GC.GetAllocatedBytesForCurrentThread() - before);
            before = GC.GetAllocatedBytesForCurrentThread();
            largeSteps = work(large);
            largeBytes = Math.Min(largeBytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.InRange((double)largeSteps / smallSteps, 1.6, 2.4);
        Assert.InRange((double)largeBytes / smallBytes, 1.4, 2.6);
        Assert.True(largeSteps < 40L * large.Length, $"{largeSteps} steps for {large.Length} characters");
    }
}
