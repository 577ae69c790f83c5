using System.Collections.Immutable;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a letter response object (<see cref="LetterResponse"/>) at the cursor, member by member.</summary>
internal static class LetterResponseReader
{
    private const string Noun = "a letter response";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["id", "date", "from", "addressees", "channel", "stance", "summary", "dispositions", "sources"];

    private const int Required = 0b1110111;

    public static LetterResponse Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? id = default;
        PartialDate date = default;
        Party? @from = default;
        ImmutableArray<string> addressees = default;
        ResponseChannel channel = default;
        ResponseStance stance = default;
        string? summary = default;
        ImmutableArray<Disposition> dispositions = default;
        ImmutableArray<string> sources = default;
        while (json.NextMember())
        {
            if (json.Is("id"u8))
            {
                json.Member(Members, 0, ref seen);
                id = json.String(Noun);
            }
            else if (json.Is("date"u8))
            {
                json.Member(Members, 1, ref seen);
                date = json.Date();
            }
            else if (json.Is("from"u8))
            {
                json.Member(Members, 2, ref seen);
                @from = json.Object(Noun, PartyReader.Read);
            }
            else if (json.Is("addressees"u8))
            {
                json.Member(Members, 3, ref seen);
                addressees = json.Strings();
            }
            else if (json.Is("channel"u8))
            {
                json.Member(Members, 4, ref seen);
                channel = json.Enum<ResponseChannel>();
            }
            else if (json.Is("stance"u8))
            {
                json.Member(Members, 5, ref seen);
                stance = json.Enum<ResponseStance>();
            }
            else if (json.Is("summary"u8))
            {
                json.Member(Members, 6, ref seen);
                summary = json.String(Noun);
            }
            else if (json.Is("dispositions"u8))
            {
                json.Member(Members, 7, ref seen);
                dispositions = json.Array<Disposition>(DispositionReader.Read);
            }
            else if (json.Is("sources"u8))
            {
                json.Member(Members, 8, ref seen);
                sources = json.Strings();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new LetterResponse
        {
            Id = id!,
            Date = date,
            From = @from!,
            Addressees = addressees,
            Channel = channel,
            Stance = stance,
            Summary = summary!,
            Dispositions = dispositions,
            Sources = sources,
        };
    }
}
