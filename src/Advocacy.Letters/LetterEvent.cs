using System;
using System.Collections.Immutable;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>Something that happened to the letter: its release, publication, delivery.</summary>
/// <remarks>Equal when every member is equal, comparing <see cref="Sources"/> item by item.</remarks>
public sealed record LetterEvent
{
    /// <summary>Gets what happened.</summary>
    public required LetterEventType Type { get; init; }

    /// <summary>Gets when it happened.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Gets where it happened, if known.</summary>
    public string? Place { get; init; }

    /// <summary>Gets a note on what happened, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the ids of the sources that record the event.</summary>
    public ImmutableArray<string> Sources { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc/>
    public bool Equals(LetterEvent? other) =>
        other is not null &&
        Type == other.Type &&
        Date == other.Date &&
        Place == other.Place &&
        Note == other.Note &&
        Sequence.ItemsEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Type);
        hash.Add(Date);
        hash.Add(Place);
        hash.Add(Note);
        hash.AddItems(Sources);
        return hash.ToHashCode();
    }

    /// <summary>Describes the event for a log or a debugger: what, when, where and how many sources.</summary>
    /// <returns>For example <c>LetterEvent delivered 2011-10-06 in "New York": 1 source</c>.</returns>
    public override string ToString() =>
        $"LetterEvent {Describe.Name(Type)} {Date}{(Place is null ? string.Empty : " in " + Describe.Quote(Place))}: {Describe.Count(Sources.Length, "source")}";
}
