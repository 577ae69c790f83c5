namespace Advocacy.Letters.Import;

/// <summary>How the text given to <see cref="LetterImporter"/> is marked up.</summary>
public enum LetterImportFormat
{
    /// <summary>Plain text, as in an e-mail or the text of a PDF. Asterisks, underscores and angle brackets are kept as written.</summary>
    Text,

    /// <summary>
    /// Markdown: headings, emphasis (kept as <c>*…*</c>), lists, links (their text is kept), tables, inline HTML
    /// (tags dropped, <c>&lt;br&gt;</c> a line break) and HTML entities.
    /// </summary>
    Markdown,
}
