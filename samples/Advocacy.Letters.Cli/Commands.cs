using System.Collections.Generic;
using System.IO;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Validation;
using NodaTime;

namespace Advocacy.Letters.Cli;

/// <summary>The commands, each a few lines over the library: read, validate, render, summarise.</summary>
internal sealed class Commands(TextReader stdin, TextWriter stdout, TextWriter stderr, IClock clock)
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

    /// <summary><c>letters render FILE --format text</c>: the letter as plain text.</summary>
    public int Render(string file)
    {
        if (!Input.TryRead(file, stdin, stderr, out var letter))
        {
            return ExitCode.Unreadable;
        }

        PlainTextRenderer.Render(letter, stdout);
        return ExitCode.Ok;
    }

    /// <summary><c>letters validate FILE…</c>: every problem of every file, as text or as one JSON array.</summary>
    public int Validate(IReadOnlyList<string> files, bool json)
    {
        var exitCode = ExitCode.Ok;
        var report = new List<FileProblem>();
        foreach (var file in files)
        {
            if (!Input.TryRead(file, stdin, stderr, out var letter))
            {
                exitCode = ExitCode.Unreadable;
                continue;
            }

            var result = LetterValidator.Validate(letter);
            if (!result.IsValid && exitCode == ExitCode.Ok)
            {
                exitCode = ExitCode.Invalid;
            }

            if (json)
            {
                report.AddRange(FileProblem.From(file, result));
            }
            else
            {
                ValidationReport.WriteText(Input.DisplayName(file), result, prefix: files.Count > 1, stdout);
            }
        }

        if (json)
        {
            ValidationReport.WriteJson(report, stdout);
        }

        return exitCode;
    }
}
