using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Serialization.Internal;

namespace Advocacy.Letters.Tests.Schema;

/// <summary>
/// Generates the published JSON Schema from the model: System.Text.Json's <see cref="JsonSchemaExporter"/> walks the
/// library's own serializer metadata (names, order, <c>required</c>, nullability, <c>additionalProperties: false</c>),
/// and <see cref="JsonSchemaExporterOptions.TransformSchemaNode"/> enriches each node with what the metadata cannot
/// know: descriptions from the XML docs, the kebab-case enumeration names, and the formats of ids, dates, countries,
/// languages, URLs and text, each written once in <c>$defs</c>.
/// </summary>
/// <remarks>
/// It lives in the tests because the XML documentation file sits beside the assemblies only here; the library ships
/// the result (<c>seeds/letter.schema.json</c>, embedded) and a test fails when the two differ.
/// </remarks>
internal static class LetterSchemaGenerator
{
    /// <summary>The schema's stable <c>$id</c>: one per format version.</summary>
    public const string SchemaId = "https://advocacy-letters.org/schema/letter/1.0/letter.schema.json";

    /// <summary>The JSON Schema dialect.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>An id: a slug of lower-case ASCII letters and digits joined by single hyphens.</summary>
    public const string IdPattern = LetterIds.Pattern;

    /// <summary>The longest id, as <c>LetterValidator</c> checks it.</summary>
    public const int IdMaxLength = LetterIds.MaxLength;

    /// <summary>The longest URL, as <c>LetterValidator</c> checks it.</summary>
    public const int UrlMaxLength = HttpUrls.MaxLength;

    /// <summary>
    /// The end of every pattern: <c>$</c> alone would let a trailing newline through in Python's <c>re.search</c> (and
    /// .NET), where it also matches before a final <c>\n</c>; ECMAScript has no <c>\z</c>, so a look-ahead says it.
    /// </summary>
    public const string End = @"$(?!\n)";

    /// <summary>
    /// <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> where the day exists: years 0001–9999; 31, 30 or 28 days by
    /// month; 29 February only in leap years (divisible by 4, except centuries not divisible by 400).
    /// </summary>
    public static readonly string PartialDatePattern = BuildPartialDatePattern();

    /// <summary>
    /// Text as <c>LetterValidator</c> accepts it: not empty, no white space (as .NET's <c>char.IsWhiteSpace</c>) at
    /// either end, and no control character, bidirectional override or isolate, or lone surrogate anywhere.
    /// </summary>
    /// <remarks>
    /// JSON Schema patterns match code points (ECMAScript's <c>u</c> flag), so a surrogate pair is one character
    /// outside the surrogate range and only a lone surrogate is refused.
    /// </remarks>
    public static readonly string TextPattern = BuildTextPattern();

    // Which model strings are not free text, by declaring type and C# property name; every other string is text.
    private static readonly Dictionary<(Type, string), string> StringKinds = new()
    {
        [(typeof(Letter), nameof(Letter.Id))] = "id",
        [(typeof(Paragraph), nameof(Paragraph.Id))] = "id",
        [(typeof(Demand), nameof(Demand.Id))] = "id",
        [(typeof(LetterResponse), nameof(LetterResponse.Id))] = "id",
        [(typeof(Source), nameof(Source.Id))] = "id",
        [(typeof(Addressee), nameof(Addressee.Id))] = "id",

        // References hold ids: one that is not an id cannot resolve, so the schema refuses it outright.
        [(typeof(Demand), nameof(Demand.Paragraph))] = "id",
        [(typeof(Disposition), nameof(Disposition.Demand))] = "id",
        [(typeof(LetterEvent), nameof(LetterEvent.Sources))] = "id",
        [(typeof(LetterResponse), nameof(LetterResponse.Sources))] = "id",
        [(typeof(LetterResponse), nameof(LetterResponse.Addressees))] = "id",

        [(typeof(Letter), nameof(Letter.Language))] = "language",
        [(typeof(AlternateName), nameof(AlternateName.Language))] = "language",
        [(typeof(PostalAddress), nameof(PostalAddress.Country))] = "country",
        [(typeof(Signatory), nameof(Signatory.Country))] = "country",
        [(typeof(Party), nameof(Party.Country))] = "country",
        [(typeof(Source), nameof(Source.Url))] = "url",
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Generates the schema as canonical text: two-space indentation, LF line ends, a final newline.</summary>
    public static string GenerateText()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Generate().WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Generates the schema.</summary>
    public static JsonObject Generate()
    {
        var docs = XmlDocumentation.For(typeof(Letter).Assembly);
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            // Collection items carry no nullability annotation; the validator refuses null items, so the schema does.
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, docs, defs),
        };

        // The serializer's own options: the schema sees exactly the names, order and rules that reading uses.
        var letter = JsonSchemaExporter.GetJsonSchemaAsNode(LettersJsonContext.Default.Options, typeof(Letter), exporterOptions).AsObject();

