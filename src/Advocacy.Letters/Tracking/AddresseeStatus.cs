using System.Collections.Immutable;

namespace Advocacy.Letters.Tracking;

/// <summary>One addressee: the responses on record that answer for them, and their positions on the letter's date.</summary>
/// <remarks>Made by <see cref="LetterTracker"/>; immutable and thread-safe.</remarks>
public sealed class AddresseeStatus
{
    internal AddresseeStatus(Addressee addressee, ImmutableArray<LetterResponse> responses, ImmutableArray<PositionStatus> positions)
    {
        Addressee = addressee;
        Responses = responses;
        Positions = positions;
    }

    /// <summary>Gets the addressee.</summary>
    public Addressee Addressee { get; }

    /// <summary>
    /// Gets the responses on record on the date that answer for this addressee, in date order: those that name the
    /// addressee's id in <see cref="LetterResponse.Addressees"/>, and, when the addressee's role is <c>to</c>, those
    /// that name no addressee.
    /// </summary>
    public ImmutableArray<LetterResponse> Responses { get; }

    /// <summary>Gets a value indicating whether some response answers for this addressee.</summary>
    public bool HasReplied => !Responses.IsEmpty;

    /// <summary>Gets the addressee's positions, in order, each with whether it was held on the letter's date.</summary>
    public ImmutableArray<PositionStatus> Positions { get; }
}
