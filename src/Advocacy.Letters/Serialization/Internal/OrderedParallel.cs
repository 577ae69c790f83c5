using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// An order-preserving parallel map: <c>threads</c> workers take the source's items in turn and run the selector, and
/// the caller receives the results in source order. At most <c>window</c> items are in flight (being worked on, or
/// done and waiting for an earlier one), so memory stays bounded whatever the source's length.
/// </summary>
/// <remarks>
/// A failure (of the source or of the selector) is thrown to the caller at its place in the order, after every
/// earlier result, as a sequential loop would; nothing after it is yielded. Ending the enumeration early stops the
/// workers and waits for them.
/// <para>No thread only reads: the worker that needs an item enumerates the source for it, under a lock. A reading
/// thread beside N workers on N cores had to be scheduled in by turns: on 2 cores it made four times the involuntary
/// context switches.</para>
/// <para>When the caller may work too (<c>callerWorks</c>: a source that never waits for a writer, such as a file),
/// there are N − 1 workers, and the caller, instead of waiting for its next result, works on a later item meanwhile:
/// N threads on N cores, none of them woken only to hand a result over. A source that can wait (a pipe) is left to
/// the workers, so that a result ready for the caller is never held up behind a read that waits for more input.</para>
/// </remarks>
internal sealed class OrderedParallel<TItem, TResult> : IDisposable
{
    private readonly IEnumerator<TItem> source;
    private readonly Func<TItem, TResult> selector;
    private readonly int window;
    private readonly TResult[] results;
    private readonly ExceptionDispatchInfo?[] failures;
    private readonly bool[] ready;
    private readonly object gate = new();
    private readonly object sourceGate = new();
    private readonly SemaphoreSlim slots;
    private readonly CancellationTokenSource stop = new();
    private readonly Thread[] workers;
    private readonly bool callerWorks;
    private long taken;
    private long next;

    // The number of items once the source has ended, -1 before: written holding both locks, so either lock reads it.
    private long total = -1;
    private ExceptionDispatchInfo? sourceFailure;

    private OrderedParallel(IEnumerable<TItem> source, Func<TItem, TResult> selector, int threads, int window, bool callerWorks)
    {
        this.source = source.GetEnumerator();
        this.selector = selector;
        this.window = window;
        this.callerWorks = callerWorks;
        results = new TResult[window];
        failures = new ExceptionDispatchInfo?[window];
        ready = new bool[window];
        slots = new SemaphoreSlim(window, window);
        workers = new Thread[callerWorks ? threads - 1 : threads];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(Work) { IsBackground = true, Name = "letters worker" };
        }
    }

    /// <summary>Maps <paramref name="source"/> through <paramref name="selector"/> on <paramref name="threads"/> threads, in source order.</summary>
    /// <remarks>
    /// With one thread, everything runs on the caller's thread, with no other thread at all. With
    /// <paramref name="callerWorks"/>, the caller's thread is one of the <paramref name="threads"/>; the source must
    /// then never wait long for an item.
    /// </remarks>
    public static IEnumerable<TResult> Select(IEnumerable<TItem> source, Func<TItem, TResult> selector, int threads, int window, bool callerWorks = false)
    {
        if (threads == 1)
        {
            foreach (var item in source)
            {
                yield return selector(item);
            }

            yield break;
        }

        using var pipeline = new OrderedParallel<TItem, TResult>(source, selector, threads, Math.Max(window, threads), callerWorks);
        pipeline.Start();
        while (pipeline.TryTake(out var result))
        {
            yield return result;
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        foreach (var worker in workers)
        {
            worker.Join();
        }

        source.Dispose();
        slots.Dispose();
        stop.Dispose();
    }

    private void Start()
    {
        foreach (var worker in workers)
        {
            worker.Start();
        }
    }

    private bool TryTake(out TResult result)
    {
        ExceptionDispatchInfo? failure;
        while (true)
        {
            lock (gate)
            {
                var slot = (int)(next % window);
                while (!ready[slot] && (total < 0 || next < total) && !callerWorks)
                {
                    Monitor.Wait(gate);
                }

                if (ready[slot])
                {
                    result = results[slot];
                    failure = failures[slot];
                    results[slot] = default!;
                    failures[slot] = null;
                    ready[slot] = false;
                    next++;
                    break;
                }

                if (total >= 0 && next >= total)
                {
                    // Every item is taken: the source ended, or failed here.
                    sourceFailure?.Throw();
                    result = default!;
                    return false;
                }
            }

            // The next result is not ready: work on a later item meanwhile; with none to take (the window is full,
            // or the source has ended), wait for the result.
            if (TryTakeItem(wait: false, out var sequence, out var item))
            {
                Complete(sequence, item);
                continue;
            }

            lock (gate)
            {
                var slot = (int)(next % window);
                while (!ready[slot] && (total < 0 || next < total))
                {
                    Monitor.Wait(gate);
                }
            }
        }

        slots.Release();
        failure?.Throw();
        return true;
    }

    // The next item and its place in the order, enumerated by the thread that asks; false when the source has ended
    // or failed (the failure is kept for the caller, at its place), or when the caller asks and the window is full.
    private bool TryTakeItem(bool wait, out long sequence, out TItem item)
    {
        // A slot in the window first: a caller that falls behind holds the workers, and so the memory, back. The
        // caller itself does not wait for one: its own next result is what frees them.
        if (wait)
        {
            slots.Wait(stop.Token);
        }
        else if (!slots.Wait(0))
        {
            sequence = -1;
            item = default!;
            return false;
        }

        lock (sourceGate)
        {
            // Checked again under the lock: a worker that waited for it while the caller stopped must not read on.
            stop.Token.ThrowIfCancellationRequested();
            if (total < 0)
            {
                try
                {
                    if (source.MoveNext())
                    {
                        sequence = taken++;
                        item = source.Current;
                        return true;
                    }
                }
#pragma warning disable CA1031 // Any failure of the source belongs to the caller, at its place in the order.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    sourceFailure = ExceptionDispatchInfo.Capture(ex);
                }

                lock (gate)
                {
                    total = taken;
                    Monitor.PulseAll(gate);
                }
            }
        }

        slots.Release();
        sequence = -1;
        item = default!;
        return false;
    }

    private void Work()
    {
        try
        {
            while (TryTakeItem(wait: true, out var sequence, out var item))
            {
                Complete(sequence, item);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller stopped enumerating.
        }
    }

    // Runs the selector on an item and puts the result, or the failure, at the item's place for the caller.
    private void Complete(long sequence, TItem item)
    {
        TResult result = default!;
        ExceptionDispatchInfo? failure = null;
        try
        {
            result = selector(item);
        }
#pragma warning disable CA1031 // The selector's failure is thrown to the caller, in order.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }

        lock (gate)
        {
            var slot = (int)(sequence % window);
            results[slot] = result;
            failures[slot] = failure;
            ready[slot] = true;
            Monitor.PulseAll(gate);
        }
    }
}
