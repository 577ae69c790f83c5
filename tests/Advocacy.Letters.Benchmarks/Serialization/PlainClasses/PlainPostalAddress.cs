using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's postal address object, with no checks: the peers' target.</summary>
public sealed class PlainPostalAddress
{
    public List<string> Lines { get; set; } = [];

    public string? Locality { get; set; }

    public string? Country { get; set; }
}
