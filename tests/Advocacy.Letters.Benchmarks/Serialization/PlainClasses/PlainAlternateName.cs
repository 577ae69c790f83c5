using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's alternate name object, with no checks: the peers' target.</summary>
public sealed class PlainAlternateName
{
    public string Name { get; set; } = string.Empty;

    public string? Language { get; set; }
}
