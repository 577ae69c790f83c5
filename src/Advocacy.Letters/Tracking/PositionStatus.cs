namespace Advocacy.Letters.Tracking;

/// <summary>A position of an addressee and whether it was held on the letter's date.</summary>
/// <remarks>Made by <see cref="LetterTracker"/>; immutable and thread-safe.</remarks>
public sealed class PositionStatus
{
    internal PositionStatus(Position position, PositionHolding heldOnLetterDate)
    {
        Position = position;
        HeldOnLetterDate = heldOnLetterDate;
    }

    /// <summary>Gets the position.</summary>
    public Position Position { get; }

    /// <summary>
    /// Gets whether the position was held on the letter's date (<see cref="LetterTracker.HeldOn(Position, PartialDate)"/>);
    /// <see cref="PositionHolding.Uncertain"/> when the letter is undated.
    /// </summary>
    public PositionHolding HeldOnLetterDate { get; }
}
