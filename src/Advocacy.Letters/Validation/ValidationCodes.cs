using System;
using System.Collections.Generic;

namespace Advocacy.Letters.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationProblem.Code"/>. A code never changes meaning once released; new rules get
/// new codes. The README lists every code with its severity and an example.
/// </summary>
public static class ValidationCodes
{
    /// <summary><c>unsupported-schema-version</c>: <c>schemaVersion</c> is not a version this library reads.</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";

    /// <summary><c>missing-value</c>: a required value is absent (<see langword="null"/>), as only code can make it.</summary>
    public const string MissingValue = "missing-value";

    /// <summary><c>invalid-value</c>: an enumeration holds a value that is not one of its members.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary><c>blank-text</c>: a required text is empty or only white space.</summary>
    public const string BlankText = "blank-text";

    /// <summary><c>untrimmed-text</c>: a text starts or ends with white space.</summary>
    public const string UntrimmedText = "untrimmed-text";

    /// <summary><c>forbidden-character</c>: a text holds a control character, a bidirectional override or isolate, or a lone surrogate.</summary>
    public const string ForbiddenCharacter = "forbidden-character";

    /// <summary><c>invalid-id</c>: an id is not a slug: lower-case letters and digits in groups joined by single hyphens, at most 64 characters.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary><c>duplicate-id</c>: an id occurs twice in the same list.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary><c>unresolved-reference</c>: a reference names a paragraph, demand, source or addressee the letter does not have.</summary>
    public const string UnresolvedReference = "unresolved-reference";

    /// <summary><c>demand-text-not-in-paragraph</c>: a demand's text does not occur, exactly, in its paragraph.</summary>
    public const string DemandTextNotInParagraph = "demand-text-not-in-paragraph";

    /// <summary><c>missing-to-addressee</c>: no addressee has the role <c>to</c>.</summary>
    public const string MissingToAddressee = "missing-to-addressee";

    /// <summary><c>missing-signatory</c>: the letter has no signatory.</summary>
    public const string MissingSignatory = "missing-signatory";

    /// <summary><c>unknown-country</c>: a country is not an ISO 3166-1 alpha-2 code in upper case.</summary>
    public const string UnknownCountry = "unknown-country";

    /// <summary><c>invalid-language</c>: a language is not a well-formed BCP 47 tag.</summary>
    public const string InvalidLanguage = "invalid-language";

    /// <summary><c>invalid-url</c>: a URL is not an absolute http or https address.</summary>
    public const string InvalidUrl = "invalid-url";

    /// <summary><c>date-before-letter</c>: an event or response is dated before the letter.</summary>
    public const string DateBeforeLetter = "date-before-letter";

    /// <summary><c>position-dates-reversed</c>: a position starts after it ends.</summary>
    public const string PositionDatesReversed = "position-dates-reversed";

    /// <summary><c>position-not-held</c> (warning): the addressee did not hold the position on the letter's date.</summary>
    public const string PositionNotHeld = "position-not-held";

    /// <summary><c>duplicate-signatory</c>: two signatories have the same name and country, ignoring case and accents.</summary>
    public const string DuplicateSignatory = "duplicate-signatory";

    /// <summary><c>duplicate-disposition</c>: a response has more than one disposition for the same demand.</summary>
    public const string DuplicateDisposition = "duplicate-disposition";

    /// <summary><c>event-out-of-order</c> (warning): an event is certainly earlier than an event listed before it, though events are listed in date order.</summary>
    public const string EventOutOfOrder = "event-out-of-order";

    /// <summary><c>response-out-of-order</c> (warning): a response is certainly earlier than a response listed before it, though responses are listed in date order.</summary>
    public const string ResponseOutOfOrder = "response-out-of-order";

    /// <summary>
    /// <c>unreadable</c>: the input is not a readable letter at all (malformed JSON, past a read limit, or a file that
    /// could not be opened or read). <see cref="LetterValidator"/> never reports it, since it validates letters that
    /// were read; tools that report reading and validation together (the <c>letters validate</c> JSON report) use it
    /// for an input or a JSON Lines line that could not be read, with the reader's pointer as the path.
    /// </summary>
    public const string Unreadable = "unreadable";

    private static readonly HashSet<string> BuiltIn = new(StringComparer.Ordinal)
    {
        UnsupportedSchemaVersion,
        MissingValue,
        InvalidValue,
        BlankText,
        UntrimmedText,
        ForbiddenCharacter,
        InvalidId,
        DuplicateId,
        UnresolvedReference,
        DemandTextNotInParagraph,
        MissingToAddressee,
        MissingSignatory,
        UnknownCountry,
        InvalidLanguage,
        InvalidUrl,
        DateBeforeLetter,
        PositionDatesReversed,
        PositionNotHeld,
        DuplicateSignatory,
        DuplicateDisposition,
        EventOutOfOrder,
        ResponseOutOfOrder,
        Unreadable,
    };

    /// <summary>Tells whether <paramref name="code"/> is one of the format's own codes, which extra rules may not report.</summary>
    internal static bool IsBuiltIn(string? code) => code is not null && BuiltIn.Contains(code);
}
