namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads an alternate name object (<see cref="AlternateName"/>) at the cursor, member by member.</summary>
internal static class AlternateNameReader
{
    private const string Noun = "an alternate name";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["name", "language"];

    private const int Required = 0b1;

    public static AlternateName Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? name = default;
        string? language = default;
        while (json.NextMember())
        {
            if (json.Is("name"u8))
            {
                json.Member(Members, 0, ref seen);
                name = json.String(Noun);
            }
            else if (json.Is("language"u8))
            {
                json.Member(Members, 1, ref seen);
                language = json.OptionalString();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new AlternateName
        {
            Name = name!,
            Language = language,
        };
    }
}
