
namespace Advocacy.Letters;

/// <summary>Something that happened to the letter.</summary>
/// <remarks>Written in JSON in kebab case, e.g. <c>released</c>.</remarks>
public enum LetterEventType
{
    /// <summary>The letter was written.</summary>
    Drafted,

    /// <summary>The letter was signed.</summary>
    Signed,

    /// <summary>The letter was made public, for example at a press conference.</summary>
    Released,

    /// <summary>The letter was published, for example on a website.</summary>
    Published,

    /// <summary>The letter reached the addressee or their representatives.</summary>
    Delivered,

    /// <summary>The letter was handed over in person.</summary>
    Presented,

    /// <summary>The letter was withdrawn by its signatories.</summary>
    Withdrawn,

    /// <summary>Another event, described in its note.</summary>
    Other,
}
