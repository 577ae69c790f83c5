using System.Collections.Generic;

namespace Advocacy.Letters.Validation;

/// <summary>
/// An archive's own rule, run by <see cref="LetterValidator.Validate(Letter, LetterValidationOptions?)"/> after the
/// format's rules, reporting through the same <see cref="ValidationProblem"/> with codes of its own.
/// </summary>
/// <remarks>
/// A rule sees letters as they are, including ones built in code with <see langword="null"/> where the model forbids
/// it. Its codes must not be one of <see cref="ValidationCodes"/>, whose meanings are fixed; prefix them with the
/// archive's name (<c>icnk-missing-source</c>).
/// </remarks>
public interface ILetterRule
{
    /// <summary>Checks <paramref name="letter"/>.</summary>
    /// <param name="letter">The letter, never <see langword="null"/>.</param>
    /// <returns>Every problem found, each with a JSON Pointer, the rule's own code, a severity and a message; none when the letter passes.</returns>
    IEnumerable<ValidationProblem> Check(Letter letter);
}
