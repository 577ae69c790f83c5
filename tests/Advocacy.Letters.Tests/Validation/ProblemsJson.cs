using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Tests.Validation;

/// <summary>Writes validation problems as the JSON array the snapshots hold, through the library's one problem writer.</summary>
internal static class ProblemsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Messages quote values; keep them readable in the snapshot instead of \u0022.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="result"/>'s problems as <c>[{ path, code, severity, message }]</c>.</summary>
    public static string Write(ValidationResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var problem in result.Problems)
            {
                ValidationJson.Write(writer, problem);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
