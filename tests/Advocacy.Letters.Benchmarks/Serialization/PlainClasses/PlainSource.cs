using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's source object, with no checks: the peers' target.</summary>
public sealed class PlainSource
{
    public string Id { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Date { get; set; }
}
