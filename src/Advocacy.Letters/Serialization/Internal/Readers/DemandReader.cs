using System.Collections.Immutable;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a demand object (<see cref="Demand"/>) at the cursor, member by member.</summary>
internal static class DemandReader
{
    private const string Noun = "a demand";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["id", "paragraph", "text", "summary", "action", "actors", "themes", "instruments"];

    private const int Required = 0b1111;

    public static Demand Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? id = default;
        string? paragraph = default;
        string? text = default;
        string? summary = default;
        string? action = default;
        ImmutableArray<string> actors = default;
        ImmutableArray<string> themes = default;
        ImmutableArray<string> instruments = default;
        while (json.NextMember())
        {
            if (json.Is("id"u8))
            {
                json.Member(Members, 0, ref seen);
                id = json.String(Noun);
            }
            else if (json.Is("paragraph"u8))
            {
                json.Member(Members, 1, ref seen);
                paragraph = json.String(Noun);
            }
            else if (json.Is("text"u8))
            {
                json.Member(Members, 2, ref seen);
                text = json.String(Noun);
            }
            else if (json.Is("summary"u8))
            {
                json.Member(Members, 3, ref seen);
                summary = json.String(Noun);
            }
            else if (json.Is("action"u8))
            {
                json.Member(Members, 4, ref seen);
                action = json.OptionalString();
            }
            else if (json.Is("actors"u8))
            {
                json.Member(Members, 5, ref seen);
                actors = json.Strings();
            }
            else if (json.Is("themes"u8))
            {
                json.Member(Members, 6, ref seen);
                themes = json.Strings();
            }
            else if (json.Is("instruments"u8))
            {
                json.Member(Members, 7, ref seen);
                instruments = json.Strings();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Demand
        {
            Id = id!,
            Paragraph = paragraph!,
            Text = text!,
            Summary = summary!,
            Action = action,
            Actors = actors,
            Themes = themes,
            Instruments = instruments,
        };
    }
}
