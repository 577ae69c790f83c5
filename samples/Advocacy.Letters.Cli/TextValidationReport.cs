using System.Globalization;
using System.IO;
using Advocacy.Letters.Cli.Terminal;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>
/// The report for people: each problem as <c>path  code  message</c> (<c>line:path…</c> in a corpus, prefixed by
/// <c>FILE: </c> when there are several inputs), at most <c>--max-problems</c> per input and then how many more
/// there were, and a verdict per input. Each line is escaped as a message (one line, no invisible characters).
/// </summary>
internal sealed class TextValidationReport(TextWriter output, bool prefix, int maxProblems) : ValidationReport
{
    private long shown;
    private long more;

    public override void BeginInput(string file)
    {
        shown = 0;
        more = 0;
    }

    public override void Add(FileProblem problem)
    {
        if (shown >= maxProblems)
        {
            more++;
            return;
        }

        shown++;
        Line(prefix ? $"{Input.DisplayName(problem.File)}: {problem}" : problem.ToString());
        if (shown == maxProblems)
        {
            // Nothing more is printed until the input ends, which may be much later or never: what is shown goes out now.
            output.Flush();
        }
    }

    public override void EndLetter(string file, ValidationResult result)
    {
        More(file);
        var errors = result.Errors.Length;
        var warnings = result.Warnings.Length;
        var counts = (errors, warnings) switch
        {
            (0, 0) => string.Empty,
            (0, _) => $" ({Count(warnings, "warning")})",
            (_, 0) => $" ({Count(errors, "error")})",
            _ => $" ({Count(errors, "error")}, {Count(warnings, "warning")})",
        };
        Line($"{Input.DisplayName(file)}: {(result.IsValid ? "valid" : "invalid")}{counts}");
    }

    public override void EndCorpus(string file, CorpusTally tally)
    {
        More(file);
        Line($"{Input.DisplayName(file)}: {tally}");
    }

    // The reason is on standard error already; the text report has nothing to add.
    public override void EndUnreadable(FileProblem problem) => output.Flush();

    public override void Complete() => output.Flush();

    public override void Flush() => output.Flush();

    private void More(string file)
    {
        if (more > 0)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"{Input.DisplayName(file)}: … and {Count(more, "more problem")} (--max-problems {maxProblems})"));
        }

        output.Flush();
    }

    private void Line(string line) => output.WriteLine(TerminalText.Escape(line, message: true));

    private static string Count(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");
}
