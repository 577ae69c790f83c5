using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Internal;
using NodaTime;

namespace Advocacy.Letters.Tracking;

/// <summary>
/// Tracks a letter on a date: each demand's dispositions and current status, whether it is answered, the letter's
/// first answer, the days since it was sent and the days it has gone unanswered, who has replied, and whether each
/// addressee held each position on the letter's date. It never reads the system clock.
/// </summary>
/// <remarks>
/// <para><b>Date order.</b> Responses and events are ordered by the span of days their <see cref="PartialDate"/>
/// stands for: first by the span's first day (<see cref="PartialDate.Start"/>), then by its last day
/// (<see cref="PartialDate.End"/>), both ascending; items whose dates have the same first and last day keep their
/// document order (their index in the letter's list). So <c>2011-10-01</c> sorts before <c>2011-10</c> (same first
/// day, earlier last day), <c>2011-10</c> before <c>2011-10-06</c> (earlier first day), and <c>2011</c> after
/// <c>2011-01-01</c> but before <c>2011-01-02</c>. See <see cref="CompareDates"/>.</para>
/// <para><b>On record.</b> A response is on record on the day <c>asOf</c> when its first possible day is on or before
/// it (<c>Start &lt;= asOf</c>); later responses are left out of every result.</para>
/// <para><b>Current status.</b> A demand's current status is the status of its disposition in the last response on
/// record, in date order. A demand is answered when some disposition on record is other than
/// <see cref="DispositionStatus.NotAddressed"/>; the letter's first answer is the first response on record, in date
/// order, that gives such a disposition.</para>
/// <para><b>Sent.</b> The date of the letter's earliest <see cref="LetterEventType.Released"/> or
/// <see cref="LetterEventType.Delivered"/> event, in date order; without one, the letter's date; without either,
/// none. Days since sent count whole days from the sent date's first day to <c>asOf</c>, and are
/// <see langword="null"/> when <c>asOf</c> is before that day. Days unanswered are the days since sent while no
/// demand is answered, and <see langword="null"/> once one is.</para>
/// <para><b>Replies.</b> A response answers for the addressees whose ids it lists in
/// <see cref="LetterResponse.Addressees"/>; one that lists none answers for every addressee whose role is
/// <see cref="AddresseeRole.To"/>.</para>
/// <para><b>Letters built in code.</b> Tracking never throws for a letter that is not <see langword="null"/>: a
/// <see langword="null"/> item in any list (which only code can make; the validator reports it) is skipped, as are a
/// disposition without a demand id, a listed addressee id that is <see langword="null"/> and a response without a
/// sender. A demand without an id is listed with no dispositions. Validate the letter first to find such gaps.</para>
/// </remarks>
public static class LetterTracker
{
    private static readonly IComparer<PartialDate> ByDate = Comparer<PartialDate>.Create(CompareDates);

    /// <summary>Tracks <paramref name="letter"/> on the day <paramref name="asOf"/>.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="asOf">The day to track on: responses after it are not yet on record, and days count up to it.</param>
    /// <returns>Where the letter stands on that day.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    public static LetterStatus Track(Letter letter, LocalDate asOf)
    {
        Guard.NotNull(letter);

        var responses = OnRecord(letter, asOf);
        var demands = ImmutableArray.CreateBuilder<DemandStatus>();
        foreach (var demand in letter.Demands.OrEmpty())
        {
            if (demand is not null)
            {
                demands.Add(new DemandStatus(demand, DispositionsOf(demand, responses)));
            }
        }

        LetterResponse? firstAnswer = null;
        foreach (var (response, _) in responses)
        {
            if (response.Dispositions.OrEmpty().Any(d => d is not null && d.Demand is not null && d.Status != DispositionStatus.NotAddressed))
            {
                firstAnswer = response;
                break;
            }
        }

        var addressees = ImmutableArray.CreateBuilder<AddresseeStatus>();
        foreach (var addressee in letter.Addressees.OrEmpty())
        {
            if (addressee is not null)
            {
                addressees.Add(StatusOf(addressee, responses, letter.Date));
            }
        }

        return new LetterStatus(letter, asOf, Sent(letter), firstAnswer, demands.ToImmutable(), addressees.ToImmutable());
    }

    /// <summary>Tracks <paramref name="letter"/> on today's date in <paramref name="zone"/>, as <paramref name="clock"/> tells it.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="clock">The clock that says what instant it is.</param>
    /// <param name="zone">The time zone in which that instant gives today's date.</param>
    /// <returns>Where the letter stands today.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static LetterStatus Track(Letter letter, IClock clock, DateTimeZone zone)
    {
        Guard.NotNull(letter);
        Guard.NotNull(clock);
        Guard.NotNull(zone);
        return Track(letter, clock.GetCurrentInstant().InZone(zone).Date);
    }

