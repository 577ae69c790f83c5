using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a disposition object (<see cref="Disposition"/>) at the output, member by member, in the format's order.</summary>
internal static class DispositionWriter
{
    public static void Write(ref JsonOutput json, Disposition disposition)
    {
        json.StartObject();
        json.String(Names.Demand, disposition.Demand);
        json.Enum(Names.Status, disposition.Status);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Demand = JsonEncodedText.Encode("demand");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    }
}
