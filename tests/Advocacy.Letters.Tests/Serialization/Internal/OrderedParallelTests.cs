using System.Collections.Generic;
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
}
