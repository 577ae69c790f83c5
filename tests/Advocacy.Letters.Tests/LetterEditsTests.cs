using System;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>Edits return a new letter, keep references whole, and refuse misuse with the parameter and the reason.</summary>
public class LetterEditsTests
{
    private static Letter Dprk => SampleLetters.Dprk2011;

    private static Letter Complete => TestLetters.Complete;

    private static LetterResponse Reply(string id, string date) => new()
    {
        Id = id,
        Date = PartialDate.Parse(date),
        From = new Party { Type = PartyType.Organization, Name = "Mission", Country = "KP" },
        Channel = ResponseChannel.Letter,
        Stance = ResponseStance.Noncommittal,
        Summary = "Acknowledged.",
        Dispositions = [new Disposition { Demand = "release-prisoners", Status = DispositionStatus.Noted }],
    };

    [Fact]
    public void SetResponse_NewId_IsInsertedInDateOrder()
    {
        var letter = Complete.SetResponse(Reply("late", "2012")).SetResponse(Reply("early", "2011-10-01"));

        Assert.Equal(["early", "mission-reply", "late"], letter.Responses.Select(r => r.Id));
        Assert.True(LetterValidator.Validate(letter).IsValid);
        Assert.Single(Complete.Responses);
    }

    [Fact]
    public void SetResponse_SameDate_GoesAfterTheOthers()
    {
        var letter = Complete.SetResponse(Reply("same-day", "2011-10-06"));

        Assert.Equal(["mission-reply", "same-day"], letter.Responses.Select(r => r.Id));
    }

    [Fact]
    public void SetResponse_ExistingId_ReplacesInPlace()
    {
        var letter = Complete.SetResponse(Reply("late", "2012")).SetResponse(Reply("mission-reply", "2013"));

        Assert.Equal(["mission-reply", "late"], letter.Responses.Select(r => r.Id));
        Assert.Equal(PartialDate.FromYear(2013), letter.Responses[0].Date);
    }

