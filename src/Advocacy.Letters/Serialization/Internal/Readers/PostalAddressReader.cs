using System.Collections.Immutable;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a postal address object (<see cref="PostalAddress"/>) at the cursor, member by member.</summary>
internal static class PostalAddressReader
{
    private const string Noun = "a postal address";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["lines", "locality", "country"];

    private const int Required = 0b0;

    public static PostalAddress Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        ImmutableArray<string> lines = default;
        string? locality = default;
        string? country = default;
        while (json.NextMember())
        {
            if (json.Is("lines"u8))
            {
                json.Member(Members, 0, ref seen);
                lines = json.Strings();
            }
            else if (json.Is("locality"u8))
            {
                json.Member(Members, 1, ref seen);
                locality = json.OptionalString();
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
        return new PostalAddress
        {
            Lines = lines,
            Locality = locality,
            Country = country,
        };
    }
}
