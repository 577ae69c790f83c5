namespace Advocacy.Letters.Import;

/// <summary>Options for <see cref="LetterImporter.Import(string, LetterImportOptions?)"/>.</summary>
public sealed record LetterImportOptions
{
    /// <summary>Gets the default options: plain text, English, an id made from the title.</summary>
    public static LetterImportOptions Default { get; } = new();

    /// <summary>Gets how the text is marked up; <see cref="LetterImportFormat.Text"/> unless set.</summary>
    public LetterImportFormat Format { get; init; } = LetterImportFormat.Text;

    /// <summary>
    /// Gets the letter's id, or <see langword="null"/> to make one from its title. A value that is not a slug is made
    /// into one, with a warning.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>Gets the BCP 47 tag of the letter's language; <c>en</c> unless set.</summary>
    public string Language { get; init; } = "en";
}
