
namespace Advocacy.Letters;

/// <summary>How an addressee receives the letter.</summary>
/// <remarks>Written in JSON in kebab case, e.g. <c>to</c>.</remarks>
public enum AddresseeRole
{
    /// <summary>A primary addressee: the letter is written to them.</summary>
    To,

    /// <summary>A copied addressee: the letter is sent to them for information.</summary>
    Cc,
}
