using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a letter event object (<see cref="LetterEvent"/>) at the output, member by member, in the format's order.</summary>
internal static class LetterEventWriter
{
    public static void Write(ref JsonOutput json, LetterEvent letterEvent)
    {
        json.StartObject();
        json.Enum(Names.Type, letterEvent.Type);
        json.Date(Names.Date, letterEvent.Date);
        json.OptionalString(Names.Place, letterEvent.Place);
        json.OptionalString(Names.Note, letterEvent.Note);
        json.Strings(Names.Sources, letterEvent.Sources);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
        public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
        public static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    }
}
