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
    private long taken;
    private long next;

    // The number of items once the source has ended, -1 before: written holding both locks, so either lock reads it.
    private long total = -1;
    private ExceptionDispatchInfo? sourceFailure;

    private OrderedParallel(IEnumerable<TItem> source, Func<TItem, TResult> selector, int threads, int window)
    {
        this.source = source.GetEnumerator();
        this.selector = selector;
        this.window = window;
        results = new TResult[window];
        failures = new ExceptionDispatchInfo?[window];
        ready = new bool[window];
        slots = new SemaphoreSlim(window, window);
        workers = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            workers[i] = new Thread(Work) { IsBackground = true, Name = "letters worker" };
        }
    }

    /// <summary>Maps <paramref name="source"/> through <paramref name="selector"/> on <paramref name="threads"/> workers, in source order.</summary>
    /// <remarks>With one thread, everything runs on the caller's thread, with no other thread at all.</remarks>
    public static IEnumerable<TResult> Select(IEnumerable<TItem> source, Func<TItem, TResult> selector, int threads, int window)
    {
        if (threads == 1)
        {
            foreach (var item in source)
            {
                yield return selector(item);
            }

            yield break;
        }

        using var pipeline = new OrderedParallel<TItem, TResult>(source, selector, threads, Math.Max(window, threads));
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
        lock (gate)
        {
            var slot = (int)(next % window);
            while (!ready[slot] && (total < 0 || next < total))
            {
                Monitor.Wait(gate);
            }

            if (!ready[slot])
            {
                // Every item is taken: the source ended, or failed here.
                sourceFailure?.Throw();
                result = default!;
                return false;
            }

            result = results[slot];
            failure = failures[slot];
            results[slot] = default!;
            failures[slot] = null;
            ready[slot] = false;
            next++;
        }

        slots.Release();
        failure?.Throw();
        return true;
    }

    // The next item and its place in the order, enumerated by the worker that asks; false when the source has ended
    // or failed (the failure is kept for the caller, at its place).
    private bool TryTakeItem(out long sequence, out TItem item)
    {
        // A slot in the window first: a caller that falls behind holds the workers, and so the memory, back.
        slots.Wait(stop.Token);
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
            while (TryTakeItem(out var sequence, out var item))
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
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller stopped enumerating.
        }
    }
}
