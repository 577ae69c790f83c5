using System;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

/// <summary>Letters the JSON reader could never produce: validation reports them and never throws.</summary>
public partial class LetterValidatorTests
{
    [Fact]
    public void Validate_NullInEveryRequiredStringAndObject_ReportsMissingValues()
    {
        var result = LetterValidator.Validate(TestLetters.NullEverywhere);

        Snapshot.Verify(ProblemsJson.Write(result));
        string[] expected =
        [
            "/schemaVersion", "/id", "/title", "/language",
            "/addressees/0/name", "/addressees/0/otherNames/0/name", "/addressees/0/positions/0/title", "/addressees/0/address/lines/0",
            "/body/0/id", "/body/0/text",
            "/demands/0/id", "/demands/0/paragraph", "/demands/0/text", "/demands/0/summary",
            "/demands/0/actors/0", "/demands/0/themes/0", "/demands/0/instruments/0",
            "/signatories/0/name", "/signatories/0/label",
            "/events/0/sources/0",
            "/responses/0/id", "/responses/0/from", "/responses/0/summary", "/responses/0/dispositions/0/demand", "/responses/0/sources/0",
            "/responses/1/from/name",
            "/sources/0/id", "/sources/0/url",
        ];
        Assert.Equal(expected, result.Problems.Where(p => p.Code == ValidationCodes.MissingValue).Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal(ValidationSeverity.Error, p.Severity));
    }

    [Fact]
    public void Validate_NullSchemaVersion_IsAMissingValue_NotAnUnsupportedVersion()
    {
        var problem = Assert.Single(LetterValidator.Validate(TestLetters.Minimal with { SchemaVersion = null! }).Problems);

        Assert.Equal(
            new ValidationProblem
            {
                Path = "/schemaVersion",
                Code = ValidationCodes.MissingValue,
                Severity = ValidationSeverity.Error,
                Message = "a schema version is required here but is missing (null)",
            },
            problem);
    }

    [Fact]
    public void Validate_NullElementsInEveryList_ReportsMissingValues()
    {
        var complete = TestLetters.Complete;
        var addressee = complete.Addressees[0] with
        {
            OtherNames = ImmutableArray.Create<AlternateName>(item: null!),
            Positions = ImmutableArray.Create<Position>(item: null!),
            Address = new PostalAddress { Lines = ImmutableArray.Create<string>(item: null!) },
        };
        var letter = complete with
        {
            Addressees = [addressee, null!],
            Body = [.. complete.Body, null!],
            Demands = [.. complete.Demands, null!],
            Signatories = ImmutableArray.Create<Signatory>(item: null!),
            Events = ImmutableArray.Create<LetterEvent>(item: null!),
            Responses = [complete.Responses[0] with { Dispositions = ImmutableArray.Create<Disposition>(item: null!) }, null!],
            Sources = [.. complete.Sources, null!],
        };

        var result = LetterValidator.Validate(letter);

        Assert.Equal(
            [
                ("/addressees/0/otherNames/0", "a name is required here but is missing (null)"),
                ("/addressees/0/positions/0", "a position is required here but is missing (null)"),
                ("/addressees/0/address/lines/0", "a text is required here but is missing (null)"),
                ("/addressees/1", "an addressee is required here but is missing (null)"),
                ("/body/1", "a paragraph is required here but is missing (null)"),
                ("/demands/1", "a demand is required here but is missing (null)"),
                ("/signatories/0", "a signatory is required here but is missing (null)"),
                ("/events/0", "an event is required here but is missing (null)"),
                ("/responses/0/dispositions/0", "a disposition is required here but is missing (null)"),
                ("/responses/1", "a response is required here but is missing (null)"),
                ("/sources/1", "a source is required here but is missing (null)"),
            ],
            result.Problems.Select(p => (p.Path, p.Message)));
        Assert.All(result.Problems, p => Assert.Equal(ValidationCodes.MissingValue, p.Code));
    }

