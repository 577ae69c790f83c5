using System;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Validation;

/// <summary>The outcome of validating a letter: every problem found, in document order.</summary>
/// <remarks>Equal when the problems are equal, item by item.</remarks>
public sealed record ValidationResult
{
    /// <summary>Initializes a new instance holding <paramref name="problems"/>.</summary>
    /// <param name="problems">The problems, in document order; a default array counts as none.</param>
    public ValidationResult(ImmutableArray<ValidationProblem> problems) => Problems = problems.OrEmpty();

    /// <summary>Gets every problem found, errors and warnings, in document order.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the letter is valid: it has no errors (warnings are allowed).</summary>
    public bool IsValid => !Problems.Any(p => p.Severity == ValidationSeverity.Error);

    /// <summary>Gets the errors only.</summary>
    public ImmutableArray<ValidationProblem> Errors => [.. Problems.Where(p => p.Severity == ValidationSeverity.Error)];

    /// <summary>Gets the warnings only.</summary>
    public ImmutableArray<ValidationProblem> Warnings => [.. Problems.Where(p => p.Severity == ValidationSeverity.Warning)];

    /// <inheritdoc/>
    public bool Equals(ValidationResult? other) => other is not null && Sequence.ItemsEqual(Problems, other.Problems);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddItems(Problems);
        return hash.ToHashCode();
    }

    /// <summary>Describes the result for a log or a debugger: the verdict and how many errors and warnings.</summary>
    /// <returns>For example <c>ValidationResult invalid: 2 errors, 1 warning</c>.</returns>
    public override string ToString() =>
        $"ValidationResult {(IsValid ? "valid" : "invalid")}: {Describe.Count(Errors.Length, "error")}, {Describe.Count(Warnings.Length, "warning")}";
}
