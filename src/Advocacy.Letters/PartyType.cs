
namespace Advocacy.Letters;

/// <summary>Whether a party is a person or an organisation.</summary>
/// <remarks>Written in JSON in kebab case, e.g. <c>person</c>.</remarks>
public enum PartyType
{
    /// <summary>A natural person.</summary>
    Person,

    /// <summary>An organisation: a government body, an NGO, a company, a coalition.</summary>
    Organization,
}