    [Fact]
    public void Validate_OnlyNullAddressees_ReportsThemAndTheMissingToAddressee()
    {
        var result = LetterValidator.Validate(TestLetters.Minimal with { Addressees = ImmutableArray.Create<Addressee>(null!, null!) });

        Assert.Equal(
            [
                ("/addressees/0", ValidationCodes.MissingValue),
                ("/addressees/1", ValidationCodes.MissingValue),
                ("/addressees", ValidationCodes.MissingToAddressee),
            ],
            result.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void WithDefaultArrays_InitNormalisesThemToEmpty_AndValidationReportsTheEmptyLists()
    {
        var complete = TestLetters.Complete;
        var letter = complete with
        {
            Addressees = default,
            Body = default,
            Demands = default,
            Signatories = default,
            Events = default,
            Responses = default,
            Sources = default,
        };
        var addressee = complete.Addressees[0] with { OtherNames = default, Positions = default };
        var demand = complete.Demands[0] with { Actors = default, Themes = default, Instruments = default };
        var response = complete.Responses[0] with { Dispositions = default, Sources = default };
        var letterEvent = complete.Events[0] with { Sources = default };
        var address = new PostalAddress { Lines = default };

        ImmutableArray<bool> isDefault =
        [
            letter.Addressees.IsDefault, letter.Body.IsDefault, letter.Demands.IsDefault, letter.Signatories.IsDefault,
            letter.Events.IsDefault, letter.Responses.IsDefault, letter.Sources.IsDefault,
            addressee.OtherNames.IsDefault, addressee.Positions.IsDefault,
            demand.Actors.IsDefault, demand.Themes.IsDefault, demand.Instruments.IsDefault,
            response.Dispositions.IsDefault, response.Sources.IsDefault, letterEvent.Sources.IsDefault, address.Lines.IsDefault,
        ];
        Assert.All(isDefault, Assert.False);
        Assert.Empty(letter.Signatories);

        var result = LetterValidator.Validate(letter);

        Assert.Equal(
            [("/addressees", ValidationCodes.MissingToAddressee), ("/signatories", ValidationCodes.MissingSignatory)],
            result.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Validate_UndefinedEnumerationValues_ReportsInvalidValues()
    {
        var complete = TestLetters.Complete;
        var letter = complete with
        {
            Kind = (LetterKind)99,
            Addressees = [complete.Addressees[0] with { Role = (AddresseeRole)99, Type = (PartyType)(-1) }],
            Signatories = [complete.Signatories[0] with { Type = (PartyType)99 }],
            Events = [complete.Events[0] with { Type = (LetterEventType)99 }],
            Responses =
            [
                complete.Responses[0] with
                {
                    From = complete.Responses[0].From with { Type = (PartyType)2 },
                    Channel = (ResponseChannel)99,
                    Stance = (ResponseStance)99,
                    Dispositions = [complete.Responses[0].Dispositions[0] with { Status = (DispositionStatus)99 }],
                },
            ],
        };

        var result = LetterValidator.Validate(letter);

        Assert.Equal(
            [
                ("/kind", ValidationCodes.InvalidValue),
                ("/addressees/0/role", ValidationCodes.InvalidValue),
                ("/addressees/0/type", ValidationCodes.InvalidValue),
                ("/addressees", ValidationCodes.MissingToAddressee),
                ("/signatories/0/type", ValidationCodes.InvalidValue),
                ("/events/0/type", ValidationCodes.InvalidValue),
                ("/responses/0/from/type", ValidationCodes.InvalidValue),
                ("/responses/0/channel", ValidationCodes.InvalidValue),
                ("/responses/0/stance", ValidationCodes.InvalidValue),
                ("/responses/0/dispositions/0/status", ValidationCodes.InvalidValue),
            ],
            result.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal("99 is not a PartyType value: use one of person, organization", result.Problems[4].Message);
        Assert.Equal("-1 is not a PartyType value: use one of person, organization", result.Problems[2].Message);
    }

    [Fact]
    public void Validate_DefaultPartialDates_AreTheYearOne_AndNeverThrow()
    {
        // default(PartialDate) is the year 0001: a real date, long before any letter.
        var complete = TestLetters.Complete;
        var letter = complete with
        {
            Addressees = [complete.Addressees[0] with { Positions = [new Position { Title = "Chairman", Start = default(PartialDate), End = default(PartialDate) }] }],
            Events = [complete.Events[0] with { Date = default }],
            Responses = [complete.Responses[0] with { Date = default }],
            Sources = [complete.Sources[0] with { Date = default(PartialDate) }],
        };

        var result = LetterValidator.Validate(letter);

        Assert.Equal("0001", default(PartialDate).ToString());
        Assert.Equal(
            [
                ("/addressees/0/positions/0/end", ValidationCodes.PositionNotHeld),
                ("/events/0/date", ValidationCodes.DateBeforeLetter),
                ("/responses/0/date", ValidationCodes.DateBeforeLetter),
            ],
            result.Problems.Select(p => (p.Path, p.Code)));
        Assert.Empty(LetterValidator.Validate(letter with { Date = default(PartialDate) }).Problems);
    }

    [Theory]
    [InlineData("{D800}", 1)]
    [InlineData("a{DC00}", 2)]
    [InlineData("ab{DC00}{D800}", 3)] // a pair in the wrong order: both halves are lone
    [InlineData("trailing high {D83D}", 15)]
    public void Validate_LoneSurrogates_AreForbiddenCharacters(string pattern, int position)
    {
        var title = Chars(pattern);
        var problem = Assert.Single(LetterValidator.Validate(TestLetters.Minimal with { Title = title }).Problems);

        Assert.Equal(("/title", ValidationCodes.ForbiddenCharacter), (problem.Path, problem.Code));
        Assert.Contains($" at character {position}:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SurrogatePair_IsAllowed()
    {
        Assert.Empty(LetterValidator.Validate(TestLetters.Minimal with { Title = "A letter \ud83d\udd4a of peace" }).Problems);
    }

    [Fact]
    public void Validate_LoneSurrogatesEverywhere_NeverThrows()
    {
        const string lone = "\udc00x\ud800";
        var complete = TestLetters.Complete;
        var letter = complete with
        {
            Id = lone,
            Language = lone,
            Addressees = [complete.Addressees[0] with { Name = lone, Address = new PostalAddress { Country = lone } }],
            Signatories = [complete.Signatories[0] with { Name = lone, Country = lone }, complete.Signatories[0] with { Name = lone + lone }],
            Demands = [complete.Demands[0] with { Id = lone, Paragraph = lone, Text = lone }],
            Sources = [complete.Sources[0] with { Id = lone, Url = "https://example.org/" + lone }],
        };

        var result = LetterValidator.Validate(letter);

        Assert.False(result.IsValid);
        Assert.All(result.Problems, p => Assert.DoesNotContain(p.Message, c => char.IsSurrogate(c)));
    }

    [Fact]
    public void Validate_HugeStrings_NeverThrows_AndKeepsMessagesShort()
    {
        var huge = new string('a', 1_000_000);
        var complete = TestLetters.Complete;
        var letter = complete with
        {
            Id = huge,
            Title = huge + " ",
            Language = huge,
            Addressees = [complete.Addressees[0] with { Address = new PostalAddress { Country = huge } }],
            Body = [complete.Body[0] with { Text = huge }],
            Signatories = [complete.Signatories[0] with { Name = huge }, complete.Signatories[0] with { Name = huge.ToUpperInvariant() }],
            Sources = [complete.Sources[0] with { Url = "https://example.org/" + huge }],
        };

        var result = LetterValidator.Validate(letter);

        Assert.Equal(
            [
                ("/id", ValidationCodes.InvalidId),
                ("/title", ValidationCodes.UntrimmedText),
                ("/language", ValidationCodes.InvalidLanguage),
                ("/addressees/0/address/country", ValidationCodes.UnknownCountry),
                ("/demands/0/text", ValidationCodes.DemandTextNotInParagraph),
                ("/signatories/1", ValidationCodes.DuplicateSignatory),
                ("/sources/0/url", ValidationCodes.InvalidUrl),
            ],
            result.Problems.Select(p => (p.Path, p.Code)));
        Assert.All(result.Problems, p => Assert.InRange(p.Message.Length, 1, 300));
    }

    [Fact]
    public void Validate_MessagesQuotingTheLetter_EscapeAndShortenWhatTheyQuote()
    {
        // Ids that resolve are quoted back too, and the reader does not check them: an invalid id still resolves.
        const string id = "request\u202E";
        var huge = new string('x', 100_000);
        var complete = TestLetters.Complete;
        var letter = complete with
        {
            Addressees =
            [
                complete.Addressees[0] with
                {
                    Name = "Kim\u0007",
                    Positions = [new Position { Title = "Chairman\u202E" + huge, End = PartialDate.Parse("2000") }],
                },
            ],
            Body = [complete.Body[0] with { Id = id }],
            Demands = [complete.Demands[0] with { Paragraph = id, Text = "not in the paragraph" }],
            Responses =
            [
                complete.Responses[0] with
                {
                    Dispositions = [.. complete.Responses[0].Dispositions, .. complete.Responses[0].Dispositions],
                },
            ],
        };

        var result = LetterValidator.Validate(letter);

        var messages = result.Problems.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First().Message);
        Assert.Equal(
            "Kim\\u0007 left \"Chairman\\u202Exxxxxxxxxxxxxxxxxxxxxxxxxx…\" on 2000, before the letter's date (2011-09-08)",
            messages[ValidationCodes.PositionNotHeld]);
        Assert.Equal(
            "the demand's text does not occur in paragraph \"request\\u202E\": quote its exact words",
            messages[ValidationCodes.DemandTextNotInParagraph]);
        Assert.Equal(
            "demand \"release-prisoners\" already has a disposition in this response",
            messages[ValidationCodes.DuplicateDisposition]);
        Assert.All(result.Problems, p => Assert.DoesNotContain(p.Message, c => char.IsControl(c) || c == '\u202E'));
    }

    [Fact]
    public void Validate_TenThousandSignatoriesWithDuplicates_ReportsEachDuplicateOnce()
    {
        // Every name twice, with a different case and accent the second time: 5,000 duplicates.
        var signatories = Enumerable.Range(0, 10_000)
            .Select(i => new Signatory
            {
                Type = PartyType.Organization,
                Name = i < 5_000 ? $"Organisation {i:D5} für Menschenrechte" : $"ORGANISATION {i - 5_000:D5} FUR MENSCHENRECHTE",
                Country = "DE",
                Label = $"Organisation {i}",
            })
            .ToImmutableArray();
        var letter = TestLetters.Minimal with { Signatories = signatories };

        // Its cost is measured by the benchmarks (ValidateBenchmark, 2,000 signatories), never by a timed test.
        var result = LetterValidator.Validate(letter);

        Assert.Equal(5_000, result.Problems.Length);
        Assert.All(result.Problems, p => Assert.Equal(ValidationCodes.DuplicateSignatory, p.Code));
        Assert.Equal("/signatories/5000", result.Problems[0].Path);
        Assert.Equal("\"ORGANISATION 00000 FUR MENSCHENRECHTE\" already signed as signatory 0", result.Problems[0].Message);
    }
}
