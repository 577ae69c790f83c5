using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes an alternate name object (<see cref="AlternateName"/>) at the output, member by member, in the format's order.</summary>
internal static class AlternateNameWriter
{
    public static void Write(ref JsonOutput json, AlternateName alternateName)
    {
        json.StartObject();
        json.String(Names.Name, alternateName.Name);
        json.OptionalString(Names.Language, alternateName.Language);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    }
}
