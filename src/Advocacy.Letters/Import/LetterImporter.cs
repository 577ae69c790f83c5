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
/// and the words after it. Every demand has an action: its verb, or the asking verb ("request", "ask") when nothing
/// says what to do ("We respectfully request a meeting"); its summary starts at the action; its actor is spelled as in
/// the letter, without a leading article ("The G20 should…" gives <c>G20</c>).</para>
/// <para>Rendering an imported plain-text letter with <see cref="Rendering.PlainTextRenderer"/> gives back its words in
/// the same order from the salutation (or the first body paragraph) on, apart from what is not kept as text: headings
/// inside the signatory list ("Organisations", "Individuals", "Global", "National"…), the label "Signed by:", a TAB
/// table's header row, notes and footnotes ("* in a personal capacity", "¹ …"), page numbers, and a <c>Cc:</c> block
/// (rendered as <c>cc: NAME</c> lines). List numbering and the separators between a signatory's parts are the
/// renderer's own. The front matter (title, date, place, subject) and the addressee block are kept as data and
/// rendered in the renderer's layout. Thread-safe.</para>
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