    [Fact]
    public void SetResponse_BadArguments_Throw()
    {
        Assert.Equal("letter", Assert.Throws<ArgumentNullException>(() => LetterEdits.SetResponse(null!, Reply("a", "2012"))).ParamName);
        Assert.Equal("response", Assert.Throws<ArgumentNullException>(() => Complete.SetResponse(null!)).ParamName);

        var error = Assert.Throws<ArgumentException>(() => Complete.SetResponse(Reply("Not an id", "2012")));
        Assert.Equal("response", error.ParamName);
        Assert.StartsWith("The response's id \"Not an id\" is not an id: use lower-case letters and digits", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The response's id is null", Assert.Throws<ArgumentException>(() => Complete.SetResponse(Reply("a", "2012") with { Id = null! })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveDemand_TakesItsDispositionsWithIt()
    {
        var demand = Dprk.Demands[0].Id;
        var before = Dprk.Responses.Sum(r => r.Dispositions.Length);

        var letter = Dprk.RemoveDemand(demand);

        Assert.Equal(Dprk.Demands.Length - 1, letter.Demands.Length);
        Assert.DoesNotContain(letter.Demands, d => d.Id == demand);
        Assert.DoesNotContain(letter.Responses.SelectMany(r => r.Dispositions), d => d.Demand == demand);
        Assert.Equal(before - Dprk.Responses.Count(r => r.Dispositions.Any(d => d.Demand == demand)), letter.Responses.Sum(r => r.Dispositions.Length));
        Assert.Equal(Dprk.Responses.Select(r => r.Id), letter.Responses.Select(r => r.Id));
        Assert.True(LetterValidator.Validate(letter).IsValid);
    }

    [Fact]
    public void RemoveDemand_Unknown_SaysWhich()
    {
        var error = Assert.Throws<ArgumentException>(() => Dprk.RemoveDemand("no-such-demand"));

        Assert.Equal("demandId", error.ParamName);
        Assert.StartsWith("The letter has no demand with the id \"no-such-demand\".", error.Message, StringComparison.Ordinal);
        Assert.Equal("demandId", Assert.Throws<ArgumentNullException>(() => Dprk.RemoveDemand(null!)).ParamName);
    }

    [Fact]
    public void RenameDemand_DispositionsFollow()
    {
        var old = Dprk.Demands[2].Id;

        var letter = Dprk.RenameDemand(old, "renamed-demand");

        Assert.Equal("renamed-demand", letter.Demands[2].Id);
        Assert.Equal(
            Dprk.Responses.SelectMany(r => r.Dispositions).Count(d => d.Demand == old),
            letter.Responses.SelectMany(r => r.Dispositions).Count(d => d.Demand == "renamed-demand"));
        Assert.DoesNotContain(letter.Responses.SelectMany(r => r.Dispositions), d => d.Demand == old);
        Assert.True(LetterValidator.Validate(letter).IsValid);
        Assert.Equal(Dprk, letter.RenameDemand("renamed-demand", old));
    }

    [Fact]
    public void RenameParagraph_DemandsFollow()
    {
        var paragraph = Dprk.Demands[0].Paragraph;

        var letter = Dprk.RenameParagraph(paragraph, "renamed-paragraph");

        Assert.Contains(letter.Body, p => p.Id == "renamed-paragraph");
        Assert.Equal(Dprk.Demands.Count(d => d.Paragraph == paragraph), letter.Demands.Count(d => d.Paragraph == "renamed-paragraph"));
        Assert.True(LetterValidator.Validate(letter).IsValid);
    }

    [Fact]
    public void RenameSource_EventsAndResponsesFollow()
    {
        var letter = Complete.RenameSource("report", "field-report");

        Assert.Equal("field-report", letter.Sources[0].Id);
        Assert.Equal(["field-report"], letter.Events[0].Sources);
        Assert.Equal(["field-report"], letter.Responses[0].Sources);
        Assert.True(LetterValidator.Validate(letter).IsValid);
    }

    [Fact]
    public void Rename_ToTheSameId_ReturnsTheLetter()
    {
        Assert.Same(Complete, Complete.RenameSource("report", "report"));
        Assert.Same(Complete, Complete.RenameDemand("release-prisoners", "release-prisoners"));
        Assert.Same(Complete, Complete.RenameParagraph("request", "request"));
    }

    [Fact]
    public void Rename_BadArguments_SayWhyAndWhich()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Complete.RenameSource("reports", "x"));
        Assert.Equal("oldId", unknown.ParamName);
        Assert.StartsWith("The letter has no source with the id \"reports\".", unknown.Message, StringComparison.Ordinal);

        var invalid = Assert.Throws<ArgumentException>(() => Complete.RenameDemand("release-prisoners", "Release--Prisoners"));
        Assert.Equal("newId", invalid.ParamName);
        Assert.StartsWith("The demand's new id \"Release--Prisoners\" is not an id", invalid.Message, StringComparison.Ordinal);

        var taken = Assert.Throws<ArgumentException>(() => Dprk.RenameDemand(Dprk.Demands[0].Id, Dprk.Demands[1].Id));
        Assert.Equal("newId", taken.ParamName);
        Assert.StartsWith($"Another demand (1) already has the id \"{Dprk.Demands[1].Id}\".", taken.Message, StringComparison.Ordinal);

        Assert.Equal("letter", Assert.Throws<ArgumentNullException>(() => LetterEdits.RenameParagraph(null!, "a", "b")).ParamName);
        Assert.Equal("oldId", Assert.Throws<ArgumentNullException>(() => Complete.RenameParagraph(null!, "b")).ParamName);
        Assert.Equal("newId", Assert.Throws<ArgumentNullException>(() => Complete.RenameParagraph("request", null!)).ParamName);
    }

    [Fact]
    public void AddSignatory_New_GoesLast()
    {
        var signatory = new Signatory { Type = PartyType.Person, Name = "Jane Doe", Label = "Jane Doe" };

        var letter = Dprk.AddSignatory(signatory);

        Assert.Equal(Dprk.Signatories.Length + 1, letter.Signatories.Length);
        Assert.Same(signatory, letter.Signatories[^1]);
        Assert.True(LetterValidator.Validate(letter).IsValid);
    }

