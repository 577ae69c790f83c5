using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Advocacy.Letters.Serialization.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization.Internal;

public class OrderedParallelTests
{
    /// <summary>
    /// A caller that stops early stops the reading: a worker that was waiting for its turn at the source when the
    /// caller stopped must not read on (with a blocking source, such as a pipe, each such read would hold
    /// <c>Dispose</c> up). Every step waits for a state, never for a time.
    /// </summary>
    [Fact]
    public void Stopped_WorkersWaitingForTheSource_ReadNoMore()
    {
        var gate = new SemaphoreSlim(0);
        var waiting = 0;
        var stopped = false;
        var readsBegunAfterStop = 0;

        // Item 0 at once; each later item only when the test lets it through.
        IEnumerable<int> Source()
        {
            yield return 0;
            for (var i = 1; ; i++)
            {
                if (Volatile.Read(ref stopped))
                {
                    Interlocked.Increment(ref readsBegunAfterStop);
                }

                Interlocked.Increment(ref waiting);
                gate.Wait();
                Interlocked.Decrement(ref waiting);
                yield return i;
            }
        }

        var results = OrderedParallel<int, int>.Select(Source(), x => x, threads: 3, window: 8).GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.Equal(0, results.Current);

        // One worker is inside the source, waiting for item 1, and holds it; the other two wait for their turn.
        SpinWait.SpinUntil(() => Volatile.Read(ref waiting) == 1);

        // The caller stops: Dispose cancels, then waits for the workers (its thread blocks in Join).
        var dispose = new Thread(results.Dispose);
        dispose.Start();
        SpinWait.SpinUntil(() => !dispose.IsAlive || (dispose.ThreadState & ThreadState.WaitSleepJoin) != 0);
        Volatile.Write(ref stopped, true);

        // Let through whatever the source is asked for until Dispose returns.
        while (!dispose.Join(1))
        {
            if (Volatile.Read(ref waiting) > 0)
            {
                gate.Release();
            }
        }

        Assert.Equal(0, readsBegunAfterStop);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void EveryItem_InOrder_OnNoMoreThreadsThanGiven(int threads, bool callerWorks)
    {
        var caller = Environment.CurrentManagedThreadId;
        var workingThreads = new ConcurrentDictionary<int, bool>();

        var results = OrderedParallel<int, int>.Select(
            Enumerable.Range(0, 5_000),
            x =>
            {
                workingThreads[Environment.CurrentManagedThreadId] = true;
                return x * 2;
            },
            threads,
            window: 8,
            callerWorks).ToList();

        Assert.Equal(Enumerable.Range(0, 5_000).Select(x => x * 2), results);
        Assert.True(workingThreads.Count <= threads, $"{workingThreads.Count} threads worked");
        Assert.True(callerWorks || !workingThreads.ContainsKey(caller));
    }

    /// <summary>
    /// The one worker holds the first item until the caller's thread has worked on one: the run ends only because the
    /// caller, finding its next result not ready, works instead of waiting. (Were it to wait, the worker gives up
    /// after a long while and the assertion fails; nothing here waits for a time when the code is right.)
    /// </summary>
    [Fact]
    public void CallerWorks_TheCallersThreadWorks_WhileItsNextResultIsNotReady()
    {
        var caller = Environment.CurrentManagedThreadId;
        using var callerWorked = new ManualResetEventSlim();

        var results = OrderedParallel<int, bool>.Select(
            Enumerable.Range(0, 100),
            x =>
            {
                if (Environment.CurrentManagedThreadId == caller)
                {
                    callerWorked.Set();
                    return true;
                }

                return callerWorked.Wait(TimeSpan.FromSeconds(30));
            },
            threads: 2,
            window: 8,
            callerWorks: true).ToList();

        Assert.Equal(100, results.Count);
        Assert.All(results, Assert.True);
    }

    [Fact]
    public void CallerWorks_AFailure_IsThrownAtItsPlace_AfterEveryEarlierResult()
    {
        var seen = new List<int>();

        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedParallel<int, int>.Select(Enumerable.Range(0, 1_000), x => x == 600 ? throw new InvalidOperationException("item 600") : x, threads: 2, window: 8, callerWorks: true))
            {
                seen.Add(result);
            }
        });

        Assert.Equal("item 600", failure.Message);
        Assert.Equal(Enumerable.Range(0, 600), seen);
    }

    [Fact]
    public void CallerWorks_ASourceFailure_IsThrownAfterEveryItemBefore()
    {
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 300; i++)
            {
                yield return i;
            }

            throw new IOException("the disk went away");
        }

        var seen = new List<int>();

        Assert.Throws<IOException>(() =>
        {
            foreach (var result in OrderedParallel<int, int>.Select(Source(), x => x, threads: 2, window: 4, callerWorks: true))
            {
                seen.Add(result);
            }
        });

        Assert.Equal(Enumerable.Range(0, 300), seen);
    }
}
