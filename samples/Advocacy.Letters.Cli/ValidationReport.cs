using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>Writes validation results for people (text) or for tools (a JSON array).</summary>
internal static class ValidationReport
{
    /// <summary>
    /// Writes each problem as <c>path  code  message</c> (prefixed by <c>FILE: </c> when <paramref name="prefix"/>),
    /// then a one-line verdict for the file.
    /// </summary>
    public static void WriteText(string name, ValidationResult result, bool prefix, TextWriter output)
    {
        foreach (var problem in result.Problems)
        {
            output.WriteLine(prefix ? $"{name}: {problem}" : problem.ToString());
        }

        var errors = result.Errors.Length;
        var warnings = result.Warnings.Length;
        var counts = (errors, warnings) switch
        {
            (0, 0) => string.Empty,
            (0, _) => $" ({Count(warnings, "warning")})",
            (_, 0) => $" ({Count(errors, "error")})",
            _ => $" ({Count(errors, "error")}, {Count(warnings, "warning")})",
        };
        output.WriteLine($"{name}: {(result.IsValid ? "valid" : "invalid")}{counts}");
    }

    /// <summary>
    /// Writes every problem as an object <c>{ file, line, path, code, severity, message }</c> in one JSON array
    /// (<c>line</c> only for a corpus),
    /// with <see cref="Utf8JsonWriter"/> rather than reflection, so that the app stays native-AOT clean.
    /// </summary>
    public static void WriteJson(IEnumerable<FileProblem> problems, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",

            // The output is data for tools and people, not HTML: keep quotes and non-ASCII names readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartArray();
            foreach (var (file, line, problem) in problems)
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                if (line is { } number)
                {
                    json.WriteNumber("line", number);
                }

                ValidationJson.WriteMembers(json, problem);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
