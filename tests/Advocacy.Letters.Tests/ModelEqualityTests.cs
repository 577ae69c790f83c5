using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>The written-out equality of every model record (STYLE §5): equal item by item, never by reference.</summary>
public class ModelEqualityTests
{
    private static Letter Dprk => SampleLetters.Dprk2011;

    private static Letter ReadAgain => LetterJson.Parse(LetterJson.ToUtf8Bytes(Dprk));

    [Fact]
    public void Letter_EqualAfterRoundTrip_UnequalWhenOneNestedItemDiffers()
    {
        var signatories = Dprk.Signatories.SetItem(3, Dprk.Signatories[3] with { Country = "ZZ" });
        var lines = Dprk.Addressees[0].Address!.Lines.Add("extra");
        var addressees = Dprk.Addressees.SetItem(0, Dprk.Addressees[0] with { Address = Dprk.Addressees[0].Address! with { Lines = lines } });

        EqualityAssert.Holds(
            Dprk,
            ReadAgain,
            (a, b) => a == b,
            Dprk with { Signatories = signatories },
            Dprk with { Addressees = addressees },
            Dprk with { Demands = Dprk.Demands.RemoveAt(0) },
            Dprk with { Demands = [.. Dprk.Demands.Reverse()] },
            Dprk with { Events = [] },
            Dprk with { Title = Dprk.Title + "!" },
            Dprk with { Date = null });
    }

    [Fact]
    public void Letter_DefaultArrays_EqualEmptyArrays()
    {
        var minimal = LetterJson.Parse(Documents.Minimal);
        var withDefaults = minimal with { Events = default, Responses = default, Sources = default, Body = default };

        Assert.False(withDefaults.Events.IsDefault);
        EqualityAssert.Holds(minimal, withDefaults, (a, b) => a == b, minimal with { Id = "y" });
    }

    [Fact]
    public void Addressee_ItemByItem()
    {
        var a = Dprk.Addressees[0];
        var b = ReadAgain.Addressees[0];

        EqualityAssert.Holds(a, b, (x, y) => x == y,
            a with { OtherNames = [] },
            a with { Positions = a.Positions.SetItem(0, a.Positions[0] with { End = null }) },
            a with { Address = null },
            a with { Role = AddresseeRole.Cc });
        Assert.Equal(a with { OtherNames = default }, a with { OtherNames = [] });
    }

    [Fact]
    public void PostalAddress_ItemByItem()
    {
        var a = new PostalAddress { Lines = ["a", "b"], Locality = "P", Country = "KP" };
        var b = new PostalAddress { Lines = ["a", "b"], Locality = "P", Country = "KP" };

        EqualityAssert.Holds(a, b, (x, y) => x == y, a with { Lines = ["a"] }, a with { Lines = ["b", "a"] }, a with { Country = null });
        EqualityAssert.Holds(new PostalAddress(), new PostalAddress { Lines = default }, (x, y) => x == y, a);
    }

    [Fact]
    public void Demand_ItemByItem()
    {
        var a = Dprk.Demands[0];
        var b = ReadAgain.Demands[0];

        EqualityAssert.Holds(a, b, (x, y) => x == y,
            a with { Themes = a.Themes.Add("x") },
            a with { Actors = [] },
            a with { Instruments = a.Instruments.SetItem(0, "other") },
            a with { Action = null });
    }

    [Fact]
    public void LetterEvent_ItemByItem()
    {
        var a = Dprk.Events[0];
        var b = ReadAgain.Events[0];

        EqualityAssert.Holds(a, b, (x, y) => x == y, a with { Sources = [] }, a with { Date = PartialDate.FromYear(1999) }, a with { Note = "n" });
    }

    [Fact]
    public void LetterResponse_ItemByItem()
    {
        var a = new LetterResponse
        {
            Id = "r",
            Date = PartialDate.Parse("2011-10-05"),
            From = new Party { Type = PartyType.Organization, Name = "Mission", Country = "KP" },
            Channel = ResponseChannel.Phone,
            Stance = ResponseStance.RefusedToEngage,
            Summary = "s",
            Dispositions = [new Disposition { Demand = "d", Status = DispositionStatus.NotAddressed }],
            Sources = ["s1"],
        };
        var b = LetterJson.Parse(LetterJson.ToJson(LetterJson.Parse(Documents.Minimal) with { Responses = [a] })).Responses[0];

        EqualityAssert.Holds(a, b, (x, y) => x == y,
            a with { Dispositions = [] },
            a with { Dispositions = [new Disposition { Demand = "d", Status = DispositionStatus.Noted }] },
            a with { Sources = ["s2"] },
            a with { From = a.From with { Country = null } });
    }

    [Fact]
    public void RecordsWithoutCollections_CompareByValue()
    {
        EqualityAssert.Holds(new Paragraph { Id = "p", Text = "t" }, new Paragraph { Id = "p", Text = "t" }, (x, y) => x == y, new Paragraph { Id = "p", Text = "u" });
        EqualityAssert.Holds(new AlternateName { Name = "n", Language = "ko" }, new AlternateName { Name = "n", Language = "ko" }, (x, y) => x == y, new AlternateName { Name = "n" });
        EqualityAssert.Holds(Dprk.Addressees[0].Positions[0], ReadAgain.Addressees[0].Positions[0], (x, y) => x == y, Dprk.Addressees[0].Positions[1]);
        EqualityAssert.Holds(Dprk.Signatories[0], ReadAgain.Signatories[0], (x, y) => x == y, Dprk.Signatories[1]);
        EqualityAssert.Holds(new Party { Type = PartyType.Person, Name = "n" }, new Party { Type = PartyType.Person, Name = "n" }, (x, y) => x == y, new Party { Type = PartyType.Organization, Name = "n" });
        EqualityAssert.Holds(new Disposition { Demand = "d", Status = DispositionStatus.Noted }, new Disposition { Demand = "d", Status = DispositionStatus.Noted }, (x, y) => x == y, new Disposition { Demand = "e", Status = DispositionStatus.Noted });
        EqualityAssert.Holds(Dprk.Sources[0], ReadAgain.Sources[0], (x, y) => x == y, Dprk.Sources[1]);
    }

    [Fact]
    public void ImmutableArrayMembers_DefaultIsNormalisedToEmpty()
    {
        var demand = new Demand { Id = "d", Paragraph = "p", Text = "t", Summary = "s", Themes = default, Actors = default, Instruments = default };

        Assert.False(demand.Themes.IsDefault);
        Assert.Empty(demand.Themes);
        Assert.Equal(ImmutableArray<string>.Empty.Length, demand.Actors.Length);
    }
}
