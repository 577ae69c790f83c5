using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's response object, with no checks: the peers' target.</summary>
public sealed class PlainResponse
{
    public string Id { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public PlainParty From { get; set; } = new();

    public List<string> Addressees { get; set; } = [];

    public string Channel { get; set; } = string.Empty;

    public string Stance { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public List<PlainDisposition> Dispositions { get; set; } = [];

    public List<string> Sources { get; set; } = [];
}
