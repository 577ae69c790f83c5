using System.IO;
using System.Threading;
using Advocacy.Letters.Cli.Terminal;
using NodaTime;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>What every command is given: the streams, the clock, the token a signal cancels, and whether to show progress.</summary>
/// <param name="Stdin">Standard input, read when a FILE is <c>-</c>; empty when it is closed.</param>
/// <param name="Stdout">Standard output, terminal-safe.</param>
/// <param name="Stderr">Standard error, terminal-safe; errors are one line each (<see cref="Error"/>).</param>
/// <param name="Clock">Tells the summary what day it is.</param>
/// <param name="StderrIsTerminal">Whether standard error is a terminal, so that long work shows progress there.</param>
/// <param name="Cancellation">Cancelled by SIGINT or SIGTERM while an output is written.</param>
internal sealed record CommandContext(
    Stream Stdin,
    TerminalWriter Stdout,
    TerminalWriter Stderr,
    IClock Clock,
    bool StderrIsTerminal,
    CancellationToken Cancellation)
{
    /// <summary>Gets "today" for the count of days since the letter; UTC, so that it does not depend on the machine.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InUtc().Date;

    /// <summary>Writes <c>letters: message</c> to standard error as one escaped line.</summary>
    public void Error(string message) => Input.Error(Stderr, message);

    /// <summary>Gets a progress line for <paramref name="what"/>, drawn only when standard error is a terminal.</summary>
    public Progress Progress(string what) => new(StderrIsTerminal ? Stderr : null, what);
}
