using System.Collections.Immutable;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a letter event object (<see cref="LetterEvent"/>) at the cursor, member by member.</summary>
internal static class LetterEventReader
{
    private const string Noun = "a letter event";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["type", "date", "place", "note", "sources"];

    private const int Required = 0b11;

    public static LetterEvent Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        LetterEventType type = default;
        PartialDate date = default;
        string? place = default;
        string? note = default;
        ImmutableArray<string> sources = default;
        while (json.NextMember())
        {
            if (json.Is("type"u8))
            {
                json.Member(Members, 0, ref seen);
                type = json.Enum<LetterEventType>();
            }
            else if (json.Is("date"u8))
            {
                json.Member(Members, 1, ref seen);
                date = json.Date();
            }
            else if (json.Is("place"u8))
            {
                json.Member(Members, 2, ref seen);
                place = json.OptionalString();
            }
            else if (json.Is("note"u8))
            {
                json.Member(Members, 3, ref seen);
                note = json.OptionalString();
            }
            else if (json.Is("sources"u8))
            {
                json.Member(Members, 4, ref seen);
                sources = json.Strings();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new LetterEvent
        {
            Type = type,
            Date = date,
            Place = place,
            Note = note,
            Sources = sources,
        };
    }
}
