using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// The published JSON Schema (draft 2020-12) of the letter format, version <see cref="Letter.CurrentSchemaVersion"/>:
/// for tools in any language that read or write letters without this library.
/// </summary>
/// <remarks>
/// <para>The schema is generated from the model types and their documentation, and shipped as the same text as
/// <c>seeds/letter.schema.json</c> in the repository; its <c>$id</c> is
/// <c>https://advocacy-letters.org/schema/letter/1.0/letter.schema.json</c>.</para>
/// <para>It checks the structure (members, types, enumeration values, ids, dates, country codes, language tags and
/// URLs) and clean text. Rules that span the document, such as references between ids, duplicates and dates in order,
/// are checked only by <see cref="Validation.LetterValidator"/>. A document the schema refuses is one this library
/// refuses too, and the two apply the same URL rule (RFC 3986, <c>http</c> or <c>https</c>, a host). Its root is titled
/// <c>Letter</c> and every definition by its type name, so generated types get the model's names; <c>seeds/FORMAT.md</c>
/// says what the <c>$id</c> resolves to. All members are thread-safe.</para>
/// </remarks>
public static class LetterJsonSchema
{
    private const string ResourceName = "Advocacy.Letters.Schema.letter.schema.json";

    private static readonly Lazy<string> SchemaText = new(Load);

    /// <summary>Gets the schema as canonical JSON text: two-space indentation, LF line ends and a final newline.</summary>
    public static string Text => SchemaText.Value;

    /// <summary>Gets the schema as a JSON node, a fresh copy on every call that the caller may change.</summary>
    /// <returns>The schema's root object.</returns>
    public static JsonNode GetSchema() => JsonNode.Parse(Text)!;

    private static string Load()
    {
        using var stream = typeof(LetterJsonSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
