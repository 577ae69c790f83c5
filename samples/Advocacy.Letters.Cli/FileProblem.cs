using System.Collections.Generic;
using System.Linq;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>A validation problem, the file it was found in and, in a JSON Lines corpus, the line.</summary>
/// <param name="File">The file as given on the command line (<c>-</c> for standard input).</param>
/// <param name="Line">The one-based line in a corpus; <see langword="null"/> for a single-letter file.</param>
/// <param name="Problem">The problem.</param>
internal sealed record FileProblem(string File, long? Line, ValidationProblem Problem)
{
    /// <summary>The code of a corpus line that is not a readable letter (not a validation code: the letter was never read).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>Pairs each problem in <paramref name="result"/> with <paramref name="file"/> and <paramref name="line"/>.</summary>
    public static IEnumerable<FileProblem> From(string file, long? line, ValidationResult result) =>
        result.Problems.Select(problem => new FileProblem(file, line, problem));

    /// <summary>Formats the problem as <c>path  code  message</c>, or <c>line:path  code  message</c> in a corpus.</summary>
    public override string ToString() => Line is { } line ? $"{line}:{Problem}" : Problem.ToString();
}
