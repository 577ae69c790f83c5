using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>An organisation or person that signed the letter.</summary>
public sealed record Signatory
{
    /// <summary>Gets whether the signatory is an organisation or a person.</summary>
    public required PartyType Type { get; init; }

    /// <summary>Gets the signatory's name, without acronym or country.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the signatory's acronym (<c>FIDH</c>), if the letter gives one.</summary>
    public string? Acronym { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the signatory's country, if the letter gives one.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the signature exactly as printed in the letter (<c>Free NK Gulag (ROK)</c>).</summary>
    public required string Label { get; init; }

    /// <summary>Describes the signatory for a log or a debugger: name, type, acronym and country.</summary>
    /// <returns>For example <c>Signatory "Human Rights Watch" (organization, HRW, US)</c>.</returns>
    public override string ToString() =>
        $"Signatory {Describe.Quote(Name)} ({Describe.Name(Type)}" +
        $"{(Acronym is null ? string.Empty : ", " + Describe.Id(Acronym))}{(Country is null ? string.Empty : ", " + Describe.Id(Country))})";
}
