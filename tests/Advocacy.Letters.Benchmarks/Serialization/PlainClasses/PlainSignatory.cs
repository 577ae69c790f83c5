using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's signatory object, with no checks: the peers' target.</summary>
public sealed class PlainSignatory
{
    public string Type { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Acronym { get; set; }

    public string? Country { get; set; }

    public string Label { get; set; } = string.Empty;
}
