namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a source object (<see cref="Source"/>) at the cursor, member by member.</summary>
internal static class SourceReader
{
    private const string Noun = "a source";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["id", "url", "title", "publisher", "date"];

    private const int Required = 0b11;

    public static Source Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? id = default;
        string? url = default;
        string? title = default;
        string? publisher = default;
        PartialDate? date = default;
        while (json.NextMember())
        {
            if (json.Is("id"u8))
            {
                json.Member(Members, 0, ref seen);
                id = json.String(Noun);
            }
            else if (json.Is("url"u8))
            {
                json.Member(Members, 1, ref seen);
                url = json.String(Noun);
            }
            else if (json.Is("title"u8))
            {
                json.Member(Members, 2, ref seen);
                title = json.OptionalString();
            }
            else if (json.Is("publisher"u8))
            {
                json.Member(Members, 3, ref seen);
                publisher = json.OptionalString();
            }
            else if (json.Is("date"u8))
            {
                json.Member(Members, 4, ref seen);
                date = json.OptionalDate();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Source
        {
            Id = id!,
            Url = url!,
            Title = title,
            Publisher = publisher,
            Date = date,
        };
    }
}
