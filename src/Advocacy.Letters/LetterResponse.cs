using System;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>A response the letter drew, with what it said about each demand.</summary>
/// <remarks>Equal when every member is equal, comparing collections item by item.</remarks>
public sealed record LetterResponse
{
    /// <summary>Gets the response's id: a slug, unique among the letter's responses.</summary>
    public required string Id { get; init; }

    /// <summary>Gets when the response was given.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Gets who responded.</summary>
    public required Party From { get; init; }

    /// <summary>
    /// Gets the ids of the addressees the response answers for (each an addressee's <c>id</c>); empty when it does not
    /// say, in which case it answers for every addressee whose role is <c>to</c>.
    /// </summary>
    public ImmutableArray<string> Addressees { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets how the response was given.</summary>
    public required ResponseChannel Channel { get; init; }

    /// <summary>Gets the overall attitude of the response.</summary>
    public required ResponseStance Stance { get; init; }

    /// <summary>Gets what was said or done, in plain words.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets what the response said or did about each demand, at most one per demand.</summary>
    public ImmutableArray<Disposition> Dispositions { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the ids of the sources that record the response.</summary>
    public ImmutableArray<string> Sources { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc/>
    public bool Equals(LetterResponse? other) =>
        other is not null &&
        Id == other.Id &&
        Date == other.Date &&
        Equals(From, other.From) &&
        Sequence.ItemsEqual(Addressees, other.Addressees) &&
        Channel == other.Channel &&
        Stance == other.Stance &&
        Summary == other.Summary &&
        Sequence.ItemsEqual(Dispositions, other.Dispositions) &&
        Sequence.ItemsEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Date);
        hash.Add(From);
        hash.AddItems(Addressees);
        hash.Add(Channel);
        hash.Add(Stance);
        hash.Add(Summary);
        hash.AddItems(Dispositions);
        hash.AddItems(Sources);
        return hash.ToHashCode();
    }

    /// <summary>Describes the response for a log or a debugger: id, date, sender, channel, stance, counts and the addressees it answers for.</summary>
    /// <returns>For example <c>LetterResponse mission-reply 2011-10-06 from "DPRK Mission" (phone, refused-to-engage): 1 disposition, 1 source</c>.</returns>
    public override string ToString() =>
        $"LetterResponse {Describe.Id(Id)} {Date} from {Describe.Quote(From?.Name)} ({Describe.Name(Channel)}, {Describe.Name(Stance)}): " +
        $"{Describe.Count(Dispositions.Length, "disposition")}, {Describe.Count(Sources.Length, "source")}" +
        (Addressees.IsEmpty ? string.Empty : $", for {string.Join(", ", Addressees.Select(Describe.Id))}");
}
