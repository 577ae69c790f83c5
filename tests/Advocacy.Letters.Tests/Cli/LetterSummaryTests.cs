using System;
using System.IO;
using Advocacy.Letters.Cli;
using Advocacy.Letters.Tests.Infrastructure;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

public class LetterSummaryTests
{
    [Fact]
    public void Write_Dprk2011_WithFakeClock()
    {
        var run = Letters.Run();

        Snapshot.Verify(run.Stdout, "txt");
    }

    [Fact]
    public void Write_NoAnswer_CountsDaysFromTheLettersDate()
    {
        var run = Letters.Run();

        Assert.EndsWith("\nNo demand has been answered: 5,560 days since the letter was sent (8 September 2011).\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AnAnswer_CountsAnsweredDemands()
    {
        var letter = SampleLetters.Dprk2011 with
        {
            Responses =
            [
                .. SampleLetters.Dprk2011.Responses,
                new LetterResponse
                {
                    Id = "ministry",
                    Date = PartialDate.Parse("2012"),
                    From = new Party { Type = PartyType.Organization, Name = "Ministry of Foreign Affairs" },
                    Channel = ResponseChannel.Statement,
                    Stance = ResponseStance.PartlyAccepted,
                    Summary = "Agreed to consider joining the ILO.",
                    Dispositions = [new Disposition { Demand = "join-ilo", Status = DispositionStatus.Noted }],
                },
            ],
        };

        var text = Summarise(letter);

        Assert.Contains(
            "  12  join-ilo                       noted by Ministry of Foreign Affairs\n" +
            "                                     not addressed by 3 responses\n" +
            "      Join the International Labour Organization at once.\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("              in a statement: partly accepted\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n1 of 15 demands has an answer on record.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Undated_SaysSoAndSkipsTenure()
    {
        var text = Summarise(SampleLetters.Dprk2011 with { Date = null });

        Assert.Contains("  date        undated, Tokyo\n", text, StringComparison.Ordinal);
        Assert.Contains("        1997-10-08 to 2011-12-17\n", text, StringComparison.Ordinal);
        // Undated, but released on 8 September 2011: days count from the release.
        Assert.EndsWith("\nNo demand has been answered: 5,560 days since the letter was sent (8 September 2011).\n", text, StringComparison.Ordinal);

        var neverSent = Summarise(SampleLetters.Dprk2011 with { Date = null, Events = [] });
        Assert.EndsWith("\nNo demand has been answered; the letter is undated.\n", neverSent, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PositionAfterTheLetter_IsNotHeld()
    {
        var kim = SampleLetters.Dprk2011.Addressees[0];
        var later = kim.Positions[0] with { Start = PartialDate.Parse("2012"), End = null };
        var text = Summarise(SampleLetters.Dprk2011 with { Addressees = [kim with { Positions = [later] }] });

        Assert.Contains("        from 2012, not held on the letter's date\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PositionStartingTheLettersMonth_IsPerhapsHeld()
    {
        var kim = SampleLetters.Dprk2011.Addressees[0];
        var coarse = kim.Positions[0] with { Start = PartialDate.Parse("2011-09"), End = null };
        var text = Summarise(SampleLetters.Dprk2011 with { Addressees = [kim with { Positions = [coarse] }] });

        Assert.Contains("        from 2011-09, perhaps held on the letter's date\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoResponses_SaysSoPerDemand()
    {
        var text = Summarise(SampleLetters.Dprk2011 with { Responses = [] });

        Assert.Contains("   1  invite-special-rapporteur      no response on record\n", text, StringComparison.Ordinal);
        Assert.Contains("Responses (0)\n-------------\n  no response on record\n", text, StringComparison.Ordinal);
    }

    private static string Summarise(Letter letter)
    {
        using var output = new StringWriter { NewLine = "\n" };
        LetterSummary.Write(letter, Letters.Now.InUtc().Date, output);
        return output.ToString();
    }
}
