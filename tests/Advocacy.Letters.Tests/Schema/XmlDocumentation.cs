using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Advocacy.Letters.Tests.Schema;

/// <summary>
/// The library's XML documentation file, which the build copies beside the test assembly: the <c>&lt;summary&gt;</c>
/// of a type or member as one line of plain text, with <c>&lt;c&gt;code&lt;/c&gt;</c> written <c>`code`</c>.
/// </summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, XElement> members;

    private XmlDocumentation(Dictionary<string, XElement> members) => this.members = members;

    /// <summary>Loads the documentation file of <paramref name="assembly"/> from beside it in the test output.</summary>
    public static XmlDocumentation For(Assembly assembly)
    {
        var path = Path.ChangeExtension(Path.Combine(AppContext.BaseDirectory, Path.GetFileName(assembly.Location)), ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The XML documentation of {assembly.GetName().Name} is not beside the tests.", path);
        }

        var members = XDocument.Load(path).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m, StringComparer.Ordinal);
        return new XmlDocumentation(members);
    }

    /// <summary>Gets the summary of a type.</summary>
    public string Summary(Type type) => Summary("T:" + type.FullName);

    /// <summary>Gets the summary of a property.</summary>
    public string Summary(PropertyInfo property) => Summary($"P:{property.DeclaringType!.FullName}.{property.Name}");

    /// <summary>Gets the summary of a field, such as an enumeration value.</summary>
    public string Summary(FieldInfo field) => Summary($"F:{field.DeclaringType!.FullName}.{field.Name}");

    /// <summary>
    /// Gets a property's summary as a schema description: "Gets the letter's title." becomes "The letter's title.",
    /// "Gets whether…" becomes "Whether…".
    /// </summary>
    public string Describe(PropertyInfo property)
    {
        var summary = Summary(property);
        if (!summary.StartsWith("Gets ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The summary of {property.DeclaringType!.Name}.{property.Name} does not start with \"Gets\": {summary}");
        }

        var rest = summary["Gets ".Length..];
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    private string Summary(string id)
    {
        if (!members.TryGetValue(id, out var member) || member.Element("summary") is not { } summary)
        {
            throw new InvalidOperationException($"No <summary> for {id} in the XML documentation.");
        }

        var text = new StringBuilder();
        Append(summary, text);
        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText plain:
                    text.Append(plain.Value);
                    break;
                case XElement { Name.LocalName: "c" } code:
                    text.Append('`').Append(code.Value).Append('`');
                    break;
                case XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word:
                    text.Append('`').Append(word.Value).Append('`');
                    break;
                case XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref:
                    text.Append(cref.Value[(cref.Value.LastIndexOf('.') + 1)..]);
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append((string?)reference.Attribute("name"));
                    break;
                case XElement other:
                    Append(other, text);
                    break;
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
