using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Schema;

public sealed class LetterJsonSchemaTests
{
    private static string CommittedPath => Path.Combine(Repository.Seeds, "letter.schema.json");

    private static string ReceivedPath => Path.Combine(Repository.Seeds, "letter.schema.received.json");

    [Fact]
    public void Text_IsTheSchemaGeneratedFromTheModel()
    {
        // Verify style: on a difference, write the new schema beside the committed one; rename it to accept it.
        var generated = LetterSchemaGenerator.GenerateText();
        var committed = File.Exists(CommittedPath) ? File.ReadAllText(CommittedPath) : null;
        if (committed == generated)
        {
            File.Delete(ReceivedPath);
            return;
        }

        File.WriteAllText(ReceivedPath, generated);
        Assert.Fail($"seeds/letter.schema.json is not the schema generated from the model. Compare it with {ReceivedPath}; rename that file to accept the change.");
    }

    [Fact]
    public void Text_IsTheCommittedFile() =>
        Assert.Equal(File.ReadAllText(CommittedPath), LetterJsonSchema.Text);

    [Fact]
    public void Text_IsCanonical()
    {
        var text = LetterJsonSchema.Text;
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(text.StartsWith('\uFEFF'));
        Assert.StartsWith("{\n  \"$schema\": ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSchema_DeclaresTheDialectAndAStableId()
    {
        var schema = LetterJsonSchema.GetSchema();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal("https://advocacy-letters.org/schema/letter/1.0/letter.schema.json", (string?)schema["$id"]);
    }

    [Fact]
    public void GetSchema_ReturnsAFreshCopy()
    {
        var first = LetterJsonSchema.GetSchema();
        first.AsObject().Remove("$id");
        var second = LetterJsonSchema.GetSchema();
        Assert.NotSame(first, second);
        Assert.NotNull(second["$id"]);
    }

    [Fact]
    public void Schema_RequiresWhatTheReaderRequires()
    {
        var schema = LetterJsonSchema.GetSchema();
        Assert.Equal(
            ["schemaVersion", "id", "title", "kind", "language", "addressees", "body", "demands", "signatories"],
            Strings(schema["required"]));
        Assert.Equal("1.0", (string?)schema["properties"]!["schemaVersion"]!["const"]);
        Assert.Equal(["role", "type", "name"], Strings(schema["$defs"]!["addressee"]!["required"]));
        Assert.Equal(["id", "date", "from", "channel", "stance", "summary"], Strings(schema["$defs"]!["letterResponse"]!["required"]));
        Assert.Equal(["id", "url"], Strings(schema["$defs"]!["source"]!["required"]));
    }

    [Fact]
    public void Schema_EveryObjectRefusesUnknownMembers()
    {
        var objects = ObjectSchemas(LetterJsonSchema.GetSchema()).ToList();

        Assert.Equal(13, objects.Count); // the letter and its twelve member types
        Assert.All(objects, node => Assert.False((bool)node["additionalProperties"]!, node.GetPath()));
    }

    [Fact]
    public void Schema_EveryMemberIsDescribed()
    {
        var schema = LetterJsonSchema.GetSchema();
        var members = ObjectSchemas(schema).SelectMany(node => node["properties"]!.AsObject().Select(pair => pair.Value!)).ToList();

        Assert.True(members.Count > 60);
        Assert.All(members, member => Assert.False(string.IsNullOrWhiteSpace((string?)member["description"]), member.GetPath()));
        Assert.Equal("The letter's title.", (string?)schema["properties"]!["title"]!["description"]);
    }

    [Fact]
    public void Schema_CountriesAreTheKnownCodes()
    {
        var codes = Strings(LetterJsonSchema.GetSchema()["$defs"]!["country"]!["enum"]);
        Assert.Equal(IsoCountries.Codes.Order(StringComparer.Ordinal), codes);
        Assert.Contains("KP", codes);
        Assert.DoesNotContain("XX", codes);
    }

    [Fact]
    public void Schema_EnumerationsAreKebabCase()
    {
        var defs = LetterJsonSchema.GetSchema()["$defs"]!;
        Assert.Equal(["accepted", "partly-accepted", "noncommittal", "rejected", "refused-to-engage"], Strings(defs["responseStance"]!["enum"]));
        Assert.Equal(["open-letter", "joint-letter", "petition", "appeal", "private-letter"], Strings(defs["letterKind"]!["enum"]));
        Assert.Equal(["letter", "email", "phone", "in-person", "statement", "media", "other"], Strings(defs["responseChannel"]!["enum"]));
    }

    [Fact]
    public void Schema_OptionalMembersMayBeNull()
    {
        // LetterJson reads an explicit null for an optional member as absent; the schema agrees.
        var properties = LetterJsonSchema.GetSchema()["properties"]!;
        foreach (var name in new[] { "date", "place", "salutation", "closing", "valediction" })
        {
            var anyOf = properties[name]!["anyOf"]!.AsArray();
            Assert.Contains(anyOf, option => (string?)option!["type"] == "null");
        }

        Assert.Null(properties["title"]!["anyOf"]);
        Assert.Equal("array", (string?)properties["events"]!["type"]);
    }

    private static readonly Dictionary<string, string> ScalarTitles = new()
    {
        ["id"] = "Id", ["text"] = "Text", ["partialDate"] = "PartialDate", ["country"] = "CountryCode", ["language"] = "LanguageTag", ["url"] = "Url",
    };

    [Fact]
    public void Schema_RootAndEveryDefinitionAreTitledByTypeName()
    {
        // Type generators (json-schema-to-typescript, quicktype) name types after titles; prose goes in descriptions.
        var schema = LetterJsonSchema.GetSchema();
        Assert.Equal("Letter", (string?)schema["title"]);
        var modelTypes = typeof(Letter).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(Letter).Namespace).Select(t => t.Name).ToHashSet();
        foreach (var (key, definition) in schema["$defs"]!.AsObject())
        {
            var title = (string?)definition!["title"];
            Assert.False(string.IsNullOrEmpty(title), key);
            if (ScalarTitles.TryGetValue(key, out var scalar))
            {
                Assert.Equal(scalar, title);
            }
            else
            {
                // An object or an enumeration: its .NET type, whose camelCase name is the key.
                Assert.Equal(char.ToUpperInvariant(key[0]) + key[1..], title);
                Assert.Contains(title, modelTypes);
            }

            Assert.False(string.IsNullOrWhiteSpace((string?)definition["description"]), key);
        }
    }

    [Fact]
    public void Schema_EveryPatternRefusesATrailingNewline()
    {
        // Python's re.search and .NET match $ before a final newline; every pattern ends in $(?!\n) instead.
        var patterns = Descendants(LetterJsonSchema.GetSchema()).Select(node => node["pattern"]).OfType<JsonNode>().Select(p => (string)p!).ToList();
        Assert.Equal(5, patterns.Count); // id, text, partial date, language, url
        Assert.All(patterns, pattern => Assert.EndsWith(LetterSchemaGenerator.End, pattern, StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => obj.Select(pair => pair.Value).OfType<JsonNode>().SelectMany(Descendants).Prepend(obj),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(item => (string)item!).ToList();

    // The root and every definition of an object type.
    private static IEnumerable<JsonObject> ObjectSchemas(JsonNode schema) =>
        schema["$defs"]!.AsObject().Select(pair => pair.Value!.AsObject())
            .Prepend(schema.AsObject())
            .Where(node => (string?)node["type"] == "object");
}
