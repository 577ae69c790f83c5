using System.Collections.Generic;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>A plain mutable mirror of the format's paragraph object, with no checks: the peers' target.</summary>
public sealed class PlainParagraph
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
