using System;
using System.Collections.Immutable;
using Advocacy.Letters.Import.Internal;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Import;

/// <summary>
/// Reads a letter written as plain text or Markdown (a web page's text, an e-mail, the text of a PDF) into a
/// <see cref="Letter"/>, without being told its layout: addressees, date, place, title, salutation, body, closing,
/// valediction, demands and signatories.
/// </summary>
/// <remarks>
/// <para>Import never throws on any text: empty, binary, huge or shapeless input gives a letter with warnings and,
/// where something required was not found, validation errors. Its time and memory are linear in the input's length
/// (no regular expressions; every look-ahead is bounded).</para>
/// <para>A demand sentence asking for several things with its verbs joined by commas ("to end…, stop…, and
/// close…") is split at those verbs, one demand each; otherwise a demand is its whole clause, without trailing
/// "which…" or "so that…" clauses. Paragraph ids are <c>p1</c>, <c>p2</c>…; demand ids are made from the action verb
/// and the words after it. Rendering an imported plain-text letter with
/// <see cref="Rendering.PlainTextRenderer"/> gives back the letter's words in the same order, apart from the front
/// matter kept as data (title, date, place, subject) and list numbering. Thread-safe.</para>
/// </remarks>
public static class LetterImporter
{
    /// <summary>Imports a letter from its text.</summary>
    /// <param name="text">The letter's text.</param>
    /// <param name="options">How the text is marked up, and the id and language to give the letter; <see langword="null"/> for <see cref="LetterImportOptions.Default"/>.</param>
    /// <returns>The letter and every problem found: the importer's warnings, then the validator's problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static LetterImportResult Import(string text, LetterImportOptions? options = null)
    {
        Guard.NotNull(text);
        return Import(text, options ?? LetterImportOptions.Default, out _);
    }

    /// <summary>Imports, and tells how many characters were examined, summed over every pass (the tests show it is linear).</summary>
    internal static LetterImportResult Import(string text, LetterImportOptions options, out long steps)
    {
        var session = new ImportSession(options);
        var letter = new LetterReader(session).Read(text);
        session.Finish();
        steps = session.Steps;
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        problems.AddRange(session.Problems);
        problems.AddRange(LetterValidator.Validate(letter).Problems);
        return new LetterImportResult { Letter = letter, Problems = problems.ToImmutable() };
    }
}
