using System;
using System.Threading;

namespace Advocacy.Letters.Cli.Output;

/// <summary>
/// Whether an output is being written in this process: a signal then cancels the write (the library's atomic writer
/// removes its temporary file) instead of ending the process at once.
/// </summary>
internal static class PendingOutputs
{
    private static int count;

    /// <summary>Gets a value indicating whether any output is being written.</summary>
    public static bool Any => Volatile.Read(ref count) > 0;

    /// <summary>Marks an output as being written until the result is disposed.</summary>
    public static IDisposable Begin()
    {
        Interlocked.Increment(ref count);
        return new Writing();
    }

    private sealed class Writing : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                Interlocked.Decrement(ref count);
            }
        }
    }
}
