using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>
/// The report for tools: one JSON array of <c>{ file, line, path, code, severity, message }</c> (<c>line</c> only in
/// a corpus), streamed: each problem is written as it is found and the buffer is handed to standard output every
/// few kilobytes, so a million problems take no more memory than one. An input that cannot be read is an entry with
/// the code <see cref="ValidationCodes.Unreadable"/>. Written with <see cref="Utf8JsonWriter"/>, without reflection,
/// so the app stays native-AOT clean.
/// </summary>
internal sealed class JsonValidationReport : ValidationReport
{
    private const int DrainBytes = 16 * 1024;

    private readonly TextWriter output;
    private readonly ArrayBufferWriter<byte> buffer = new(DrainBytes * 2);
    private readonly Utf8JsonWriter json;

    public JsonValidationReport(TextWriter output)
    {
        this.output = output;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",

            // Data for tools and people, not HTML: quotes and non-ASCII names stay readable. Control and invisible
            // characters are still escaped, here or by the terminal-safe writer, as \uXXXX: valid JSON either way.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartArray();
    }

    public override void BeginInput(string file)
    {
    }

    public override void Add(FileProblem problem)
    {
        var (file, line, found) = problem;
        json.WriteStartObject();
        json.WriteString("file", file);
        if (line is { } number)
        {
            json.WriteNumber("line", number);
        }

        // The problem's own members are the library's shape (one rule, one place); file and line are the report's.
        ValidationJson.WriteMembers(json, found);
        json.WriteEndObject();
        json.Flush();
        if (buffer.WrittenCount >= DrainBytes)
        {
            Drain();
        }
    }

    public override void EndLetter(string file, ValidationResult result) => Drain();

    public override void EndCorpus(string file, CorpusTally tally) => Drain();

    public override void EndUnreadable(FileProblem problem)
    {
        Add(problem);
        Drain();
    }

    public override void Complete()
    {
        json.WriteEndArray();
        json.Flush();
        Drain();
        output.WriteLine();
        output.Flush();
    }

    public override void Flush() => Drain();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            json.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Drain()
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
        output.Flush();
    }
}
