using System.Collections.Immutable;
using System.Globalization;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Import.Internal;

/// <summary>One import: its options, the warnings so far, and a count of work steps that shows time is linear.</summary>
internal sealed class ImportSession(LetterImportOptions options)
{
    private const int MaxWarnings = 200;
    private int dropped;

    public LetterImportOptions Options { get; } = options;

    public ImmutableArray<ValidationProblem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<ValidationProblem>();

    /// <summary>Gets the characters examined so far, summed over every pass: the tests compare it for n and 2n.</summary>
    public long Steps { get; private set; }

    public void Step(int count = 1) => Steps += count;

    /// <summary>Adds a warning; past <see cref="MaxWarnings"/> they are counted, not kept, so a hostile input cannot flood the report.</summary>
    public void Warn(string path, string code, int line, string message)
    {
        if (Problems.Count >= MaxWarnings)
        {
            dropped++;
            return;
        }

        var where = line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {line}: ") : string.Empty;
        Problems.Add(new ValidationProblem { Path = path, Code = code, Severity = ValidationSeverity.Warning, Message = where + message });
    }

    public void Finish()
    {
        if (dropped > 0)
        {
            Problems.Add(new ValidationProblem
            {
                Path = string.Empty,
                Code = ImportCodes.TextSkipped,
                Severity = ValidationSeverity.Warning,
                Message = string.Create(CultureInfo.InvariantCulture, $"{dropped} more warnings were not listed"),
            });
        }
    }
}
