using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's addressee object, with no checks: the peers' target.</summary>
public sealed class PlainAddressee
{
    public string? Id { get; set; }

    public string Role { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Honorific { get; set; }

    public List<PlainAlternateName> OtherNames { get; set; } = [];

    public List<PlainPosition> Positions { get; set; } = [];

    public PlainPostalAddress? Address { get; set; }
}
