using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters validate FILE… [--format text|json] [--jsonl] [--max-problems N] [--threads N]</c>: every problem of
/// every file. A <c>.jsonl</c> file (or <c>-</c> with <c>--jsonl</c>) is a corpus: its lines are read and validated on
/// <c>--threads</c> workers (the library's <see cref="LetterJsonLines.ReadParallel"/>), reported in line order, and a
/// count of letters closes its report. Both reports stream (see <see cref="ValidationReport"/>).
/// </summary>
internal static class ValidateCommand
{
    /// <summary>How many problems the text report prints per input unless <c>--max-problems</c> says otherwise.</summary>
    public const int DefaultMaxProblems = 100;

    /// <summary>The most workers <c>--threads</c> takes: past the cores there is nothing to gain, only threads to start.</summary>
    public const int MaxThreads = 1024;

    /// <summary>
    /// How many corpus lines pass between two hand-overs of the report to standard output, each with a check that its
    /// reader is still there. A problem behind thousands of valid letters would otherwise wait in the buffer, and
    /// past <c>--max-problems</c> the report prints nothing until the corpus ends, so on endless input into
    /// <c>| head -1</c> no write would ever fail to say that the reader went away. One flush and one poll(2) per so
    /// many lines cost nothing.
    /// </summary>
    public const int ReaderCheckEvery = 1_000;

    /// <summary>How many workers validate a corpus unless <c>--threads</c> says otherwise: one per core.</summary>
    public static int DefaultThreads => Math.Min(Environment.ProcessorCount, MaxThreads);

    public static Command Create(CommandContext context)
    {
        var command = new Command("validate", "every problem as 'path  code  message'; a .jsonl corpus as 'line:path  code  message'");
        var files = Arguments.Files("FILE", "letter files or .jsonl corpora; - for standard input");
        command.Arguments.Add(files);
        var format = Arguments.Format(command, "text", "json");
        var jsonLines = new Option<bool>("--jsonl") { Description = "standard input (-) is a JSON Lines corpus" };
        command.Options.Add(jsonLines);
        var maxProblems = new Option<int>("--max-problems")
        {
            Description = $"the most problems the text report prints per input, then how many more there were",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultMaxProblems,
        };
        maxProblems.Validators.Add(result =>
        {
            // A value that is not a number is the parser's own error; only a parsed one is checked here.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < 0)
            {
                result.AddError("--max-problems must be 0 or more");
            }
        });
        command.Options.Add(maxProblems);
        var threads = Arguments.WholeNumber(command, "--threads", "how many workers read and validate a JSON Lines corpus; the output is in line order, the same for any N (default: one per core)", 1, MaxThreads);
        threads.DefaultValueFactory = _ => DefaultThreads;
        command.Validators.Add(result =>
        {
            var given = result.GetValue(files) ?? [];
            if (!Arguments.CheckPaths(result, given))
            {
                return;
            }

            if (given.Length == 0)
            {
                result.AddError("validate needs at least one FILE");
            }
            else if (given.Count(file => file == Input.StandardInput) > 1)
            {
                result.AddError("standard input ('-') can be read only once");
            }
        });

        command.SetAction(result =>
        {
            var given = result.GetRequiredValue(files);
            using ValidationReport report = result.GetValue(format) == "json"
                ? new JsonValidationReport(context.Stdout)
                : new TextValidationReport(context.Stdout, prefix: given.Length > 1, result.GetValue(maxProblems));
            return Run(context, given, report, result.GetValue(jsonLines), result.GetValue(threads));
        });
        return command;
    }

    private static int Run(CommandContext context, IReadOnlyList<string> files, ValidationReport report, bool stdinIsCorpus, int threads)
    {
        // Each file's outcome joins exitCode before its report is written: when the reader goes away during the
        // report, the exit code still counts that file.
        var exitCode = ExitCode.Ok;
        CorpusTally? corpus = null;
        try
        {
            foreach (var file in files)
            {
                report.BeginInput(file);
                if (Corpus.IsJsonLines(file, stdinIsCorpus))
                {
                    corpus = new CorpusTally();
                    exitCode = ExitCode.Worst(exitCode, ValidateCorpus(context, file, report, threads, corpus));
                    corpus = null;
                }
                else
                {
                    ValidateLetter(context, file, report, ref exitCode);
                }
            }

            report.Complete();
            return exitCode;
        }
        catch (Terminal.OutputFailedException ex) when (ex.ReaderGone)
        {
            // The reader of the report went away ("| head -1"): the work stops here and its exit code is that of the
            // letters validated so far, an endless corpus included.
            return ExitCode.Worst(exitCode, corpus?.ExitCode ?? ExitCode.Ok);
        }
    }

