using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's party object, with no checks: the peers' target.</summary>
public sealed class PlainParty
{
    public string Type { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Country { get; set; }
}
