using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a signatory object (<see cref="Signatory"/>) at the output, member by member, in the format's order.</summary>
internal static class SignatoryWriter
{
    public static void Write(ref JsonOutput json, Signatory signatory)
    {
        json.StartObject();
        json.Enum(Names.Type, signatory.Type);
        json.String(Names.Name, signatory.Name);
        json.OptionalString(Names.Acronym, signatory.Acronym);
        json.OptionalString(Names.Country, signatory.Country);
        json.String(Names.Label, signatory.Label);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Acronym = JsonEncodedText.Encode("acronym");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    }
}
