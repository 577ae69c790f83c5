using System.Collections.Generic;
using System.Linq;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>A validation problem, the file it was found in and, in a JSON Lines corpus, the line.</summary>
/// <param name="File">The file as given on the command line (<c>-</c> for standard input).</param>
/// <param name="Line">The one-based line in a corpus; <see langword="null"/> for a single-letter file.</param>
/// <param name="Problem">The problem.</param>
internal sealed record FileProblem(string File, long? Line, ValidationProblem Problem)
{
    /// <summary>Pairs each problem in <paramref name="result"/> with <paramref name="file"/> and <paramref name="line"/>.</summary>
    public static IEnumerable<FileProblem> From(string file, long? line, ValidationResult result) =>
        result.Problems.Select(problem => new FileProblem(file, line, problem));

    /// <summary>An input, or a corpus line, that is not a readable letter: <see cref="ValidationCodes.Unreadable"/>, with the reader's pointer.</summary>
    public static FileProblem Unreadable(string file, long? line, LetterJsonException error) =>
        Unreadable(file, line, error.Pointer, line is null ? error.Message : error.Reason);

    /// <summary>A corpus entry the library's reader could not read, with its code, reason and line.</summary>
    public static FileProblem Unreadable(string file, LetterReadResult entry) =>
        Unreadable(file, entry.LineNumber, entry.Error?.Pointer, entry.Error?.Reason ?? entry.Message ?? "unreadable", entry.Code ?? ValidationCodes.Unreadable);

    /// <summary>An input that could not be opened or read, or a corpus line that is not a letter.</summary>
    public static FileProblem Unreadable(string file, long? line, string? pointer, string reason, string code = ValidationCodes.Unreadable) => new(file, line, new ValidationProblem
    {
        Path = pointer ?? string.Empty,
        Code = code,
        Severity = ValidationSeverity.Error,
        Message = reason,
    });

    /// <summary>Formats the problem as <c>path  code  message</c>, or <c>line:path  code  message</c> in a corpus.</summary>
    public override string ToString() => Line is { } line ? $"{line}:{Problem}" : Problem.ToString();
}
