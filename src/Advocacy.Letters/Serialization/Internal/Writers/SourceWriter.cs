using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a source object (<see cref="Source"/>) at the output, member by member, in the format's order.</summary>
internal static class SourceWriter
{
    public static void Write(ref JsonOutput json, Source source)
    {
        json.StartObject();
        json.String(Names.Id, source.Id);
        json.String(Names.Url, source.Url);
        json.OptionalString(Names.Title, source.Title);
        json.OptionalString(Names.Publisher, source.Publisher);
        json.OptionalDate(Names.Date, source.Date);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Publisher = JsonEncodedText.Encode("publisher");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    }
}
