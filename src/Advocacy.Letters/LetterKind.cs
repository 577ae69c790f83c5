
namespace Advocacy.Letters;

/// <summary>What sort of letter this is.</summary>
/// <remarks>Written in JSON in kebab case, e.g. <c>open-letter</c>.</remarks>
public enum LetterKind
{
    /// <summary>A letter from one author, published for all to read.</summary>
    OpenLetter,

    /// <summary>A letter signed by several organisations or people together.</summary>
    JointLetter,

    /// <summary>A petition collecting many signatures.</summary>
    Petition,

    /// <summary>An urgent appeal, typically about one person or case.</summary>
    Appeal,

    /// <summary>A letter sent privately, not published at the time.</summary>
    PrivateLetter,
}