    [Fact]
    public void AddSignatory_SamePartyInAnotherSpelling_IsRefused()
    {
        var first = Dprk.Signatories[1];
        var again = first with { Name = first.Name.ToUpperInvariant(), Label = "again" };

        var error = Assert.Throws<ArgumentException>(() => Dprk.AddSignatory(again));

        Assert.Equal("signatory", error.ParamName);
        Assert.StartsWith($"\"{again.Name}\" has already signed, as signatory 1 (\"{first.Name}\").", error.Message, StringComparison.Ordinal);
        Assert.Equal(Dprk.Signatories.Length + 1, Dprk.AddSignatory(again with { Country = "ZW" }).Signatories.Length);
    }

    [Fact]
    public void AddSignatory_AgreesWithTheValidator()
    {
        // What the edit refuses, the validator reports: both use PartyKey.
        var first = Dprk.Signatories[0];
        var again = first with { Name = "\uFF21" + first.Name[1..] }; // a fullwidth first letter
        var problems = LetterValidator.Validate(Dprk with { Signatories = Dprk.Signatories.Add(again) }).Problems;

        Assert.Throws<ArgumentException>(() => Dprk.AddSignatory(again));
        Assert.Equal(ValidationCodes.DuplicateSignatory, Assert.Single(problems).Code);
    }

    [Fact]
    public void AddSignatory_BadArguments_Throw()
    {
        Assert.Equal("signatory", Assert.Throws<ArgumentNullException>(() => Dprk.AddSignatory(null!)).ParamName);
        Assert.Equal("signatory", Assert.Throws<ArgumentException>(() => Dprk.AddSignatory(new Signatory { Type = PartyType.Person, Name = null!, Label = "x" })).ParamName);
    }

    [Fact]
    public void Edits_OnALetterWithNulls_DoNotThrow_AndKeepTheNulls()
    {
        var letter = TestLetters.NullEverywhere with
        {
            Demands = TestLetters.NullEverywhere.Demands.Add(null!).Add(new Demand { Id = "d", Paragraph = null!, Text = "t", Summary = "s" }),
            Body = TestLetters.NullEverywhere.Body.Add(null!).Add(new Paragraph { Id = "p", Text = "t" }),
            Sources = TestLetters.NullEverywhere.Sources.Add(null!).Add(new Source { Id = "s", Url = "https://example.org" }),
            Responses = TestLetters.NullEverywhere.Responses.Add(null!),
            Events = TestLetters.NullEverywhere.Events.Add(null!),
            Signatories = TestLetters.NullEverywhere.Signatories.Add(null!),
        };

        var edited = letter
            .RenameDemand("d", "d2")
            .RenameParagraph("p", "p2")
            .RenameSource("s", "s2")
            .SetResponse(Reply("new-reply", "2012"))
            .AddSignatory(new Signatory { Type = PartyType.Person, Name = "Jane Doe", Label = "Jane Doe" })
            .RemoveDemand("d2");

        Assert.Equal(letter.Demands.Length - 1, edited.Demands.Length);
        Assert.Null(edited.Demands[1]);
        Assert.Null(edited.Body[1]);
        Assert.Equal("p2", edited.Body[2].Id);
        Assert.Null(edited.Sources[1]);
        Assert.Equal("s2", edited.Sources[2].Id);
        Assert.Null(edited.Events[^1]);
        Assert.Contains(edited.Responses, r => r?.Id == "new-reply");
        Assert.Null(edited.Responses[0].Id);
        Assert.Equal(ImmutableArray.Create<string>(item: null!), edited.Events[0].Sources);
        Assert.Equal("Jane Doe", edited.Signatories[^1].Name);
        Assert.False(LetterValidator.Validate(edited).IsValid);
    }

    [Fact]
    public void Edits_LeaveTheOriginalUnchanged()
    {
        var before = LetterEditsTests.Dprk;
        var copy = before with { };

        _ = before.RemoveDemand(before.Demands[0].Id).RenameSource(before.Sources[0].Id, "other").AddSignatory(new Signatory { Type = PartyType.Person, Name = "New", Label = "New" });

        Assert.Equal(copy, before);
        Assert.Equal(15, before.Demands.Length);
        Assert.Equal(41, before.Signatories.Length);
    }
}