        AddScalarDefinitions(defs);
        var root = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = SchemaId,
            ["title"] = nameof(Letter),
            ["description"] = $"Advocacy letter, format {Letter.CurrentSchemaVersion}. " + docs.Summary(typeof(Letter)),
            ["type"] = "object",
            ["properties"] = letter["properties"]!.DeepClone(),
            ["required"] = letter["required"]!.DeepClone(),
            ["additionalProperties"] = letter["additionalProperties"]!.DeepClone(),
            ["$defs"] = new JsonObject(defs.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value.DeepClone()))),
        };
        return root;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, XmlDocumentation docs, IDictionary<string, JsonNode> defs)
    {
        var typeInfo = context.TypeInfo;
        var underlying = Nullable.GetUnderlyingType(typeInfo.Type);
        var type = underlying ?? typeInfo.Type;
        var nullable = underlying is not null || (node is JsonObject { } obj && obj["type"] is JsonArray types && types.Any(t => (string?)t == "null"));

        if (type == typeof(Letter))
        {
            return node; // The root; Generate lays it out.
        }

        var property = context.PropertyInfo is { } p ? Member(p) : null;
        JsonObject schema;
        if (type == typeof(PartialDate))
        {
            schema = Ref("partialDate");
        }
        else if (type.IsEnum)
        {
            Define(defs, Camel(type.Name), EnumDefinition(type, docs));
            schema = Ref(Camel(type.Name));
        }
        else if (type == typeof(string))
        {
            schema = property is null ? new JsonObject { ["type"] = "string" } : StringSchema(property);
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Enumerable)
        {
            // String items are fixed up here, where the property is known; object items are already references.
            var items = property is not null && typeInfo.ElementType == typeof(string)
                ? StringSchema(property)
                : node["items"]!.DeepClone().AsObject();
            schema = new JsonObject { ["type"] = "array", ["items"] = items };
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            var definition = new JsonObject
            {
                ["title"] = type.Name,
                ["description"] = docs.Summary(type),
                ["type"] = "object",
                ["properties"] = node["properties"]!.DeepClone(),
            };
            if (node["required"] is { } required)
            {
                definition["required"] = required.DeepClone();
            }

            definition["additionalProperties"] = node["additionalProperties"]!.DeepClone();
            Define(defs, Camel(type.Name), definition);
            schema = Ref(Camel(type.Name));
        }
        else
        {
            throw new InvalidOperationException($"No schema rule for {type} at {string.Join('/', context.Path.ToArray())}.");
        }

        if (property is null)
        {
            return nullable ? new JsonObject { ["anyOf"] = new JsonArray(schema, Null()) } : schema;
        }

        var result = new JsonObject { ["description"] = docs.Describe(property) };
        if (nullable)
        {
            // Optional members may be absent or null on reading (LetterJson accepts both); the writer leaves them out.
            result["anyOf"] = new JsonArray(schema, Null());
        }
        else if (schema.ContainsKey("$ref"))
        {
            // A description beside a $ref makes json-schema-to-typescript declare a copy of the referenced type
            // (Text1, Id2, …); inside allOf the reference keeps its title's name.
            result["allOf"] = new JsonArray(schema);
        }
        else
        {
            foreach (var (key, value) in schema.ToArray())
            {
                schema.Remove(key);
                result[key] = value;
            }
        }

        AddDocumentRules(property, result);
        return result;
    }

    // Rules of the validator that a schema can state about one member.
    private static void AddDocumentRules(PropertyInfo property, JsonObject schema)
    {
        if (property.DeclaringType == typeof(Letter) && property.Name == nameof(Letter.Addressees))
        {
            schema["contains"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["role"] = new JsonObject { ["const"] = "to" } },
                ["required"] = new JsonArray("role"),
            };
        }
        else if (property.DeclaringType == typeof(Letter) && property.Name == nameof(Letter.Signatories))
        {
            schema["minItems"] = 1;
        }
    }

    private static JsonObject StringSchema(PropertyInfo property)
    {
        if (property.DeclaringType == typeof(Letter) && property.Name == nameof(Letter.SchemaVersion))
        {
            return new JsonObject { ["type"] = "string", ["const"] = Letter.CurrentSchemaVersion };
        }

        return Ref(StringKinds.GetValueOrDefault((property.DeclaringType!, property.Name), "text"));
    }

    private static void AddScalarDefinitions(IDictionary<string, JsonNode> defs)
    {
        Define(defs, "id", new JsonObject
        {
            ["title"] = "Id",
            ["description"] = $"An id: lower-case letters and digits joined by single hyphens, at most {IdMaxLength} characters (`release-abductees`). Ids are unique in their list; a reference holds the id of an item elsewhere in the letter.",
            ["type"] = "string",
            ["maxLength"] = IdMaxLength,
            ["pattern"] = IdPattern,
        });
        Define(defs, "text", new JsonObject
        {
            ["title"] = "Text",
            ["description"] = "Text: not empty or blank, no white space at either end, and no control character, bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069) or lone surrogate.",
            ["type"] = "string",
            ["minLength"] = 1,
            ["pattern"] = TextPattern,
        });
        Define(defs, "partialDate", new JsonObject
        {
            ["title"] = nameof(PartialDate),
            ["description"] = "A date as precisely as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601), years 0001 to 9999; a full date is a real calendar date.",
            ["type"] = "string",
            ["pattern"] = PartialDatePattern,
        });
        Define(defs, "country", new JsonObject
        {
            ["title"] = "CountryCode",
            ["description"] = "An ISO 3166-1 alpha-2 country code in upper case (`KP`): one of the codes in the country list of the time-zone data the library carries.",
            ["type"] = "string",
            ["enum"] = new JsonArray(IsoCountries.Codes.Order(StringComparer.Ordinal).Select(code => (JsonNode?)code).ToArray()),
        });
        Define(defs, "language", new JsonObject
        {
            ["title"] = "LanguageTag",
            ["description"] = "A well-formed BCP 47 language tag (RFC 5646, section 2.1): `en`, `ko-KP`, `zh-Hant-TW`.",
            ["type"] = "string",
            ["minLength"] = 1,
            ["maxLength"] = LanguageTags.MaxLength,
            ["pattern"] = LanguageTags.SchemaPattern,
        });
        Define(defs, "url", new JsonObject
        {
            ["title"] = "Url",
            ["description"] = $"An absolute http or https URL by RFC 3986, at most {UrlMaxLength} characters: ASCII only (an internationalised host in its `xn--` form), the scheme in any case, a host (a name, an IPv4 address or a bracketed IPv6 literal), a port from 0 to 65535, `%` followed by two hexadecimal digits, at most one `#`, no space or control character.",
            ["type"] = "string",

            // The pattern is the whole rule, so no "format": validators' own uri checks differ at the edges (one
            // throws on an IPvFuture host), and with the pattern alone every validator gives the library's verdict.
            ["maxLength"] = UrlMaxLength,
            ["pattern"] = HttpUrls.Pattern,
        });
    }

    private static JsonObject EnumDefinition(Type type, XmlDocumentation docs)
    {
        var names = (IReadOnlyCollection<string>)typeof(EnumNames<>).MakeGenericType(type)
            .GetProperty("Names", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(field => JsonNamingPolicy.KebabCaseLower.ConvertName(field.Name), StringComparer.Ordinal);
        if (names.Count != fields.Count || !names.All(fields.ContainsKey))
        {
            throw new InvalidOperationException($"The JSON names of {type.Name} do not match its values.");
        }

        var meanings = names.Select(name => $"`{name}`: {docs.Summary(fields[name])}");
        return new JsonObject
        {
            ["title"] = type.Name,
            ["description"] = docs.Summary(type) + " " + string.Join(" ", meanings),
            ["type"] = "string",
            ["enum"] = new JsonArray(names.Select(name => (JsonNode?)name).ToArray()),
        };
    }

    private static void Define(IDictionary<string, JsonNode> defs, string name, JsonObject definition)
    {
        if (defs.TryGetValue(name, out var existing))
        {
            if (!JsonNode.DeepEquals(existing, definition))
            {
                throw new InvalidOperationException($"Two different definitions of '{name}'.");
            }

            return;
        }

        defs[name] = definition;
    }

    private static PropertyInfo Member(JsonPropertyInfo property) =>
        property.AttributeProvider as PropertyInfo
        ?? throw new InvalidOperationException($"No .NET property behind the JSON member '{property.Name}' of {property.DeclaringType.Name}.");

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static JsonObject Null() => new() { ["type"] = "null" };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string BuildPartialDatePattern()
    {
        const string Year = "(?!0000)[0-9]{4}"; // 0001 to 9999
        const string Month = "(?:0[1-9]|1[0-2])";
        const string MonthDay =
            "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])" + // months of 31 days
            "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)" + // months of 30 days
            "|02-(?:0[1-9]|1[0-9]|2[0-8]))"; // February, 29 aside

        // Leap years: the last two digits a non-zero multiple of 4 (2012, 1904), or the first two a non-zero multiple
        // of 4 followed by 00 (2000, 1600; not 1900, 2100, or the absent year 0000).
        const string Multiple4 = "(?:0[48]|[2468][048]|[13579][26])";
        const string LeapYear = $"(?:[0-9]{{2}}{Multiple4}|{Multiple4}00)";

        return $"^(?:{Year}(?:-{Month}|-{MonthDay})?|{LeapYear}-02-29){End}";
    }

    private static string BuildTextPattern()
    {
        // Forbidden anywhere: C0 and C1 controls (char.IsControl), bidirectional overrides and isolates, surrogates
        // (with the u flag only lone ones, since a pair is read as one code point above U+FFFF).
        const string Forbidden = @"\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF";

        // char.IsWhiteSpace beyond the controls above: the space separators, U+2028 and U+2029.
        const string Space = @" \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";

        return $"^[^{Forbidden}{Space}](?:[^{Forbidden}]*[^{Forbidden}{Space}])?{End}";
    }
}
