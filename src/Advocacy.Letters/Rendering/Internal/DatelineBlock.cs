namespace Advocacy.Letters.Rendering.Internal;

/// <summary>Where and when the letter was written: "Tokyo, 8 September 2011"; at least one of the two is present.</summary>
/// <param name="Place">The place, when asked for and known.</param>
/// <param name="Date">The date, when asked for and known.</param>
internal sealed record DatelineBlock(string? Place, PartialDate? Date) : LayoutBlock
{
    /// <summary>Gets the dateline as text: the place, a comma, and the date in words.</summary>
    public string Text => (Place, Date) switch
    {
        ({ } place, { } date) => $"{place}, {HumanDate.Format(date)}",
        ({ } place, null) => place,
        (null, { } date) => HumanDate.Format(date),
        _ => string.Empty,
    };
}
