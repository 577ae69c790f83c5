using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's letter object, with no checks: the peers' target.</summary>
public sealed class PlainLetter
{
    public string SchemaVersion { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public string? Date { get; set; }

    public string? Place { get; set; }

    public List<PlainAddressee> Addressees { get; set; } = [];

    public string? Salutation { get; set; }

    public List<PlainParagraph> Body { get; set; } = [];

    public string? Closing { get; set; }

    public string? Valediction { get; set; }

    public List<PlainDemand> Demands { get; set; } = [];

    public List<PlainSignatory> Signatories { get; set; } = [];

    public List<PlainEvent> Events { get; set; } = [];

    public List<PlainResponse> Responses { get; set; } = [];

    public List<PlainSource> Sources { get; set; } = [];
}
