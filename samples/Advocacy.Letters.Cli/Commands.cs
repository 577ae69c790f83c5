using System.Collections.Generic;
using System.IO;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;
using NodaTime;

namespace Advocacy.Letters.Cli;

/// <summary>The commands, each a few lines over the library: read, validate, render, summarise, convert.</summary>
internal sealed class Commands(Stream stdin, TextWriter stdout, TextWriter stderr, IClock clock)
{
    // "Today" for the count of days since the letter; UTC, so that the answer does not depend on the machine.
    private LocalDate Today => clock.GetCurrentInstant().InUtc().Date;

    /// <summary><c>letters</c>: the summary of the sample letter embedded in the library.</summary>
    public int Summary()
    {
        LetterSummary.Write(SampleLetters.Dprk2011, Today, stdout);
        return ExitCode.Ok;
    }

    /// <summary><c>letters show FILE</c>: the summary of a letter file.</summary>
    public int Show(string file)
    {
        if (!Input.TryRead(file, stdin, stderr, out var letter))
        {
            return ExitCode.Unreadable;
        }

        LetterSummary.Write(letter, Today, stdout);
        return ExitCode.Ok;
    }

    /// <summary><c>letters render FILE [--format text|markdown|html] [--include …] [--output FILE [--force]]</c>: the letter for reading or publishing.</summary>
    public int Render(string file, string format, string? include, string? output, bool force)
    {
        var options = RenderCommand.ParseInclude(include, out var error);
        if (options is null)
        {
            Input.Error(stderr, error!);
            return ExitCode.Usage;
        }

        if (!Input.TryRead(file, stdin, stderr, out var letter))
        {
            return ExitCode.Unreadable;
        }

        var text = RenderCommand.Render(letter, format, options);
        if (output is null)
        {
            stdout.Write(text);
            return ExitCode.Ok;
        }

        try
        {
            RenderCommand.WriteFile(output, text, force);
        }
        catch (System.Exception ex) when (Input.IsFileProblem(ex))
        {
            Input.Error(stderr, ex is OutputExistsException ? $"{output}: already exists, left as it is (use --force to replace it)" : $"{output}: {Input.Describe(output, ex)}");
            return ExitCode.Unreadable;
        }

        return ExitCode.Ok;
    }

    /// <summary><c>letters schema</c>: the JSON Schema of the format, as shipped in the library.</summary>
    public int Schema()
    {
        stdout.Write(LetterJsonSchema.Text);
        return ExitCode.Ok;
    }

    /// <summary>
    /// <c>letters validate FILE…</c>: every problem of every file, as text or as one JSON array. A <c>.jsonl</c> file
    /// (or <c>-</c> with <c>--jsonl</c>) is a corpus: each line is validated, and a count of letters closes its report.
    /// </summary>
    public int Validate(IReadOnlyList<string> files, bool json, bool stdinIsCorpus)
    {
        var exitCode = ExitCode.Ok;
        var report = new List<FileProblem>();
        foreach (var file in files)
        {
            var fileExit = Corpus.IsJsonLines(file, stdinIsCorpus)
                ? ValidateCorpus(file, json, prefix: files.Count > 1, report)
                : ValidateLetter(file, json, prefix: files.Count > 1, report);
            exitCode = ExitCode.Worst(exitCode, fileExit);
        }

        if (json)
        {
            ValidationReport.WriteJson(report, stdout);
        }

        return exitCode;
    }

    /// <summary><c>letters status FILE…</c>: see <see cref="StatusCommand"/>; without <c>--today</c>, today in UTC from the clock.</summary>
    public int Status(IReadOnlyList<string> files, bool json, string? today)
    {
        var day = Today;
        if (today is not null)
        {
            var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(today);
            if (!parsed.Success)
            {
                Input.Error(stderr, $"--today: '{today}' is not a date such as 2026-11-28 (see 'letters --help')");
                return ExitCode.Usage;
            }

            day = parsed.Value;
        }

        return StatusCommand.Run(files, json, day, stdin, stdout, stderr);
    }

    /// <summary><c>letters convert IN OUT</c>: a folder, JSON array or corpus of letters into another of those forms.</summary>
    public int Convert(string input, string output)
    {
        var (written, error) = Corpus.Convert(input, output);
        if (error is not null)
        {
            Input.Error(stderr, error);
            return ExitCode.Unreadable;
        }

        stdout.WriteLine($"{input} -> {output}: {Text.Count(written, "letter")}");
        return ExitCode.Ok;
    }

    private int ValidateLetter(string file, bool json, bool prefix, List<FileProblem> report)
    {
        if (!Input.TryRead(file, stdin, stderr, out var letter))
        {
            return ExitCode.Unreadable;
        }

        var result = LetterValidator.Validate(letter);
        if (json)
        {
            report.AddRange(FileProblem.From(file, null, result));
        }
        else
        {
            ValidationReport.WriteText(Input.DisplayName(file), result, prefix, stdout);
        }

        return result.IsValid ? ExitCode.Ok : ExitCode.Invalid;
    }

    private int ValidateCorpus(string file, bool json, bool prefix, List<FileProblem> report)
    {
        var tally = new CorpusTally();
        try
        {
            using var stream = Input.Open(file, stdin);
            foreach (var line in LetterJsonLines.Read(stream))
            {
                var problems = line.Succeeded
                    ? FileProblem.From(file, line.LineNumber, tally.Add(LetterValidator.Validate(line.Letter)))
                    : [tally.Unreadable(file, line.LineNumber, line.Error!)];
                foreach (var problem in problems)
                {
                    if (json)
                    {
                        report.Add(problem);
                    }
                    else
                    {
                        stdout.WriteLine(prefix ? $"{Input.DisplayName(file)}: {problem}" : problem.ToString());
                    }
                }
            }
        }
        catch (System.Exception ex) when (Input.IsFileProblem(ex))
        {
            Input.Error(stderr, $"{Input.DisplayName(file)}: {Input.Describe(file, ex)}");
            return ExitCode.Unreadable;
        }

        if (!json)
        {
            stdout.WriteLine($"{Input.DisplayName(file)}: {tally}");
        }

        return tally.ExitCode;
    }
}
