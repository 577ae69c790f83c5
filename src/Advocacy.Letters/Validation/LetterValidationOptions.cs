using System.Collections.Immutable;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Validation;

/// <summary>How <see cref="LetterValidator.Validate(Letter, LetterValidationOptions?)"/> validates: warnings as errors, and an archive's own rules.</summary>
/// <remarks>Immutable once built, so one instance can be shared by every call and thread.</remarks>
public sealed class LetterValidationOptions
{
    /// <summary>Gets the default options: warnings stay warnings, and no extra rule runs.</summary>
    public static LetterValidationOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether every warning, the format's and the extra rules', is reported as an error
    /// (same path, code and message, <see cref="ValidationSeverity.Error"/>), so that it makes the letter invalid.
    /// </summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Gets the archive's own rules, run in this order after the format's rules; their problems follow the format's.</summary>
    public ImmutableArray<ILetterRule> Rules { get; init => field = value.OrEmpty(); } = [];
}
