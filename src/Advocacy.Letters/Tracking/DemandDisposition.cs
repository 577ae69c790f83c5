namespace Advocacy.Letters.Tracking;

/// <summary>One disposition of a demand, with the response that gave it.</summary>
/// <remarks>Made by <see cref="LetterTracker"/>; immutable and thread-safe.</remarks>
public sealed class DemandDisposition
{
    internal DemandDisposition(LetterResponse response, int responseIndex, DispositionStatus status)
    {
        Response = response;
        ResponseIndex = responseIndex;
        Status = status;
    }

    /// <summary>Gets the response that gave the disposition.</summary>
    public LetterResponse Response { get; }

    /// <summary>Gets the response's index in <see cref="Letter.Responses"/>: its document order, which breaks date ties.</summary>
    public int ResponseIndex { get; }

    /// <summary>Gets the date of the response.</summary>
    public PartialDate Date => Response.Date;

    /// <summary>Gets what the response said or did about the demand.</summary>
    public DispositionStatus Status { get; }
}
