using System.Collections.Generic;
using System.Linq;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>A validation problem and the file it was found in.</summary>
/// <param name="File">The file as given on the command line (<c>-</c> for standard input).</param>
/// <param name="Problem">The problem.</param>
internal sealed record FileProblem(string File, ValidationProblem Problem)
{
    /// <summary>Pairs each problem in <paramref name="result"/> with <paramref name="file"/>.</summary>
    public static IEnumerable<FileProblem> From(string file, ValidationResult result) =>
        result.Problems.Select(problem => new FileProblem(file, problem));
}
