using System.Collections.Immutable;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>
/// Letters built in code: valid starting points to change one thing in, and letters the JSON reader could never
/// produce (nulls where the model forbids them). The one helper for every test folder.
/// </summary>
internal static class TestLetters
{
    /// <summary>Gets the smallest valid letter: one addressee with the role "to", one paragraph, no demands, one signatory.</summary>
    public static Letter Minimal { get; } = new()
    {
        Id = "minimal-letter",
        Title = "A minimal letter",
        Kind = LetterKind.OpenLetter,
        Language = "en",
        Addressees = [new Addressee { Role = AddresseeRole.To, Type = PartyType.Person, Name = "Ada Lovelace" }],
        Salutation = "Dear Director,",
        Body = [new Paragraph { Id = "ask", Text = "We ask you to act." }],
        Demands = [],
        Signatories = [new Signatory { Type = PartyType.Organization, Name = "Example Coalition", Label = "Example Coalition" }],
    };

    /// <summary>Gets a valid letter that uses every part of the model: positions, address, demands, events, responses, sources.</summary>
    public static Letter Complete { get; } = Minimal with
    {
        Id = "complete",
        Date = PartialDate.Parse("2011-09-08"),
        Place = "Tokyo",
        Addressees =
        [
            new Addressee
            {
                Role = AddresseeRole.To,
                Type = PartyType.Person,
                Name = "Kim Jong-il",
                Honorific = "Chairman",
                OtherNames = [new AlternateName { Name = "김정일", Language = "ko" }],
                Positions = [new Position { Title = "Chairman", Organization = "National Defence Commission", Start = PartialDate.Parse("1993-04-09"), End = PartialDate.Parse("2011-12-17") }],
                Address = new PostalAddress { Lines = ["Pyongyang"], Locality = "Pyongyang", Country = "KP" },
            },
        ],
        Salutation = "Dear Chairman,",
        Body = [new Paragraph { Id = "request", Text = "We urge you to release all political prisoners without delay." }],
        Closing = "Thank you.",
        Valediction = "Sincerely,",
        Demands =
        [
            new Demand
            {
                Id = "release-prisoners",
                Paragraph = "request",
                Text = "release all political prisoners",
                Summary = "Release all political prisoners.",
                Action = "release",
                Actors = ["Government of the DPRK"],
                Themes = ["detention"],
                Instruments = ["ICCPR"],
            },
        ],
        Signatories = [new Signatory { Type = PartyType.Organization, Name = "Human Rights Watch", Acronym = "HRW", Country = "US", Label = "Human Rights Watch" }],
        Events = [new LetterEvent { Type = LetterEventType.Delivered, Date = PartialDate.Parse("2011-10-06"), Place = "New York", Note = "Left at the door.", Sources = ["report"] }],
        Responses =
        [
            new LetterResponse
            {
                Id = "mission-reply",
                Date = PartialDate.Parse("2011-10-06"),
                From = new Party { Type = PartyType.Organization, Name = "DPRK Mission", Country = "KP" },
                Channel = ResponseChannel.Phone,
                Stance = ResponseStance.RefusedToEngage,
                Summary = "Declined to meet.",
                Dispositions = [new Disposition { Demand = "release-prisoners", Status = DispositionStatus.NotAddressed }],
                Sources = ["report"],
            },
        ],
        Sources = [new Source { Id = "report", Url = "https://example.org/report", Title = "Report", Publisher = "Example", Date = PartialDate.Parse("2011-10-13") }],
    };

    /// <summary>Gets <see cref="Complete"/> with <see langword="null"/> in every required string and object.</summary>
    public static Letter NullEverywhere { get; } = new()
    {
        SchemaVersion = null!,
        Id = null!,
        Title = null!,
        Kind = LetterKind.JointLetter,
        Language = null!,
        Date = PartialDate.Parse("2011-09-08"),
        Addressees =
        [
            new Addressee
            {
                Role = AddresseeRole.To,
                Type = PartyType.Person,
                Name = null!,
                OtherNames = [new AlternateName { Name = null! }],
                Positions = [new Position { Title = null! }],
                Address = new PostalAddress { Lines = ImmutableArray.Create<string>(item: null!) },
            },
        ],
        Body = [new Paragraph { Id = null!, Text = null! }],
        Demands =
        [
            new Demand
            {
                Id = null!,
                Paragraph = null!,
                Text = null!,
                Summary = null!,
                Actors = ImmutableArray.Create<string>(item: null!),
                Themes = ImmutableArray.Create<string>(item: null!),
                Instruments = ImmutableArray.Create<string>(item: null!),
            },
        ],
        Signatories = [new Signatory { Type = PartyType.Organization, Name = null!, Label = null! }],
        Events = [new LetterEvent { Type = LetterEventType.Delivered, Date = PartialDate.Parse("2011-10-06"), Sources = ImmutableArray.Create<string>(item: null!) }],
        Responses =
        [
            new LetterResponse
            {
                Id = null!,
                Date = PartialDate.Parse("2011-10-06"),
                From = null!,
                Channel = ResponseChannel.Phone,
                Stance = ResponseStance.Noncommittal,
                Summary = null!,
                Dispositions = [new Disposition { Demand = null!, Status = DispositionStatus.Noted }],
                Sources = ImmutableArray.Create<string>(item: null!),
            },
            new LetterResponse
            {
                Id = "party-name",
                Date = PartialDate.Parse("2011-10-06"),
                From = new Party { Type = PartyType.Person, Name = null! },
                Channel = ResponseChannel.Phone,
                Stance = ResponseStance.Noncommittal,
                Summary = "A party without a name.",
            },
        ],
        Sources = [new Source { Id = null!, Url = null! }],
    };
}
