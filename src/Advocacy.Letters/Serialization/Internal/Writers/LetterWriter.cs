using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a letter object (<see cref="Letter"/>) at the output, member by member, in the format's order.</summary>
internal static class LetterWriter
{
    public static void Write(ref JsonOutput json, Letter letter)
    {
        json.StartObject();
        json.String(Names.SchemaVersion, letter.SchemaVersion);
        json.String(Names.Id, letter.Id);
        json.String(Names.Title, letter.Title);
        json.Enum(Names.Kind, letter.Kind);
        json.String(Names.Language, letter.Language);
        json.OptionalDate(Names.Date, letter.Date);
        json.OptionalString(Names.Place, letter.Place);
        json.Array(Names.Addressees, letter.Addressees, AddresseeWriter.Write);
        json.OptionalString(Names.Salutation, letter.Salutation);
        json.Array(Names.Body, letter.Body, ParagraphWriter.Write);
        json.OptionalString(Names.Closing, letter.Closing);
        json.OptionalString(Names.Valediction, letter.Valediction);
        json.Array(Names.Demands, letter.Demands, DemandWriter.Write);
        json.Array(Names.Signatories, letter.Signatories, SignatoryWriter.Write);
        json.Array(Names.Events, letter.Events, LetterEventWriter.Write);
        json.Array(Names.Responses, letter.Responses, LetterResponseWriter.Write);
        json.Array(Names.Sources, letter.Sources, SourceWriter.Write);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
        public static readonly JsonEncodedText Addressees = JsonEncodedText.Encode("addressees");
        public static readonly JsonEncodedText Salutation = JsonEncodedText.Encode("salutation");
        public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
        public static readonly JsonEncodedText Closing = JsonEncodedText.Encode("closing");
        public static readonly JsonEncodedText Valediction = JsonEncodedText.Encode("valediction");
        public static readonly JsonEncodedText Demands = JsonEncodedText.Encode("demands");
        public static readonly JsonEncodedText Signatories = JsonEncodedText.Encode("signatories");
        public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
        public static readonly JsonEncodedText Responses = JsonEncodedText.Encode("responses");
        public static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    }
}
