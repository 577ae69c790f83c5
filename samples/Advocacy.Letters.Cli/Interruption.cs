using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Cli.Output;

namespace Advocacy.Letters.Cli;

/// <summary>
/// SIGINT and SIGTERM. With no output being written, the signal ends the process at once, as the system does. While
/// an output is being written, the signal cancels <see cref="Token"/>; the write stops, removes its temporary file and
/// the command exits with <see cref="ExitCode"/> (130 for SIGINT, 143 for SIGTERM). The input of a write is read through
/// a cancellable stream, so a write blocked on a pipe stops too and the library's writer removes its temporary file; a
/// write that still has not stopped within <see cref="Grace"/> is ended with the process.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a write is given to stop by itself.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource cancel = new();
    private readonly PosixSignalRegistration? interrupt;
    private readonly PosixSignalRegistration? terminate;
    private int exitCode;

    private Interruption(bool listen)
    {
        if (listen)
        {
            interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnSignal(context, Cli.ExitCode.Interrupted));
            terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => OnSignal(context, Cli.ExitCode.Terminated));
        }
    }

    /// <summary>Gets the token that a signal cancels.</summary>
    public CancellationToken Token => cancel.Token;

    /// <summary>Gets the exit code for the signal received (130 or 143), or <see cref="Cli.ExitCode.Interrupted"/> when none was.</summary>
    public int ExitCode => exitCode == 0 ? Cli.ExitCode.Interrupted : exitCode;

    /// <summary>Gets the interruption <c>Main</c> listens with, if any.</summary>
    public static Interruption? Current { get; private set; }

    /// <summary>Listens for SIGINT and SIGTERM, as <c>Main</c> does.</summary>
    public static Interruption Listen() => Current = new(listen: true);

    /// <summary>An interruption that only <paramref name="token"/> triggers, for runs inside another process (tests).</summary>
    public static Interruption From(CancellationToken token)
    {
        var interruption = new Interruption(listen: false);
        token.Register(interruption.cancel.Cancel);
        return interruption;
    }

    public void Dispose()
    {
        interrupt?.Dispose();
        terminate?.Dispose();
        cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context, int code)
    {
        if (!PendingOutputs.Any)
        {
            // Nothing to clean up: the default action ends the process now.
            return;
        }

        context.Cancel = true;
        Interlocked.CompareExchange(ref exitCode, code, 0);
        cancel.Cancel();
        _ = Task.Delay(Grace).ContinueWith(
            _ =>
            {
                // Last resort: the write did not stop (its reads are cancellable, so this should not happen).
                Environment.Exit(ExitCode);
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }
}
