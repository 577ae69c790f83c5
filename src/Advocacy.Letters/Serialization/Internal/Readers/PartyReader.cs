namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a party object (<see cref="Party"/>) at the cursor, member by member.</summary>
internal static class PartyReader
{
    private const string Noun = "a party";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["type", "name", "country"];

    private const int Required = 0b11;

    public static Party Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        PartyType type = default;
        string? name = default;
        string? country = default;
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
            else if (json.Is("country"u8))
            {
                json.Member(Members, 2, ref seen);
                country = json.OptionalCountry();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Party
        {
            Type = type,
            Name = name!,
            Country = country,
        };
    }
}
