using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>A published source for facts in the letter's record: where it was released, delivered or answered.</summary>
public sealed record Source
{
    /// <summary>Gets the source's id: a slug, unique among the letter's sources.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the absolute http or https address of the source, as published.</summary>
    public required string Url { get; init; }

    /// <summary>Gets the source's title, if recorded.</summary>
    public string? Title { get; init; }

    /// <summary>Gets who published the source, if recorded.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the date the source was published, if known.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Describes the source for a log or a debugger: its id, address and title.</summary>
    /// <returns>For example <c>Source report https://example.org/report "Report"</c>.</returns>
    public override string ToString() =>
        $"Source {Describe.Id(Id)} {Describe.Id(Url)}{(Title is null ? string.Empty : " " + Describe.Quote(Title))}";
}
