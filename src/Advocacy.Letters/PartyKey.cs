using System;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>
/// Who a party is, for matching the same signatory, addressee or response sender across letters and within one: the
/// name compared ignoring case, accents and character width, and the country, if any.
/// </summary>
/// <remarks>
/// <para>The name is folded: canonically equivalent forms (NFC and NFD) are equal; combining marks (accents) are
/// removed, so <c>Amélie</c> equals <c>AMELIE</c>; fullwidth and halfwidth forms equal their usual forms, so
/// <c>ＦＩＤＨ</c> equals <c>FIDH</c>; runs of white space count as one space, and white space at either end is ignored.
/// Case is folded by the invariant simple upper-case mapping. The country (an ISO 3166-1 code) is compared in upper
/// case; an empty one counts as none.</para>
/// <para>The key depends on no culture and no ICU: it is the same on every machine, including under
/// <c>InvariantGlobalization</c>, where .NET has no Unicode normalization of its own. The folding data is built into
/// the library.</para>
/// <para>The format records no country for an addressee, so an addressee's key has none. To match by name alone,
/// compare <see cref="Name"/>, or build keys with <see cref="Create"/> and no country.</para>
/// <para>Equal when <see cref="Name"/> and <see cref="Country"/> are equal, ordinally. The default value has an
/// empty name and no country. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct PartyKey : IEquatable<PartyKey>
{
    private readonly string? name;

    private PartyKey(string name, string? country)
    {
        this.name = name;
        Country = country;
    }

    /// <summary>Gets the folded name: upper case, without accents, in the usual width (<c>AMNESTY INTERNATIONAL</c>).</summary>
    public string Name => name ?? string.Empty;

    /// <summary>Gets the country code in upper case, or <see langword="null"/> when there is none.</summary>
    public string? Country { get; }

    /// <summary>Creates the key for a name and, optionally, a country.</summary>
    /// <param name="name">The party's name, as written.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 code of the party's country, if any.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static PartyKey Create(string name, string? country = null)
    {
        Guard.NotNull(name);
        return new PartyKey(NameFolding.Fold(name), string.IsNullOrEmpty(country) ? null : country!.ToUpperInvariant());
    }

    /// <summary>Gets the key of a signatory: its name and country.</summary>
    /// <param name="signatory">The signatory.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signatory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The signatory's name is <see langword="null"/> (a letter built in code).</exception>
    public static PartyKey Of(Signatory signatory)
    {
        Guard.NotNull(signatory);
        return Create(NameOf(signatory.Name, nameof(signatory)), signatory.Country);
    }

    /// <summary>Gets the key of an addressee: its name (the format records no country for an addressee).</summary>
    /// <param name="addressee">The addressee.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="addressee"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The addressee's name is <see langword="null"/> (a letter built in code).</exception>
    public static PartyKey Of(Addressee addressee)
    {
        Guard.NotNull(addressee);
        return Create(NameOf(addressee.Name, nameof(addressee)));
    }

    /// <summary>Gets the key of a party, such as who sent a response: its name and country.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The party's name is <see langword="null"/> (a letter built in code).</exception>
    public static PartyKey Of(Party party)
    {
        Guard.NotNull(party);
        return Create(NameOf(party.Name, nameof(party)), party.Country);
    }

    /// <inheritdoc/>
    public bool Equals(PartyKey other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Country, other.Country, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartyKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Country is null ? 0 : StringComparer.Ordinal.GetHashCode(Country));

    /// <summary>Formats the key as its folded name, followed by the country in parentheses when there is one.</summary>
    /// <returns>The key's text (<c>AMNESTY INTERNATIONAL (GB)</c>).</returns>
    public override string ToString() => Country is null ? Name : $"{Name} ({Country})";

    /// <summary>Compares two keys for equality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PartyKey left, PartyKey right) => left.Equals(right);

    /// <summary>Compares two keys for inequality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PartyKey left, PartyKey right) => !left.Equals(right);

    private static string NameOf(string? name, string paramName) =>
        name ?? throw new ArgumentException("The party has no name (null), so it has no key.", paramName);
}
