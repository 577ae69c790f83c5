namespace Advocacy.Letters.Tracking;

/// <summary>Whether an addressee held a position on a date, as far as the position's partial dates can tell.</summary>
/// <remarks>Written in the <c>letters status</c> JSON in kebab case: <c>held</c>, <c>not-held</c>, <c>uncertain</c>.</remarks>
public enum PositionHolding
{
    /// <summary>The position was certainly held on every day the date may stand for.</summary>
    Held,

    /// <summary>The position was certainly not held on any day the date may stand for.</summary>
    NotHeld,

    /// <summary>Partial dates straddle the date (or the date is unknown), so it may or may not have been held.</summary>
    Uncertain,
}
