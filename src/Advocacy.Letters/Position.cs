using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>An office a person holds or held, with its dates, after Popolo's memberships.</summary>
public sealed record Position
{
    /// <summary>Gets the title of the office (<c>General Secretary</c>).</summary>
    public required string Title { get; init; }

    /// <summary>Gets the organisation the office belongs to (<c>Workers' Party of Korea</c>), if any.</summary>
    public string? Organization { get; init; }

    /// <summary>Gets the position as printed in the letter, if it was.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the date the office was taken up, if known.</summary>
    public PartialDate? Start { get; init; }

    /// <summary>Gets the date the office ended, if it has.</summary>
    public PartialDate? End { get; init; }

    /// <summary>Describes the position for a log or a debugger: title, organisation and dates.</summary>
    /// <returns>For example <c>Position "Chairman" of "National Defence Commission" (1993-04-09 to 2011-12-17)</c>.</returns>
    public override string ToString() =>
        $"Position {Describe.Quote(Title)}{(Organization is null ? string.Empty : " of " + Describe.Quote(Organization))}" + (Start, End) switch
        {
            ({ } start, { } end) => $" ({start} to {end})",
            ({ } start, null) => $" (from {start})",
            (null, { } end) => $" (until {end})",
            _ => string.Empty,
        };
}
