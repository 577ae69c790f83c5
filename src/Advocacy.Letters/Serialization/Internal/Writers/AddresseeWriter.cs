using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes an addressee object (<see cref="Addressee"/>) at the output, member by member, in the format's order.</summary>
internal static class AddresseeWriter
{
    public static void Write(ref JsonOutput json, Addressee addressee)
    {
        json.StartObject();
        json.OptionalString(Names.Id, addressee.Id);
        json.Enum(Names.Role, addressee.Role);
        json.Enum(Names.Type, addressee.Type);
        json.String(Names.Name, addressee.Name);
        json.OptionalString(Names.Honorific, addressee.Honorific);
        json.Array(Names.OtherNames, addressee.OtherNames, AlternateNameWriter.Write);
        json.Array(Names.Positions, addressee.Positions, PositionWriter.Write);
        json.OptionalObject(Names.Address, addressee.Address, PostalAddressWriter.Write);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Honorific = JsonEncodedText.Encode("honorific");
        public static readonly JsonEncodedText OtherNames = JsonEncodedText.Encode("otherNames");
        public static readonly JsonEncodedText Positions = JsonEncodedText.Encode("positions");
        public static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
    }
}
