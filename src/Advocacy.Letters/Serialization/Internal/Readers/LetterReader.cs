using System.Collections.Immutable;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a letter object (<see cref="Letter"/>) at the cursor, member by member.</summary>
internal static class LetterReader
{
    private const string Noun = "a letter";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["schemaVersion", "id", "title", "kind", "language", "date", "place", "addressees", "salutation", "body", "closing", "valediction", "demands", "signatories", "events", "responses", "sources"];

    private const int Required = 0b11001010011111;

    public static Letter Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? schemaVersion = default;
        string? id = default;
        string? title = default;
        LetterKind kind = default;
        string? language = default;
        PartialDate? date = default;
        string? place = default;
        ImmutableArray<Addressee> addressees = default;
        string? salutation = default;
        ImmutableArray<Paragraph> body = default;
        string? closing = default;
        string? valediction = default;
        ImmutableArray<Demand> demands = default;
        ImmutableArray<Signatory> signatories = default;
        ImmutableArray<LetterEvent> events = default;
        ImmutableArray<LetterResponse> responses = default;
        ImmutableArray<Source> sources = default;
        while (json.NextMember())
        {
            if (json.Is("schemaVersion"u8))
            {
                json.Member(Members, 0, ref seen);
                schemaVersion = json.String(Noun);
            }
            else if (json.Is("id"u8))
            {
                json.Member(Members, 1, ref seen);
                id = json.String(Noun);
            }
            else if (json.Is("title"u8))
            {
                json.Member(Members, 2, ref seen);
                title = json.String(Noun);
            }
            else if (json.Is("kind"u8))
            {
                json.Member(Members, 3, ref seen);
                kind = json.Enum<LetterKind>();
            }
            else if (json.Is("language"u8))
            {
                json.Member(Members, 4, ref seen);
                language = json.String(Noun);
            }
            else if (json.Is("date"u8))
            {
                json.Member(Members, 5, ref seen);
                date = json.OptionalDate();
            }
            else if (json.Is("place"u8))
            {
                json.Member(Members, 6, ref seen);
                place = json.OptionalString();
            }
            else if (json.Is("addressees"u8))
            {
                json.Member(Members, 7, ref seen);
                addressees = json.Array<Addressee>(AddresseeReader.Read);
            }
            else if (json.Is("salutation"u8))
            {
                json.Member(Members, 8, ref seen);
                salutation = json.OptionalString();
            }
            else if (json.Is("body"u8))
            {
                json.Member(Members, 9, ref seen);
                body = json.Array<Paragraph>(ParagraphReader.Read);
            }
            else if (json.Is("closing"u8))
            {
                json.Member(Members, 10, ref seen);
                closing = json.OptionalString();
            }
            else if (json.Is("valediction"u8))
            {
                json.Member(Members, 11, ref seen);
                valediction = json.OptionalString();
            }
            else if (json.Is("demands"u8))
            {
                json.Member(Members, 12, ref seen);
                demands = json.Array<Demand>(DemandReader.Read);
            }
            else if (json.Is("signatories"u8))
            {
                json.Member(Members, 13, ref seen);
                signatories = json.Array<Signatory>(SignatoryReader.Read);
            }
            else if (json.Is("events"u8))
            {
                json.Member(Members, 14, ref seen);
                events = json.Array<LetterEvent>(LetterEventReader.Read);
            }
            else if (json.Is("responses"u8))
            {
                json.Member(Members, 15, ref seen);
                responses = json.Array<LetterResponse>(LetterResponseReader.Read);
            }
            else if (json.Is("sources"u8))
            {
                json.Member(Members, 16, ref seen);
                sources = json.Array<Source>(SourceReader.Read);
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Letter
        {
            SchemaVersion = schemaVersion!,
            Id = id!,
            Title = title!,
            Kind = kind,
            Language = language!,
            Date = date,
            Place = place,
            Addressees = addressees,
            Salutation = salutation,
            Body = body,
            Closing = closing,
            Valediction = valediction,
            Demands = demands,
            Signatories = signatories,
            Events = events,
            Responses = responses,
            Sources = sources,
        };
    }
}
