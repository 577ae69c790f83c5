using System;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace Advocacy.Letters.Cli;

/// <summary>The whole app behind <c>Main</c>, with its streams and clock passed in so that tests can run it.</summary>
internal static class LettersApp
{
    /// <summary>The usage text printed by <c>letters --help</c>.</summary>
    public const string Usage = """
        letters: show, validate and render advocacy letters

        usage:
          letters                              summary of the embedded DPRK letter (2011)
          letters show FILE                    the same summary for a letter file
          letters validate FILE... [--format text|json] [--jsonl]
                                               every problem as 'path  code  message';
                                               a .jsonl corpus as 'line:path  code  message'
          letters render FILE [--format text|markdown|html] [--include PARTS] [--output FILE [--force]]
                                               the letter as text, CommonMark or a standalone
                                               HTML page; PARTS: title,date,place,honorifics or all
          letters import FILE [--id ID] [--from text|markdown|html] [--output FILE]
                                               a text, Markdown or HTML letter as canonical
                                               JSON; what it guessed on stderr
          letters status FILE... [--today YYYY-MM-DD] [--format text|json]
                                               each demand's status, days since sent and
                                               unanswered, positions held (JSON: one line a letter)
          letters convert IN OUT               a folder or JSON array of letters to JSON Lines,
                                               and back (OUT: .jsonl, .json or a folder)
          letters schema                       the JSON Schema of the format
          letters export FILE|CORPUS --format csv|parquet|jsonld|tei --output PATH [--force]
                                               tables (a folder of .csv or .parquet files),
                                               schema.org JSON-LD or a TEI/CMIF file; an
                                               existing PATH is replaced only with --force
          letters generate --count N [--seed S] [--output FILE [--force]]
                                               a synthetic corpus of valid letters as JSON Lines,
                                               the same for the same seed (default 1) on every machine

        FILE may be '-' for standard input (with --jsonl, a corpus).
        exit codes: 0 done and valid (warnings allowed), 1 a letter is invalid,
                    2 a file is unreadable or malformed, or a usage error
        """;

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
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, string? now)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        if (string.IsNullOrEmpty(now))
        {
            return Run(args, stdin, stdout, stderr, SystemClock.Instance);
        }

        var instant = InstantPattern.ExtendedIso.Parse(now);
        if (!instant.Success)
        {
            Input.Error(stderr, $"{NowVariable}: '{now}' is not an instant such as 2026-11-28T00:00:00Z");
            return ExitCode.Usage;
        }

        return Run(args, stdin, stdout, stderr, new FixedClock(instant.Value));
    }

    /// <summary>Runs <c>letters</c> with <paramref name="args"/> and returns the exit code.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read when a FILE is <c>-</c>.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go, one line each.</param>
    /// <param name="clock">Tells the summary what day it is ("days since the letter").</param>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);

        if (args.Length > 0 && args[0] == "generate")
        {
            return GenerateCommand.Run(args[1..], stdout, stderr);
        }

        var line = CommandLine.Parse(args, out var error);
        if (line is null)
        {
            Input.Error(stderr, $"{error} (see 'letters --help')");
            return ExitCode.Usage;
        }

        var commands = new Commands(stdin, stdout, stderr, clock);
        switch (line.Command)
        {
            case "help":
                stdout.WriteLine(Usage);
                return ExitCode.Ok;
            case "summary":
                return commands.Summary();
            case "show":
                return commands.Show(line.Files[0]);
            case "validate":
                return commands.Validate(line.Files, json: line.Format == "json", stdinIsCorpus: line.JsonLines);
            case "status":
                return commands.Status(line.Files, json: line.Format == "json", line.Today);
            case "convert":
                return commands.Convert(line.Files[0], line.Files[1]);
            case "import":
                return new ImportCommand(stdin, stdout, stderr).Run(line.Import!);
            case "schema":
                return commands.Schema();
            case "render":
                return commands.Render(line.Files[0], line.Format ?? "text", line.Include, line.Output, line.Force);
            case "export":
                return new ExportCommand(stdin, stdout, stderr, clock).Run(line.Files[0], line.Format!, line.Output!, line.Force);
            default:
                throw new InvalidOperationException($"The command '{line.Command}' was parsed but has no handler.");
        }
    }

    /// <summary>A clock that always says the same instant.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
