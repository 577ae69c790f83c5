using System;
using System.Collections.Immutable;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>One thing the letter asks for, quoted exactly from one of its paragraphs.</summary>
/// <remarks>Equal when every member is equal, comparing collections item by item.</remarks>
public sealed record Demand
{
    /// <summary>Gets the demand's id: a slug, unique among the letter's demands.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the body paragraph the demand is made in.</summary>
    public required string Paragraph { get; init; }

    /// <summary>Gets the demand's exact words, as they occur in its paragraph.</summary>
    public required string Text { get; init; }

    /// <summary>Gets a short summary of the demand in plain words.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the action asked for, as a verb (<c>invite</c>, <c>release</c>), if recorded.</summary>
    public string? Action { get; init; }

    /// <summary>Gets who is asked to act (<c>government</c>).</summary>
    public ImmutableArray<string> Actors { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the human-rights themes the demand concerns (<c>detention</c>, <c>food</c>).</summary>
    public ImmutableArray<string> Themes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the instruments and bodies the demand invokes (<c>ICCPR</c>, <c>ILO</c>).</summary>
    public ImmutableArray<string> Instruments { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc/>
    public bool Equals(Demand? other) =>
        other is not null &&
        Id == other.Id &&
        Paragraph == other.Paragraph &&
        Text == other.Text &&
        Summary == other.Summary &&
        Action == other.Action &&
        Sequence.ItemsEqual(Actors, other.Actors) &&
        Sequence.ItemsEqual(Themes, other.Themes) &&
        Sequence.ItemsEqual(Instruments, other.Instruments);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Paragraph);
        hash.Add(Text);
        hash.Add(Summary);
        hash.Add(Action);
        hash.AddItems(Actors);
        hash.AddItems(Themes);
        hash.AddItems(Instruments);
        return hash.ToHashCode();
    }

    /// <summary>Describes the demand for a log or a debugger: its id, paragraph and summary.</summary>
    /// <returns>For example <c>Demand release-prisoners in request: "Release all political prisoners."</c>.</returns>
    public override string ToString() => $"Demand {Describe.Id(Id)} in {Describe.Id(Paragraph)}: {Describe.Quote(Summary)}";
}
