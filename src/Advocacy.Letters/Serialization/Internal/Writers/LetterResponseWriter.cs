using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a letter response object (<see cref="LetterResponse"/>) at the output, member by member, in the format's order.</summary>
internal static class LetterResponseWriter
{
    public static void Write(ref JsonOutput json, LetterResponse response)
    {
        json.StartObject();
        json.String(Names.Id, response.Id);
        json.Date(Names.Date, response.Date);
        json.Object(Names.From, response.From, PartyWriter.Write);
        json.Strings(Names.Addressees, response.Addressees);
        json.Enum(Names.Channel, response.Channel);
        json.Enum(Names.Stance, response.Stance);
        json.String(Names.Summary, response.Summary);
        json.Array(Names.Dispositions, response.Dispositions, DispositionWriter.Write);
        json.Strings(Names.Sources, response.Sources);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        public static readonly JsonEncodedText Addressees = JsonEncodedText.Encode("addressees");
        public static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
        public static readonly JsonEncodedText Stance = JsonEncodedText.Encode("stance");
        public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
        public static readonly JsonEncodedText Dispositions = JsonEncodedText.Encode("dispositions");
        public static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    }
}
