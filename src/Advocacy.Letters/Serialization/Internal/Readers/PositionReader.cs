namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a position object (<see cref="Position"/>) at the cursor, member by member.</summary>
internal static class PositionReader
{
    private const string Noun = "a position";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["title", "organization", "label", "start", "end"];

    private const int Required = 0b1;

    public static Position Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? title = default;
        string? organization = default;
        string? label = default;
        PartialDate? start = default;
        PartialDate? end = default;
        while (json.NextMember())
        {
            if (json.Is("title"u8))
            {
                json.Member(Members, 0, ref seen);
                title = json.String(Noun);
            }
            else if (json.Is("organization"u8))
            {
                json.Member(Members, 1, ref seen);
                organization = json.OptionalString();
            }
            else if (json.Is("label"u8))
            {
                json.Member(Members, 2, ref seen);
                label = json.OptionalString();
            }
            else if (json.Is("start"u8))
            {
                json.Member(Members, 3, ref seen);
                start = json.OptionalDate();
            }
            else if (json.Is("end"u8))
            {
                json.Member(Members, 4, ref seen);
                end = json.OptionalDate();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Position
        {
            Title = title!,
            Organization = organization,
            Label = label,
            Start = start,
            End = end,
        };
    }
}
