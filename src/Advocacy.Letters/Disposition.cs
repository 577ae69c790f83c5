namespace Advocacy.Letters;

/// <summary>What one response said or did about one demand.</summary>
public sealed record Disposition
{
    /// <summary>Gets the id of the demand.</summary>
    public required string Demand { get; init; }

    /// <summary>Gets what the response said or did about the demand.</summary>
    public required DispositionStatus Status { get; init; }
}
