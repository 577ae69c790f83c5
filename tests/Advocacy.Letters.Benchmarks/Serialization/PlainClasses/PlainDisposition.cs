using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's disposition object, with no checks: the peers' target.</summary>
public sealed class PlainDisposition
{
    public string Demand { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;
}
