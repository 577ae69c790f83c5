using System;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Import;

/// <summary>
/// What <see cref="LetterImporter"/> made of a text: the letter, and every problem found, each located by a JSON
/// Pointer into the letter.
/// </summary>
/// <remarks>
/// <para><see cref="Problems"/> holds first what the importer guessed or could not find (codes from
/// <see cref="ImportCodes"/>, warnings), then what <see cref="LetterValidator"/> reports on the letter it made
/// (codes from <see cref="ValidationCodes"/>). An error there is something a person must fix before the letter is
/// valid, such as a letter with no addressee.</para>
/// <para>Equal when the letter and the problems are equal, item by item.</para>
/// </remarks>
public sealed record LetterImportResult
{
    /// <summary>Gets the letter read from the text; always present, even when it is invalid.</summary>
    public required Letter Letter { get; init; }

    /// <summary>Gets the importer's warnings followed by the validator's problems, in that order.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets a value indicating whether the letter is valid: no problem is an error (warnings are allowed).</summary>
    public bool IsValid => !Problems.Any(p => p.Severity == ValidationSeverity.Error);

    /// <summary>Gets the errors only: what a person must fix.</summary>
    public ImmutableArray<ValidationProblem> Errors => [.. Problems.Where(p => p.Severity == ValidationSeverity.Error)];

    /// <summary>Gets the warnings only: what the importer guessed or did not find.</summary>
    public ImmutableArray<ValidationProblem> Warnings => [.. Problems.Where(p => p.Severity == ValidationSeverity.Warning)];

    /// <inheritdoc/>
    public bool Equals(LetterImportResult? other) =>
        other is not null && Letter == other.Letter && Sequence.ItemsEqual(Problems, other.Problems);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Letter);
        hash.AddItems(Problems);
        return hash.ToHashCode();
    }
}