    private static void ValidateLetter(CommandContext context, string file, ValidationReport report, ref int exitCode)
    {
        if (!Input.TryRead(file, context.Stdin, context.Stderr, out var letter, out var reason))
        {
            exitCode = ExitCode.Worst(exitCode, ExitCode.Unreadable);
            report.EndUnreadable(FileProblem.Unreadable(file, null, null, reason));
            return;
        }

        var result = LetterValidator.Validate(letter);
        exitCode = ExitCode.Worst(exitCode, result.IsValid ? ExitCode.Ok : ExitCode.Invalid);
        foreach (var problem in FileProblem.From(file, null, result))
        {
            report.Add(problem);
        }

        report.EndLetter(file, result);
    }

    private static int ValidateCorpus(CommandContext context, string file, ValidationReport report, int threads, CorpusTally tally)
    {
        var progress = context.Progress($"{Input.DisplayName(file)}: lines validated");
        try
        {
            // While standard input has nothing to read, the thread that waits for it hands the report over, so that
            // "tail -f log | letters validate - --jsonl" shows each problem within a quarter second. That thread may
            // be a worker: the report is written under its lock. Once this thread has left the loop on a failure, the
            // wait ends instead: leaving waits for the workers, and one of them may be waiting for input.
            var left = false;
            using var stream = Input.Open(file, context.Stdin, results: context.Stdout, whileQuiet: () =>
            {
                if (Volatile.Read(ref left))
                {
                    throw new OperationCanceledException("the run has stopped");
                }

                lock (report)
                {
                    report.Flush();
                }
            });

            // The workers read and validate; the tally is this thread's, and the report is written in line order.
            using var lines = LetterJsonLines.ReadParallel(stream, Check, threads).GetEnumerator();
            try
            {
                while (lines.MoveNext())
                {
                    var (lineNumber, result, unreadable) = lines.Current;
                    var problems = result is not null
                        ? FileProblem.From(file, lineNumber, tally.Add(result))
                        : [tally.Unreadable(file, unreadable!)];

                    // A valid letter without warnings, most of a corpus, has nothing to report and takes no lock.
                    if (result is null || !result.Problems.IsEmpty)
                    {
                        lock (report)
                        {
                            foreach (var problem in problems)
                            {
                                report.Add(problem);
                            }
                        }
                    }

                    progress.Report(tally.Lines);
                    if (tally.Lines % ReaderCheckEvery == 0)
                    {
                        lock (report)
                        {
                            report.Flush();
                            context.Stdout.ThrowIfReaderGone();
                        }
                    }
                }
            }
            catch
            {
                Volatile.Write(ref left, true);
                throw;
            }
        }
        catch (Exception ex) when (Faults.IsFileProblem(ex) && ex is not Terminal.OutputFailedException)
        {
            progress.Done();
            tally.StreamFailed();
            var reason = Faults.Describe(file, ex);
            context.Error($"{Input.DisplayName(file)}: {reason}");
            report.EndUnreadable(FileProblem.Unreadable(file, null, null, reason));
            return tally.ExitCode;
        }
        finally
        {
            // Also when standard output fails: the progress line is not left on the terminal.
            progress.Done();
        }

        report.EndCorpus(file, tally);
        return tally.ExitCode;
    }

    /// <summary>
    /// Runs on a worker: a letter's validation, or the line that is not a letter. The letter itself is not kept: a
    /// result waits for its turn in the output, and a letter waiting with it would survive the collections that the
    /// other workers' allocations cause, to be copied by each.
    /// </summary>
    private static (long? LineNumber, ValidationResult? Result, LetterReadResult? Unreadable) Check(LetterReadResult line) =>
        line.Succeeded ? (line.LineNumber, LetterValidator.Validate(line.Letter), null) : (line.LineNumber, null, line);
}
