using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>
/// An advocacy letter: who it is addressed to, what it says and demands, who signed it, what happened to it and
/// what responses it drew.
/// </summary>
/// <remarks>
/// <para>Equal when every member is equal, comparing collections item by item, so a letter read back from its own
/// JSON equals the original.</para>
/// <para>Build one with an object initializer or load one with <see cref="Serialization.LetterJson"/>; check it with
/// <see cref="Validation.LetterValidator"/>. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record Letter
{
    /// <summary>The JSON format version this library reads and writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the JSON format version of the document (<c>1.0</c>).</summary>
    [JsonRequired]
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the letter's id: a slug (<c>dprk-2011-kim-jong-il</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the letter's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what sort of letter this is.</summary>
    public required LetterKind Kind { get; init; }

    /// <summary>Gets the BCP 47 tag of the letter's language (<c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>Gets the letter's date, as precisely as it is known, if it is.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Gets where the letter was written or issued, if known.</summary>
    public string? Place { get; init; }

    /// <summary>Gets the people and organisations the letter is written or copied to.</summary>
    public required ImmutableArray<Addressee> Addressees { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the salutation (<c>Dear Chairman Kim Jong-il,</c>), if any.</summary>
    public string? Salutation { get; init; }

    /// <summary>Gets the letter's body, paragraph by paragraph.</summary>
    public required ImmutableArray<Paragraph> Body { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the closing sentence before the valediction, if any.</summary>
    public string? Closing { get; init; }

    /// <summary>Gets the valediction (<c>Yours sincerely,</c>), if any.</summary>
    public string? Valediction { get; init; }

    /// <summary>Gets the demands the letter makes, in the order it makes them.</summary>
    public required ImmutableArray<Demand> Demands { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the signatories, in the order printed.</summary>
    public required ImmutableArray<Signatory> Signatories { get; init => field = value.OrEmpty(); }

    /// <summary>Gets what happened to the letter, in date order.</summary>
    public ImmutableArray<LetterEvent> Events { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the responses the letter drew, in date order; empty when none is on record.</summary>
    public ImmutableArray<LetterResponse> Responses { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the sources for the facts recorded about the letter.</summary>
    public ImmutableArray<Source> Sources { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc/>
    public bool Equals(Letter? other) =>
        other is not null &&
        SchemaVersion == other.SchemaVersion &&
        Id == other.Id &&
        Title == other.Title &&
        Kind == other.Kind &&
        Language == other.Language &&
        Date == other.Date &&
        Place == other.Place &&
        Sequence.ItemsEqual(Addressees, other.Addressees) &&
        Salutation == other.Salutation &&
        Sequence.ItemsEqual(Body, other.Body) &&
        Closing == other.Closing &&
        Valediction == other.Valediction &&
        Sequence.ItemsEqual(Demands, other.Demands) &&
        Sequence.ItemsEqual(Signatories, other.Signatories) &&
        Sequence.ItemsEqual(Events, other.Events) &&
        Sequence.ItemsEqual(Responses, other.Responses) &&
        Sequence.ItemsEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(SchemaVersion);
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(Kind);
        hash.Add(Language);
        hash.Add(Date);
        hash.Add(Place);
        hash.AddItems(Addressees);
        hash.Add(Salutation);
        hash.AddItems(Body);
        hash.Add(Closing);
        hash.Add(Valediction);
        hash.AddItems(Demands);
        hash.AddItems(Signatories);
        hash.AddItems(Events);
        hash.AddItems(Responses);
        hash.AddItems(Sources);
        return hash.ToHashCode();
    }

    /// <summary>Describes the letter for a log or a debugger: its id, title, date and how many of each part it has.</summary>
    /// <returns>For example <c>Letter dprk-2011 "ICNK Letter To Kim Jong Il" (2011-09-08): 1 addressee, 7 paragraphs, 15 demands, 41 signatories, 3 events, 3 responses, 6 sources</c>.</returns>
    public override string ToString() =>
        $"Letter {Describe.Id(Id)} {Describe.Quote(Title)} ({(Date is { } date ? date.ToString() : "undated")}): " +
        $"{Describe.Count(Addressees.Length, "addressee")}, {Describe.Count(Body.Length, "paragraph")}, " +
        $"{Describe.Count(Demands.Length, "demand")}, {Describe.Count(Signatories.Length, "signatory", "signatories")}, " +
        $"{Describe.Count(Events.Length, "event")}, {Describe.Count(Responses.Length, "response")}, {Describe.Count(Sources.Length, "source")}";
}
