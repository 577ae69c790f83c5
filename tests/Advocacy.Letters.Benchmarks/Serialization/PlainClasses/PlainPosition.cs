using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's position object, with no checks: the peers' target.</summary>
public sealed class PlainPosition
{
    public string Title { get; set; } = string.Empty;

    public string? Organization { get; set; }

    public string? Label { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}
