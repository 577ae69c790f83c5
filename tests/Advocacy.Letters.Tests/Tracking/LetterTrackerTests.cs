using System;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Tracking;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Advocacy.Letters.Tests.Tracking;

/// <summary>The tracker's rules, on typed results: date order, current status, answered, sent, days, replies.</summary>
public class LetterTrackerTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 28);

    [Fact]
    public void Dprk2011_NothingAnswered_SentOnRelease_DaysCountFromThe8September2011()
    {
        var status = LetterTracker.Track(SampleLetters.Dprk2011, AsOf);

        Assert.Equal(PartialDate.Parse("2011-09-08"), status.Sent);
        var expected = Period.Between(new LocalDate(2011, 9, 8), AsOf, PeriodUnits.Days).Days;
        Assert.Equal(expected, status.DaysSinceSent);
        Assert.Equal(expected, status.DaysUnanswered);
        Assert.Null(status.FirstAnswer);
        Assert.Equal(15, status.Demands.Length);
        Assert.Equal(15, status.Outstanding.Length);
        Assert.All(status.Demands, demand =>
        {
            Assert.False(demand.IsAnswered);
            Assert.Equal(DispositionStatus.NotAddressed, demand.Status);

            // 2011-10 (1–31 October) starts first, then the phone call of the 5th, then the delivery of the 6th.
            Assert.Equal(["paris-email", "new-york-phone", "new-york-delivery"], demand.Dispositions.Select(d => d.Response.Id));
            Assert.Equal([2, 0, 1], demand.Dispositions.Select(d => d.ResponseIndex));
            Assert.Equal("new-york-delivery", demand.Latest!.Response.Id);
        });
    }

    [Fact]
    public void Dprk2011_KimJongIlHeldBothPositionsOnTheLetterDate_AndHasReplied()
    {
        var status = LetterTracker.Track(SampleLetters.Dprk2011, AsOf);

        var kim = Assert.Single(status.Addressees);
        Assert.Equal("Kim Jong-il", kim.Addressee.Name);
        Assert.Equal([PositionHolding.Held, PositionHolding.Held], kim.Positions.Select(p => p.HeldOnLetterDate));

        // The responses name no addressee, so they answer for the one addressee "to".
        Assert.True(kim.HasReplied);
        Assert.Equal(3, kim.Responses.Length);
        Assert.Empty(status.NotReplied);
    }

    [Fact]
    public void Dprk2011_AsOfBeforeTheResponses_LeavesThemOffTheRecord()
    {
        var before = LetterTracker.Track(SampleLetters.Dprk2011, new LocalDate(2011, 9, 30));
        Assert.All(before.Demands, d => Assert.Empty(d.Dispositions));
        Assert.All(before.Demands, d => Assert.Null(d.Status));
        Assert.Equal(22, before.DaysUnanswered);

        // On 1 October the Paris e-mail (dated only 2011-10) may have happened: it is on record.
        var first = LetterTracker.Track(SampleLetters.Dprk2011, new LocalDate(2011, 10, 1));
        Assert.All(first.Demands, d => Assert.Equal("paris-email", Assert.Single(d.Dispositions).Response.Id));
    }

    [Fact]
    public void Dprk2011_AsOfBeforeTheLetterWasSent_HasNoDays()
    {
        var status = LetterTracker.Track(SampleLetters.Dprk2011, new LocalDate(2011, 9, 7));

        Assert.Equal(PartialDate.Parse("2011-09-08"), status.Sent);
        Assert.Null(status.DaysSinceSent);
        Assert.Null(status.DaysUnanswered);
        Assert.Equal(0, LetterTracker.Track(SampleLetters.Dprk2011, new LocalDate(2011, 9, 8)).DaysSinceSent);
    }

    [Fact]
    public void Track_WithClockAndZone_TakesTodayInThatZone()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 23, 30));
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        Assert.Equal(new LocalDate(2026, 11, 28), LetterTracker.Track(SampleLetters.Dprk2011, clock, tokyo).AsOf);
        Assert.Equal(new LocalDate(2026, 11, 27), LetterTracker.Track(SampleLetters.Dprk2011, clock, DateTimeZone.Utc).AsOf);
    }

    [Theory]
    [InlineData("2011-10-01", "2011-10", -1)]
    [InlineData("2011-10", "2011-10-06", -1)]
    [InlineData("2011-10", "2011-10-31", -1)]
    [InlineData("2011", "2011-01-01", 1)]
    [InlineData("2011", "2011-01-02", -1)]
    [InlineData("2011", "2011-12", -1)]
    [InlineData("2011-12", "2011-12-31", -1)]
    [InlineData("2011-12-01", "2011-12", -1)]
    [InlineData("2011-10-06", "2011-10-06", 0)]
    [InlineData("2011-10", "2011-10", 0)]
    [InlineData("2010-12-31", "2011", -1)]
    public void CompareDates_OrdersBySpanStartThenEnd(string x, string y, int expected)
    {
        Assert.Equal(expected, Math.Sign(LetterTracker.CompareDates(PartialDate.Parse(x), PartialDate.Parse(y))));
        Assert.Equal(-expected, Math.Sign(LetterTracker.CompareDates(PartialDate.Parse(y), PartialDate.Parse(x))));
    }

    [Fact]
    public void CurrentStatus_IsTheLatestByDate_NotTheLastInTheDocument()
    {
        var letter = WithResponses(
            Response("later", "2012-03-01", DispositionStatus.Rejected),
            Response("earlier", "2012-01-15", DispositionStatus.Supported));

        var demand = Assert.Single(LetterTracker.Track(letter, AsOf).Demands);

        Assert.Equal(DispositionStatus.Rejected, demand.Status);
        Assert.Equal(["earlier", "later"], demand.Dispositions.Select(d => d.Response.Id));
        Assert.True(demand.IsAnswered);
    }

    [Fact]
    public void CurrentStatus_SameSpan_FallsBackToDocumentOrder()
    {
        var letter = WithResponses(
            Response("first", "2012-01", DispositionStatus.Noted),
            Response("second", "2012-01", DispositionStatus.Rejected));

        Assert.Equal(DispositionStatus.Rejected, LetterTracker.Track(letter, AsOf).Demands[0].Status);

        var reversed = WithResponses(
            Response("second", "2012-01", DispositionStatus.Rejected),
            Response("first", "2012-01", DispositionStatus.Noted));
        Assert.Equal(DispositionStatus.Noted, LetterTracker.Track(reversed, AsOf).Demands[0].Status);
    }

    [Fact]
    public void CurrentStatus_MonthAfterADayOfItsFirstDay_WhenTheSpansStartTogether()
    {
        // 2012-01 (1–31 January) ends after 2012-01-01, so it is the later of the two wherever it is listed.
        var letter = WithResponses(
            Response("month", "2012-01", DispositionStatus.Implemented),
            Response("day", "2012-01-01", DispositionStatus.Noted));

        Assert.Equal(DispositionStatus.Implemented, LetterTracker.Track(letter, AsOf).Demands[0].Status);
    }

    [Fact]
    public void NotAddressedOnly_IsNotAnswered_ButHasAStatus()
    {
        var letter = WithResponses(Response("silence", "2012-01-10", DispositionStatus.NotAddressed));

        var status = LetterTracker.Track(letter, AsOf);

        Assert.False(status.Demands[0].IsAnswered);
        Assert.Equal(DispositionStatus.NotAddressed, status.Demands[0].Status);
        Assert.Null(status.FirstAnswer);
        Assert.NotNull(status.DaysUnanswered);
        Assert.Single(status.Outstanding);
    }

    [Fact]
    public void FirstAnswer_IsTheEarliestResponseThatAnswers_AndEndsDaysUnanswered()
    {
        var letter = WithResponses(
            Response("reply", "2012-02-01", DispositionStatus.Noted),
            Response("silence", "2012-01-10", DispositionStatus.NotAddressed),
            Response("another", "2012-03-01", DispositionStatus.Supported));

        var status = LetterTracker.Track(letter, AsOf);

        Assert.Equal("reply", status.FirstAnswer!.Id);
        Assert.Null(status.DaysUnanswered);
        Assert.NotNull(status.DaysSinceSent);
        Assert.Empty(status.Outstanding);

        // Before the reply, the letter was still unanswered.
        var before = LetterTracker.Track(letter, new LocalDate(2012, 1, 31));
        Assert.Null(before.FirstAnswer);
        Assert.Equal(30, before.DaysUnanswered);
    }

    [Fact]
    public void Sent_IsTheEarliestReleasedOrDeliveredEvent_ElseTheLetterDate()
    {
        var letter = Base() with
        {
            Date = PartialDate.Parse("2012-01-01"),
            Events =
            [
                Event(LetterEventType.Published, "2011-12-01"),
                Event(LetterEventType.Delivered, "2012-01-20"),
                Event(LetterEventType.Released, "2012-01-05"),
            ],
        };

        Assert.Equal(PartialDate.Parse("2012-01-05"), LetterTracker.Track(letter, AsOf).Sent);
        Assert.Equal(PartialDate.Parse("2012-01-01"), LetterTracker.Track(letter with { Events = [Event(LetterEventType.Drafted, "2011-12-01")] }, AsOf).Sent);
        Assert.Null(LetterTracker.Track(letter with { Date = null, Events = [] }, AsOf).Sent);
        Assert.Null(LetterTracker.Track(letter with { Date = null, Events = [] }, AsOf).DaysSinceSent);
    }

    [Fact]
    public void YearOnlyLetterDate_DaysCountFromItsFirstDay_AndPositionsStraddlingItAreUncertain()
    {
        var letter = Base() with
        {
            Date = PartialDate.FromYear(2011),
            Addressees =
            [
                new Addressee
                {
                    Role = AddresseeRole.To,
                    Type = PartyType.Person,
                    Name = "Kim Jong-il",
                    Positions =
                    [
                        new Position { Title = "Chairman", Start = PartialDate.Parse("1993-04-09"), End = PartialDate.Parse("2011-12-17") },
                        new Position { Title = "Earlier", End = PartialDate.Parse("2010-06") },
                        new Position { Title = "Always" },
                    ],
                },
            ],
        };

        var status = LetterTracker.Track(letter, new LocalDate(2011, 2, 1));

        Assert.Equal(31, status.DaysSinceSent);
        Assert.Equal(
            [PositionHolding.Uncertain, PositionHolding.NotHeld, PositionHolding.Held],
            status.Addressees[0].Positions.Select(p => p.HeldOnLetterDate));
    }

    [Theory]
    [InlineData("1993-04-09", "2011-12-17", "2011-09-08", PositionHolding.Held)]
    [InlineData("1993-04-09", "2011-12-17", "2011-12-17", PositionHolding.Held)]
    [InlineData("1993-04-09", "2011-12-17", "2011-12-18", PositionHolding.NotHeld)]
    [InlineData("1993-04-09", "2011-12-17", "1993-04-09", PositionHolding.Held)]
    [InlineData("1993-04-09", "2011-12-17", "1993-04-08", PositionHolding.NotHeld)]
    [InlineData("1993-04-09", "2011-12-17", "2011-12", PositionHolding.Uncertain)]
    [InlineData("1993-04-09", "2011-12-17", "2011-11", PositionHolding.Held)]
    [InlineData("1993-04-09", "2011-12-17", "2011", PositionHolding.Uncertain)]
    [InlineData("1993-04-09", "2011-12-17", "2012", PositionHolding.NotHeld)]
    [InlineData("1993-04", "2011-12", "1993-04-09", PositionHolding.Uncertain)]
    [InlineData("1993-04", "2011-12", "1993-05", PositionHolding.Held)]
    [InlineData("1993", "2011", "1993", PositionHolding.Uncertain)]
    [InlineData("1993", "2011", "1992-12-31", PositionHolding.NotHeld)]
    [InlineData(null, "2011-12-17", "1900", PositionHolding.Held)]
    [InlineData("1993-04-09", null, "2030", PositionHolding.Held)]
    [InlineData(null, null, "2011-09-08", PositionHolding.Held)]
    public void HeldOn_IsThreeState(string? start, string? end, string date, PositionHolding expected)
    {
        var position = new Position
        {
            Title = "Chairman",
            Start = start is null ? null : PartialDate.Parse(start),
            End = end is null ? null : PartialDate.Parse(end),
        };

        Assert.Equal(expected, LetterTracker.HeldOn(position, PartialDate.Parse(date)));
    }

    [Fact]
    public void HeldOn_LocalDate_IsTheDayAsAPartialDate()
    {
        var position = new Position { Title = "Chairman", Start = PartialDate.Parse("2011-12") };

        Assert.Equal(PositionHolding.Uncertain, LetterTracker.HeldOn(position, new LocalDate(2011, 12, 15)));
        Assert.Equal(PositionHolding.Held, LetterTracker.HeldOn(position, new LocalDate(2012, 1, 1)));
    }

    [Fact]
    public void UndatedLetter_PositionsAreUncertain()
    {
        var letter = SampleLetters.Dprk2011 with { Date = null };

        Assert.All(LetterTracker.Track(letter, AsOf).Addressees[0].Positions, p => Assert.Equal(PositionHolding.Uncertain, p.HeldOnLetterDate));
    }

    [Fact]
    public void Replies_ResponsesNamingAddressees_AnswerOnlyForThem()
    {
        var letter = Base() with
        {
            Addressees =
            [
                new Addressee { Id = "president", Role = AddresseeRole.To, Type = PartyType.Person, Name = "A" },
                new Addressee { Id = "minister", Role = AddresseeRole.To, Type = PartyType.Person, Name = "B" },
                new Addressee { Id = "envoy", Role = AddresseeRole.Cc, Type = PartyType.Person, Name = "C" },
            ],
            Responses =
            [
                Response("from-minister", "2012-01-10", DispositionStatus.Noted) with { Addressees = ["minister"] },
            ],
        };

        var status = LetterTracker.Track(letter, AsOf);

        Assert.Equal(["A", "C"], status.NotReplied.Select(a => a.Addressee.Name));
        Assert.Equal("from-minister", Assert.Single(status.Addressees[1].Responses).Id);

        // A response that names no one answers for the addressees "to", not for those copied.
        var unnamed = letter with { Responses = [Response("unnamed", "2012-01-10", DispositionStatus.Noted)] };
        Assert.Equal(["C"], LetterTracker.Track(unnamed, AsOf).NotReplied.Select(a => a.Addressee.Name));
    }

    [Fact]
    public void Track_LetterBuiltInCodeWithNulls_DoesNotThrow_AndSkipsTheNulls()
    {
        var letter = Base() with
        {
            Demands = [null!, new Demand { Id = null!, Paragraph = null!, Text = null!, Summary = null! }, Demand()],
            Addressees = [null!, new Addressee { Role = AddresseeRole.To, Type = PartyType.Person, Name = null!, Positions = [null!] }],
            Events = [null!],
            Responses =
            [
                null!,
                Response("r", "2012-01-10", DispositionStatus.Supported) with
                {
                    From = null!,
                    Addressees = [null!],
                    Dispositions = [null!, new Disposition { Demand = null!, Status = DispositionStatus.Rejected }, new Disposition { Demand = "act", Status = DispositionStatus.Supported }],
                },
            ],
        };

        var status = LetterTracker.Track(letter, AsOf);

        Assert.Equal(2, status.Demands.Length);
        Assert.Empty(status.Demands[0].Dispositions);
        Assert.Equal(DispositionStatus.Supported, status.Demands[1].Status);
        Assert.Equal("r", status.FirstAnswer!.Id);
        Assert.Single(status.Addressees);
        Assert.Empty(status.Addressees[0].Positions);

        var defaults = new Letter
        {
            Id = null!, Title = null!, Kind = LetterKind.OpenLetter, Language = null!,
            Addressees = default, Body = default, Demands = default, Signatories = default, Events = default, Responses = default,
        };
        var empty = LetterTracker.Track(defaults, AsOf);
        Assert.Empty(empty.Demands);
        Assert.Empty(empty.Addressees);
        Assert.Null(empty.Sent);
    }

    [Fact]
    public void Track_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("letter", () => LetterTracker.Track(null!, AsOf));
        Assert.Throws<ArgumentNullException>("clock", () => LetterTracker.Track(SampleLetters.Dprk2011, null!, DateTimeZone.Utc));
        Assert.Throws<ArgumentNullException>("zone", () => LetterTracker.Track(SampleLetters.Dprk2011, new FakeClock(Instant.FromUnixTimeSeconds(0)), null!));
        Assert.Throws<ArgumentNullException>("position", () => LetterTracker.HeldOn(null!, PartialDate.FromYear(2011)));
    }

    private static Letter Base() => TestLetters.Minimal with
    {
        Date = PartialDate.Parse("2012-01-01"),
        Demands = [Demand()],
    };

    private static Demand Demand() => new() { Id = "act", Paragraph = "ask", Text = "act", Summary = "Act." };

    private static Letter WithResponses(params LetterResponse[] responses) => Base() with { Responses = [.. responses] };

    private static LetterResponse Response(string id, string date, DispositionStatus status) => new()
    {
        Id = id,
        Date = PartialDate.Parse(date),
        From = new Party { Type = PartyType.Organization, Name = "Ministry" },
        Channel = ResponseChannel.Letter,
        Stance = ResponseStance.Noncommittal,
        Summary = "Replied.",
        Dispositions = [new Disposition { Demand = "act", Status = status }],
    };

    private static LetterEvent Event(LetterEventType type, string date) => new() { Type = type, Date = PartialDate.Parse(date) };
}
