using System;
using System.Collections.Immutable;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>A person or organisation the letter is written or copied to, with the offices they held.</summary>
/// <remarks>Equal when every member is equal, comparing collections item by item.</remarks>
public sealed record Addressee
{
    /// <summary>
    /// Gets the addressee's id, if it has one: a slug, unique among the letter's addressees, that a response lists in
    /// its <c>addressees</c> to say it answers for this addressee.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>Gets whether the letter is written to this addressee or copied to them.</summary>
    public required AddresseeRole Role { get; init; }

    /// <summary>Gets whether the addressee is a person or an organisation.</summary>
    public required PartyType Type { get; init; }

    /// <summary>Gets the addressee's name (<c>Kim Jong-il</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the honorific used for the addressee (<c>Chairman</c>), if any.</summary>
    public string? Honorific { get; init; }

    /// <summary>Gets other names of the addressee, such as in another language or script.</summary>
    public ImmutableArray<AlternateName> OtherNames { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the offices the addressee holds or held, in the order the letter names them.</summary>
    public ImmutableArray<Position> Positions { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the address the letter is sent to, if given.</summary>
    public PostalAddress? Address { get; init; }

    /// <inheritdoc/>
    public bool Equals(Addressee? other) =>
        other is not null &&
        Id == other.Id &&
        Role == other.Role &&
        Type == other.Type &&
        Name == other.Name &&
        Honorific == other.Honorific &&
        Sequence.ItemsEqual(OtherNames, other.OtherNames) &&
        Sequence.ItemsEqual(Positions, other.Positions) &&
        Equals(Address, other.Address);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Role);
        hash.Add(Type);
        hash.Add(Name);
        hash.Add(Honorific);
        hash.AddItems(OtherNames);
        hash.AddItems(Positions);
        hash.Add(Address);
        return hash.ToHashCode();
    }

    /// <summary>Describes the addressee for a log or a debugger: id (if any), role, name and how many positions and other names.</summary>
    /// <returns>For example <c>Addressee to "Kim Jong-il" (person): 3 positions, 1 other name</c>.</returns>
    public override string ToString() =>
        $"Addressee {(Id is null ? string.Empty : Describe.Id(Id) + " ")}{Describe.Name(Role)} {Describe.Quote(Name)} ({Describe.Name(Type)}): " +
        $"{Describe.Count(Positions.Length, "position")}, {Describe.Count(OtherNames.Length, "other name")}";
}
