using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a party object (<see cref="Party"/>) at the output, member by member, in the format's order.</summary>
internal static class PartyWriter
{
    public static void Write(ref JsonOutput json, Party party)
    {
        json.StartObject();
        json.Enum(Names.Type, party.Type);
        json.String(Names.Name, party.Name);
        json.OptionalString(Names.Country, party.Country);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    }
}
