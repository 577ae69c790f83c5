using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Reads and writes an enumeration as its kebab-case name (<c>refused-to-engage</c>), strictly: numbers, other
/// casings and unknown names are refused, so that no value is ever silently reinterpreted.
/// </summary>
internal sealed class KebabCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IEnumNames
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> NamesByValue = [];
    private static readonly Dictionary<string, TEnum> ValuesByName = new(StringComparer.Ordinal);

#pragma warning disable CA1810 // The tables are built once, from the enum's own names, before first use.
    static KebabCaseEnumConverter()
#pragma warning restore CA1810
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var name = JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
            NamesByValue[value] = name;
            ValuesByName[name] = value;
        }
    }

    /// <summary>Gets the JSON names of every value, in declaration order.</summary>
    public static IReadOnlyCollection<string> Names => ValuesByName.Keys;

    public static string NameOf(TEnum value) =>
        NamesByValue.TryGetValue(value, out var name) ? name : value.ToString();

    public static bool IsDefined(TEnum value) => NamesByValue.ContainsKey(value);

    public bool IsDefinedValue(object value) => value is TEnum typed && IsDefined(typed);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected one of {Expected()} as a string");
        }

        var text = reader.GetString()!;
        return ValuesByName.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{Excerpt.Of(text)}' is not one of {Expected()}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!NamesByValue.TryGetValue(value, out var name))
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value and cannot be written.");
        }

        writer.WriteStringValue(name);
    }

    private static string Expected() => string.Join(", ", ValuesByName.Keys);
}
