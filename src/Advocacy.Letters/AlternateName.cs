namespace Advocacy.Letters;

/// <summary>Another name for a party, such as its name in another language or script (<c>김정일</c>).</summary>
public sealed record AlternateName
{
    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the BCP 47 language tag of the name (<c>ko</c>), if known.</summary>
    public string? Language { get; init; }
}
