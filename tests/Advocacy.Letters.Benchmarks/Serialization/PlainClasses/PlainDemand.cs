using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's demand object, with no checks: the peers' target.</summary>
public sealed class PlainDemand
{
    public string Id { get; set; } = string.Empty;

    public string Paragraph { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string? Action { get; set; }

    public List<string> Actors { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public List<string> Instruments { get; set; } = [];
}
