using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Advocacy.Letters.Tracking;

/// <summary>
/// Where a letter stands on a date: when it was sent, its first answer, how long it has gone unanswered, each
/// demand's dispositions and status, and each addressee's replies and positions.
/// </summary>
/// <remarks>Made by <see cref="LetterTracker.Track(Letter, LocalDate)"/>; the rules are documented there. Immutable and thread-safe.</remarks>
public sealed class LetterStatus
{
    internal LetterStatus(
        Letter letter,
        LocalDate asOf,
        PartialDate? sent,
        LetterResponse? firstAnswer,
        ImmutableArray<DemandStatus> demands,
        ImmutableArray<AddresseeStatus> addressees)
    {
        Letter = letter;
        AsOf = asOf;
        Sent = sent;
        FirstAnswer = firstAnswer;
        Demands = demands;
        Addressees = addressees;
        if (sent is { } date && date.Start <= asOf)
        {
            DaysSinceSent = Period.Between(date.Start, asOf, PeriodUnits.Days).Days;
        }
    }

    /// <summary>Gets the letter.</summary>
    public Letter Letter { get; }

    /// <summary>Gets the day the status is for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// Gets when the letter was sent: the date of its earliest <c>released</c> or <c>delivered</c> event, whatever
    /// <see cref="AsOf"/>; without such an event, the letter's date; <see langword="null"/> when it has neither.
    /// </summary>
    public PartialDate? Sent { get; }

    /// <summary>
    /// Gets the whole days from the first day <see cref="Sent"/> stands for (<see cref="PartialDate.Start"/>) to
    /// <see cref="AsOf"/>; <see langword="null"/> when there is no sent date or <see cref="AsOf"/> is before that first day.
    /// </summary>
    public int? DaysSinceSent { get; }

    /// <summary>
    /// Gets the letter's first answer: the earliest response on record (in the order of
    /// <see cref="LetterTracker.CompareDates"/>, ties in document order) with a disposition other than
    /// <see cref="DispositionStatus.NotAddressed"/>; <see langword="null"/> when nothing is answered.
    /// </summary>
    public LetterResponse? FirstAnswer { get; }

    /// <summary>Gets <see cref="DaysSinceSent"/> while nothing is answered; <see langword="null"/> once <see cref="FirstAnswer"/> is set.</summary>
    public int? DaysUnanswered => FirstAnswer is null ? DaysSinceSent : null;

    /// <summary>Gets every demand of the letter, in the letter's order, with its dispositions and status.</summary>
    public ImmutableArray<DemandStatus> Demands { get; }

    /// <summary>Gets the demands that are not answered (<see cref="DemandStatus.IsAnswered"/> is false), in the letter's order.</summary>
    public ImmutableArray<DemandStatus> Outstanding => [.. Demands.Where(d => !d.IsAnswered)];

    /// <summary>Gets every addressee of the letter, in the letter's order, with the responses that answer for them and their positions.</summary>
    public ImmutableArray<AddresseeStatus> Addressees { get; }

    /// <summary>Gets the addressees no response answers for (<see cref="AddresseeStatus.HasReplied"/> is false), in the letter's order.</summary>
    public ImmutableArray<AddresseeStatus> NotReplied => [.. Addressees.Where(a => !a.HasReplied)];
}
