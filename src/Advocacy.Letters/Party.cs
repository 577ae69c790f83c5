using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>A person or organisation that acted on a letter, such as the author of a response.</summary>
public sealed record Party
{
    /// <summary>Gets whether the party is a person or an organisation.</summary>
    public required PartyType Type { get; init; }

    /// <summary>Gets the party's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the party's country, if known.</summary>
    public string? Country { get; init; }

    /// <summary>Describes the party for a log or a debugger: name, type and country.</summary>
    /// <returns>For example <c>Party "DPRK Mission" (organization, KP)</c>.</returns>
    public override string ToString() =>
        $"Party {Describe.Quote(Name)} ({Describe.Name(Type)}{(Country is null ? string.Empty : ", " + Describe.Id(Country))})";
}
