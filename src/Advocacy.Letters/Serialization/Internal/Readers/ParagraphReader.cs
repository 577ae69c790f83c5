namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a paragraph object (<see cref="Paragraph"/>) at the cursor, member by member.</summary>
internal static class ParagraphReader
{
    private const string Noun = "a paragraph";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["id", "text"];

    private const int Required = 0b11;

    public static Paragraph Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? id = default;
        string? text = default;
        while (json.NextMember())
        {
            if (json.Is("id"u8))
            {
                json.Member(Members, 0, ref seen);
                id = json.String(Noun);
            }
            else if (json.Is("text"u8))
            {
                json.Member(Members, 1, ref seen);
                text = json.String(Noun);
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Paragraph
        {
            Id = id!,
            Text = text!,
        };
    }
}
