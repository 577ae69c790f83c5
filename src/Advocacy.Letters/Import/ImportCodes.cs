namespace Advocacy.Letters.Import;

/// <summary>
/// The stable codes of the warnings <see cref="LetterImporter"/> gives for what it guessed or could not find. A code
/// never changes meaning once released. Each warning's message starts with the line of the input it concerns.
/// </summary>
public static class ImportCodes
{
    /// <summary><c>empty-input</c>: the input holds no text.</summary>
    public const string EmptyInput = "empty-input";

    /// <summary><c>characters-removed</c>: control characters, bidirectional controls, lone surrogates or NUL bytes were removed or replaced.</summary>
    public const string CharactersRemoved = "characters-removed";

    /// <summary><c>title-guessed</c>: the text has no title or subject line; one was made from the addressee.</summary>
    public const string TitleGuessed = "title-guessed";

    /// <summary><c>id-changed</c>: the id asked for is not a slug; it was made into one.</summary>
    public const string IdChanged = "id-changed";

    /// <summary><c>date-ambiguous</c>: a date such as <c>03/04/2021</c> reads either way; it was read day first.</summary>
    public const string DateAmbiguous = "date-ambiguous";

    /// <summary><c>addressee-not-found</c>: no addressee block, <c>To:</c> line or named salutation was found.</summary>
    public const string AddresseeNotFound = "addressee-not-found";

    /// <summary><c>addressee-from-salutation</c>: the only addressee found is the one the salutation names.</summary>
    public const string AddresseeFromSalutation = "addressee-from-salutation";

    /// <summary><c>salutation-not-found</c>: no salutation was found; the body starts at the first paragraph of prose.</summary>
    public const string SalutationNotFound = "salutation-not-found";

    /// <summary><c>valediction-not-found</c>: no valediction was found; the signatories are the list that ends the letter.</summary>
    public const string ValedictionNotFound = "valediction-not-found";

    /// <summary><c>signatories-not-found</c>: no list of signatories was found.</summary>
    public const string SignatoriesNotFound = "signatories-not-found";

    /// <summary><c>signatory-type-guessed</c>: a signatory was taken for a person from the shape of its name alone.</summary>
    public const string SignatoryTypeGuessed = "signatory-type-guessed";

    /// <summary><c>signatory-on-behalf</c>: a line "X on behalf of Y" was read as the signatory Y.</summary>
    public const string SignatoryOnBehalf = "signatory-on-behalf";

    /// <summary><c>region-not-recorded</c>: a signatory gives a region ("Global", "EU"), which is not recorded as a country.</summary>
    public const string RegionNotRecorded = "region-not-recorded";

    /// <summary><c>demands-not-found</c>: no sentence or list item asking something of the addressee was found.</summary>
    public const string DemandsNotFound = "demands-not-found";

    /// <summary><c>paragraphs-joined</c>: a paragraph split by a page break or blank line was joined back together.</summary>
    public const string ParagraphsJoined = "paragraphs-joined";

    /// <summary><c>text-skipped</c>: lines that are not part of the letter (page numbers, notes, contact details) were left out.</summary>
    public const string TextSkipped = "text-skipped";

    /// <summary><c>preamble-skipped</c>: text before the letter (an introduction, a preamble) was left out of the body.</summary>
    public const string PreambleSkipped = "preamble-skipped";
}
