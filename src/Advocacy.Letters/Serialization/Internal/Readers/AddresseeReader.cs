using System.Collections.Immutable;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads an addressee object (<see cref="Addressee"/>) at the cursor, member by member.</summary>
internal static class AddresseeReader
{
    private const string Noun = "an addressee";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["id", "role", "type", "name", "honorific", "otherNames", "positions", "address"];

    private const int Required = 0b1110;

    public static Addressee Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? id = default;
        AddresseeRole role = default;
        PartyType type = default;
        string? name = default;
        string? honorific = default;
        ImmutableArray<AlternateName> otherNames = default;
        ImmutableArray<Position> positions = default;
        PostalAddress? address = default;
        while (json.NextMember())
        {
            if (json.Is("id"u8))
            {
                json.Member(Members, 0, ref seen);
                id = json.OptionalString();
            }
            else if (json.Is("role"u8))
            {
                json.Member(Members, 1, ref seen);
                role = json.Enum<AddresseeRole>();
            }
            else if (json.Is("type"u8))
            {
                json.Member(Members, 2, ref seen);
                type = json.Enum<PartyType>();
            }
            else if (json.Is("name"u8))
            {
                json.Member(Members, 3, ref seen);
                name = json.String(Noun);
            }
            else if (json.Is("honorific"u8))
            {
                json.Member(Members, 4, ref seen);
                honorific = json.OptionalString();
            }
            else if (json.Is("otherNames"u8))
            {
                json.Member(Members, 5, ref seen);
                otherNames = json.Array<AlternateName>(AlternateNameReader.Read);
            }
            else if (json.Is("positions"u8))
            {
                json.Member(Members, 6, ref seen);
                positions = json.Array<Position>(PositionReader.Read);
            }
            else if (json.Is("address"u8))
            {
                json.Member(Members, 7, ref seen);
                address = json.OptionalObject(PostalAddressReader.Read);
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Addressee
        {
            Id = id,
            Role = role,
            Type = type,
            Name = name!,
            Honorific = honorific,
            OtherNames = otherNames,
            Positions = positions,
            Address = address,
        };
    }
}
