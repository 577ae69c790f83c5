using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's event object, with no checks: the peers' target.</summary>
public sealed class PlainEvent
{
    public string Type { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string? Place { get; set; }

    public string? Note { get; set; }

    public List<string> Sources { get; set; } = [];
}
