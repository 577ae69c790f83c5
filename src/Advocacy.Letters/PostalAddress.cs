using System;
using System.Collections.Immutable;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>A postal address: the lines as printed, plus the locality and country for machines.</summary>
/// <remarks>Equal when every member is equal, comparing <see cref="Lines"/> item by item.</remarks>
public sealed record PostalAddress
{
    /// <summary>Gets the address lines exactly as printed, top to bottom; empty when not printed.</summary>
    public ImmutableArray<string> Lines { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the city, town or village (<c>Pyongyang</c>), if known.</summary>
    public string? Locality { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country (<c>KP</c>), if known.</summary>
    public string? Country { get; init; }

    /// <inheritdoc/>
    public bool Equals(PostalAddress? other) =>
        other is not null &&
        Sequence.ItemsEqual(Lines, other.Lines) &&
        Locality == other.Locality &&
        Country == other.Country;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddItems(Lines);
        hash.Add(Locality);
        hash.Add(Country);
        return hash.ToHashCode();
    }

    /// <summary>Describes the address for a log or a debugger: locality, country and how many lines.</summary>
    /// <returns>For example <c>PostalAddress "Pyongyang", KP: 1 line</c>.</returns>
    public override string ToString()
    {
        var place = (Locality, Country) switch
        {
            ({ } locality, { } country) => $" {Describe.Quote(locality)}, {Describe.Id(country)}",
            ({ } locality, null) => " " + Describe.Quote(locality),
            (null, { } country) => " " + Describe.Id(country),
            _ => string.Empty,
        };
        return $"PostalAddress{place}: {Describe.Count(Lines.Length, "line")}";
    }
}
