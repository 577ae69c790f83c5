using NodaTime;

namespace Advocacy.Letters.Export;

/// <summary>
/// The header of a TEI / CMIF file: what the file is, who edits and publishes it, where it lives and under which
/// licence, as the Correspondence Metadata Interchange Format requires.
/// </summary>
public sealed record LetterTeiOptions
{
    /// <summary>Gets the address where the CMIF file is published (its <c>idno type="url"</c>), which harvesters such as correspSearch fetch.</summary>
    public required string Url { get; init; }

    /// <summary>Gets the day the file is published (its <c>publicationStmt/date</c>); pass it in, for the library never reads a clock.</summary>
    public required LocalDate PublicationDate { get; init; }

    /// <summary>Gets the file's title; <c>Advocacy letters</c> unless set.</summary>
    public string Title { get; init; } = "Advocacy letters";

    /// <summary>Gets the editor's name; <c>Advocacy.Letters</c> unless set.</summary>
    public string Editor { get; init; } = "Advocacy.Letters";

    /// <summary>Gets the publisher's name; <c>Advocacy.Letters</c> unless set.</summary>
    public string Publisher { get; init; } = "Advocacy.Letters";

    /// <summary>Gets the address of the file's licence; CC BY 4.0 (<c>https://creativecommons.org/licenses/by/4.0/</c>), as CMIF asks, unless set.</summary>
    public string LicenceUrl { get; init; } = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>Gets the words of the licence statement.</summary>
    public string Licence { get; init; } = "This file is licensed under the terms of the Creative Commons License CC BY 4.0.";
}
