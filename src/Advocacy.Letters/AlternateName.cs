using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>Another name for a party, such as its name in another language or script (<c>김정일</c>).</summary>
public sealed record AlternateName
{
    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the BCP 47 language tag of the name (<c>ko</c>), if known.</summary>
    public string? Language { get; init; }

    /// <summary>Describes the name for a log or a debugger.</summary>
    /// <returns>For example <c>AlternateName "김정일" (ko)</c>.</returns>
    public override string ToString() =>
        Language is null ? $"AlternateName {Describe.Quote(Name)}" : $"AlternateName {Describe.Quote(Name)} ({Describe.Id(Language)})";
}
