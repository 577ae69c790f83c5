using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>Writes a demand object (<see cref="Demand"/>) at the output, member by member, in the format's order.</summary>
internal static class DemandWriter
{
    public static void Write(ref JsonOutput json, Demand demand)
    {
        json.StartObject();
        json.String(Names.Id, demand.Id);
        json.String(Names.Paragraph, demand.Paragraph);
        json.String(Names.Text, demand.Text);
        json.String(Names.Summary, demand.Summary);
        json.OptionalString(Names.Action, demand.Action);
        json.Strings(Names.Actors, demand.Actors);
        json.Strings(Names.Themes, demand.Themes);
        json.Strings(Names.Instruments, demand.Instruments);
        json.EndObject();
    }

    /// <summary>The members' names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Paragraph = JsonEncodedText.Encode("paragraph");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
        public static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
        public static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors");
        public static readonly JsonEncodedText Themes = JsonEncodedText.Encode("themes");
        public static readonly JsonEncodedText Instruments = JsonEncodedText.Encode("instruments");
    }
}
