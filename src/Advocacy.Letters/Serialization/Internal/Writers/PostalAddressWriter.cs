using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a postal address object (<see cref="PostalAddress"/>) at the output, member by member, in the format's order.</summary>
internal static class PostalAddressWriter
{
    public static void Write(ref JsonOutput json, PostalAddress address)
    {
        json.StartObject();
        json.Strings(Names.Lines, address.Lines);
        json.OptionalString(Names.Locality, address.Locality);
        json.OptionalString(Names.Country, address.Country);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Lines = JsonEncodedText.Encode("lines");
        public static readonly JsonEncodedText Locality = JsonEncodedText.Encode("locality");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    }
}