    /// <summary>
    /// Tells whether <paramref name="position"/> was held on <paramref name="date"/>. Both ends are inclusive, and a
    /// missing start or end is open (held since always, or still held).
    /// </summary>
    /// <param name="position">The position.</param>
    /// <param name="date">The date, as precisely as it is known.</param>
    /// <returns>
    /// <see cref="PositionHolding.NotHeld"/> when the position starts after the last day <paramref name="date"/> may
    /// stand for (<c>position.Start.Start &gt; date.End</c>) or ends before its first day
    /// (<c>position.End.End &lt; date.Start</c>); otherwise <see cref="PositionHolding.Held"/> when it had certainly
    /// started by the first day (no start, or <c>position.Start.End &lt;= date.Start</c>) and had certainly not ended
    /// by the last day (no end, or <c>position.End.Start &gt;= date.End</c>); otherwise
    /// <see cref="PositionHolding.Uncertain"/>, because partial dates straddle the day.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="position"/> is <see langword="null"/>.</exception>
    public static PositionHolding HeldOn(Position position, PartialDate date)
    {
        Guard.NotNull(position);

        if (position.Start?.Start > date.End || position.End?.End < date.Start)
        {
            return PositionHolding.NotHeld;
        }

        var started = position.Start is not { } start || start.End <= date.Start;
        var notEnded = position.End is not { } end || end.Start >= date.End;
        return started && notEnded ? PositionHolding.Held : PositionHolding.Uncertain;
    }

    /// <summary>Tells whether <paramref name="position"/> was held on the day <paramref name="date"/>; see <see cref="HeldOn(Position, PartialDate)"/>.</summary>
    /// <param name="position">The position.</param>
    /// <param name="date">The day, in the ISO calendar, year 1 to 9999.</param>
    /// <returns>Whether the position was held that day.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="position"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="date"/> is not in the ISO calendar or years 1 to 9999.</exception>
    public static PositionHolding HeldOn(Position position, LocalDate date) => HeldOn(position, PartialDate.FromDate(date));

    /// <summary>
    /// Compares two partial dates in the tracker's date order: by the first day each stands for
    /// (<see cref="PartialDate.Start"/>), then by the last (<see cref="PartialDate.End"/>). Dates with the same span
    /// compare equal (only equal dates do), and the tracker then keeps document order.
    /// </summary>
    /// <param name="x">The first date.</param>
    /// <param name="y">The second date.</param>
    /// <returns>Less than zero when <paramref name="x"/> comes first, zero when the spans are the same, more than zero otherwise.</returns>
    /// <remarks>
    /// This differs from <see cref="PartialDate.CompareTo(PartialDate)"/>, which puts the coarser of two dates with
    /// the same first day first: here <c>2011-10-01</c> comes before <c>2011-10</c>, because it ends first.
    /// </remarks>
    public static int CompareDates(PartialDate x, PartialDate y)
    {
        var byStart = x.Start.CompareTo(y.Start);
        return byStart != 0 ? byStart : x.End.CompareTo(y.End);
    }

    // The responses on record on asOf, with their document index, in date order (OrderBy is stable: ties keep document order).
    private static List<(LetterResponse Response, int Index)> OnRecord(Letter letter, LocalDate asOf)
    {
        var responses = letter.Responses.OrEmpty();
        var onRecord = new List<(LetterResponse, int)>(responses.Length);
        for (var i = 0; i < responses.Length; i++)
        {
            if (responses[i] is { } response && response.Date.Start <= asOf)
            {
                onRecord.Add((response, i));
            }
        }

        return [.. onRecord.OrderBy(r => r.Item1.Date, ByDate)];
    }

    private static ImmutableArray<DemandDisposition> DispositionsOf(Demand demand, List<(LetterResponse Response, int Index)> responses)
    {
        var dispositions = ImmutableArray.CreateBuilder<DemandDisposition>();
        if (demand.Id is not { } id)
        {
            return dispositions.ToImmutable();
        }

        foreach (var (response, index) in responses)
        {
            foreach (var disposition in response.Dispositions.OrEmpty())
            {
                if (disposition is not null && disposition.Demand == id)
                {
                    dispositions.Add(new DemandDisposition(response, index, disposition.Status));
                }
            }
        }

        return dispositions.ToImmutable();
    }

    private static AddresseeStatus StatusOf(Addressee addressee, List<(LetterResponse Response, int Index)> responses, PartialDate? letterDate)
    {
        var answeredBy = ImmutableArray.CreateBuilder<LetterResponse>();
        foreach (var (response, _) in responses)
        {
            var named = response.Addressees.OrEmpty();
            var answers = named.IsEmpty
                ? addressee.Role == AddresseeRole.To
                : addressee.Id is { } id && named.Contains(id);
            if (answers)
            {
                answeredBy.Add(response);
            }
        }

        var positions = ImmutableArray.CreateBuilder<PositionStatus>();
        foreach (var position in addressee.Positions.OrEmpty())
        {
            if (position is not null)
            {
                var held = letterDate is { } date ? HeldOn(position, date) : PositionHolding.Uncertain;
                positions.Add(new PositionStatus(position, held));
            }
        }

        return new AddresseeStatus(addressee, answeredBy.ToImmutable(), positions.ToImmutable());
    }

    private static PartialDate? Sent(Letter letter)
    {
        PartialDate? sent = null;
        foreach (var letterEvent in letter.Events.OrEmpty())
        {
            if (letterEvent is { Type: LetterEventType.Released or LetterEventType.Delivered } &&
                (sent is not { } earliest || CompareDates(letterEvent.Date, earliest) < 0))
            {
                sent = letterEvent.Date;
            }
        }

        return sent ?? letter.Date;
    }
}
