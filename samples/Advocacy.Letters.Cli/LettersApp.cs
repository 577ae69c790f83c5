using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Threading;
using Advocacy.Letters.Cli.Commands;
using Advocacy.Letters.Cli.Terminal;
using NodaTime;
using NodaTime.Text;

namespace Advocacy.Letters.Cli;

/// <summary>The whole app behind <c>Main</c>, with its streams and clock passed in so that tests can run it.</summary>
internal static class LettersApp
{
    /// <summary>
    /// The environment variable that fixes the instant the app takes as "now", for tests of the built executable
    /// (<c>LETTERS_NOW=2026-11-28T00:00:00Z</c>); unset or empty, the system clock. Only <c>Main</c> reads it.
    /// </summary>
    public const string NowVariable = "LETTERS_NOW";

    /// <summary>
    /// Runs <c>letters</c> with "now" given as text, as <c>Main</c> does with <see cref="NowVariable"/>:
    /// <see langword="null"/> or empty for the system clock, otherwise an ISO 8601 instant in UTC such as
    /// <c>2026-11-28T00:00:00Z</c>. A value that is not one is a one-line error with exit code 2.
    /// </summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read when a FILE is <c>-</c>.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go, one line each.</param>
    /// <param name="now">The value of <see cref="NowVariable"/>, if any.</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal (progress is shown there).</param>
    /// <param name="cancellationToken">Cancelled by SIGINT or SIGTERM during a write.</param>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, string? now, bool stderrIsTerminal = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        if (string.IsNullOrEmpty(now))
        {
            return Run(args, stdin, stdout, stderr, SystemClock.Instance, stderrIsTerminal, cancellationToken);
        }

        var instant = InstantPattern.ExtendedIso.Parse(now);
        if (!instant.Success)
        {
            return Guarded(Safe(stdout, "standard output"), Safe(stderr, "standard error", bestEffort: true), error =>
            {
                Input.Error(error, $"{NowVariable}: '{now}' is not an instant such as 2026-11-28T00:00:00Z");
                return ExitCode.Usage;
            });
        }

        return Run(args, stdin, stdout, stderr, new FixedClock(instant.Value), stderrIsTerminal, cancellationToken);
    }

    /// <summary>Runs <c>letters</c> with <paramref name="args"/> and returns the exit code.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read when a FILE is <c>-</c>.</param>
    /// <param name="stdout">Where results go; wrapped in a <see cref="TerminalWriter"/> unless it is one.</param>
    /// <param name="stderr">Where errors go, one line each; wrapped likewise.</param>
    /// <param name="clock">Tells the summary what day it is ("days since the letter").</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal (progress is shown there).</param>
    /// <param name="cancellationToken">Cancelled by SIGINT or SIGTERM during a write.</param>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, IClock clock, bool stderrIsTerminal = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);

        var output = Safe(stdout, "standard output");
        var error = Safe(stderr, "standard error", bestEffort: true);
        return Guarded(output, error, _ =>
        {
            var context = new CommandContext(stdin, output, error, clock, stderrIsTerminal, cancellationToken);
            var root = LettersCommand.Create(context);

            // "letters help" and "letters help validate" are "--help"; an @file is a file name, never a response file.
            string[] words = args is ["help", .. var rest] ? [.. rest, "--help"] : args;
            var parsed = root.Parse(words, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Action is ParseErrorAction)
            {
                var command = string.Join(' ', parsed.CommandResult.Command.Parents.OfType<Command>().Reverse().Select(c => c.Name).Append(parsed.CommandResult.Command.Name).Skip(1));
                context.Error($"{UsageError(parsed)} (see 'letters {(command.Length > 0 ? command + " " : string.Empty)}--help')");
                return ExitCode.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        });
    }

    // The first thing wrong with the command line, in our words where System.CommandLine's are vaguer.
    private static string UsageError(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens.Count > 0)
        {
            var token = parsed.UnmatchedTokens[0];
            return token.StartsWith('-') && token.Length > 1 ? $"unknown option '{token}'"
                : parsed.CommandResult.Command == parsed.RootCommandResult.Command ? $"unknown command '{token}'"
                : $"unexpected argument '{token}'";
        }

        // A token such as "--frob" where a FILE may stand is taken as a file by the parser; it is an unknown option.
        // After "--", anything is a file name.
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value.StartsWith('-') && !long.TryParse(token.Value, out _))
            {
                return $"unknown option '{token.Value}'";
            }
        }

        var message = parsed.Errors[0].Message;
        const string missing = "Required argument missing for option: '";
        return message.StartsWith(missing, StringComparison.Ordinal) ? $"{message[missing.Length..].TrimEnd('.', '\'')} needs a value" : message;
    }

    // Output that cannot be written ends the run with one line on standard error and exit code 2, never a trace; a
    // reader that went away ends it quietly, with the exit code of the work so far (a command that knows better, such
    // as validate, returns it itself); a signal during a write ends it with 130 or 143. Standard error is best-effort:
    // when it fails, the rest of what it would say is dropped and the exit code stays.
    private static int Guarded(TerminalWriter output, TerminalWriter error, Func<TerminalWriter, int> run)
    {
        // The command's own code once it has one: most output reaches the pipe only at the last flush, and a reader
        // gone by then must not turn a failed command into a success.
        var exitCode = ExitCode.Ok;
        try
        {
            exitCode = run(error);
            output.Flush();
            error.Flush();
            return exitCode;
        }
        catch (OperationCanceledException)
        {
            return Interruption.Current?.ExitCode ?? ExitCode.Interrupted;
        }
        catch (OutputFailedException ex) when (ex.ReaderGone)
        {
            return exitCode;
        }
        catch (OutputFailedException ex)
        {
            Input.Error(error, ex.Message);
            error.Flush();
            return ExitCode.Unreadable;
        }
    }

    private static TerminalWriter Safe(TextWriter writer, string name, bool bestEffort = false) =>
        writer as TerminalWriter ?? new TerminalWriter(writer, name, bestEffort);

    /// <summary>A clock that always says the same instant.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
