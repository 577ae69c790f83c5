using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a paragraph object (<see cref="Paragraph"/>) at the output, member by member, in the format's order.</summary>
internal static class ParagraphWriter
{
    public static void Write(ref JsonOutput json, Paragraph paragraph)
    {
        json.StartObject();
        json.String(Names.Id, paragraph.Id);
        json.String(Names.Text, paragraph.Text);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    }
}
