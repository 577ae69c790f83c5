using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a position object (<see cref="Position"/>) at the output, member by member, in the format's order.</summary>
internal static class PositionWriter
{
    public static void Write(ref JsonOutput json, Position position)
    {
        json.StartObject();
        json.String(Names.Title, position.Title);
        json.OptionalString(Names.Organization, position.Organization);
        json.OptionalString(Names.Label, position.Label);
        json.OptionalDate(Names.Start, position.Start);
        json.OptionalDate(Names.End, position.End);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    }
}
