using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>
/// Writes a letter as canonical JSON, checking the write-time contract as it goes (<see cref="JsonOutput"/>): the one
/// write path of every letter writer, and of <see cref="LetterJson.EnsureWritable"/>.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>Canonical output keeps names such as 김정일 readable; it is a data file, not HTML.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The writers build only well-formed JSON, so the writer's own structure checks are skipped, as the serializer does.
    private static readonly JsonWriterOptions Indented = new()
    {
        Encoder = Encoder,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        SkipValidation = true,
    };

    private static readonly JsonWriterOptions SingleLine = new()
    {
        Encoder = Encoder,
        SkipValidation = true,
    };

    /// <summary>Writes <paramref name="letter"/> to <paramref name="output"/>, without a final newline.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="output">The buffer; when the letter is refused it holds a part of it, to be thrown away.</param>
    /// <param name="indented">Two-space indentation and LF line ends, or one line.</param>
    /// <exception cref="LetterJsonException">The letter cannot be written as it is; the pointer says where.</exception>
    public static void Write(Letter letter, IBufferWriter<byte> output, bool indented)
    {
        using var writer = new Utf8JsonWriter(output, indented ? Indented : SingleLine);
        var json = new JsonOutput(writer);
        LetterWriter.Write(ref json, letter);
        writer.Flush();
    }
}
