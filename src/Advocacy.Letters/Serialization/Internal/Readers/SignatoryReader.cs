namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a signatory object (<see cref="Signatory"/>) at the cursor, member by member.</summary>
internal static class SignatoryReader
{
    private const string Noun = "a signatory";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["type", "name", "acronym", "country", "label"];

    private const int Required = 0b10011;

    public static Signatory Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        PartyType type = default;
        string? name = default;
        string? acronym = default;
        string? country = default;
        string? label = default;
        while (json.NextMember())
        {
            if (json.Is("type"u8))
            {
                json.Member(Members, 0, ref seen);
                type = json.Enum<PartyType>();
            }
            else if (json.Is("name"u8))
            {
                json.Member(Members, 1, ref seen);
                name = json.String(Noun);
            }
            else if (json.Is("acronym"u8))
            {
                json.Member(Members, 2, ref seen);
                acronym = json.OptionalString();
            }
            else if (json.Is("country"u8))
            {
                json.Member(Members, 3, ref seen);
                country = json.OptionalCountry();
            }
            else if (json.Is("label"u8))
            {
                json.Member(Members, 4, ref seen);
                label = json.String(Noun);
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Signatory
        {
            Type = type,
            Name = name!,
            Acronym = acronym,
            Country = country,
            Label = label!,
        };
    }
}
