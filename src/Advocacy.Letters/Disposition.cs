using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>What one response said or did about one demand.</summary>
public sealed record Disposition
{
    /// <summary>Gets the id of the demand.</summary>
    public required string Demand { get; init; }

    /// <summary>Gets what the response said or did about the demand.</summary>
    public required DispositionStatus Status { get; init; }

    /// <summary>Describes the disposition for a log or a debugger: the demand and the status.</summary>
    /// <returns>For example <c>Disposition release-prisoners: not-addressed</c>.</returns>
    public override string ToString() => $"Disposition {Describe.Id(Demand)}: {Describe.Name(Status)}";
}
