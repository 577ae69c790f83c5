using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Reads and writes an enumeration as its kebab-case name (<c>refused-to-engage</c>), strictly: numbers, other
/// casings and unknown names are refused, so that no value is ever silently reinterpreted. The names come from
/// <see cref="EnumNames{TEnum}"/>; the converter is registered in <see cref="LettersJsonContext"/>.
/// </summary>
internal sealed class KebabCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IFormatConverter
    where TEnum : struct, Enum
{
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<TEnum>(options, this);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected one of {EnumNames<TEnum>.NameList} as a string");
        }

        var text = reader.GetString()!;
        return EnumNames<TEnum>.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{Excerpt.Of(text)}' is not one of {EnumNames<TEnum>.NameList}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!EnumNames<TEnum>.IsDefined(value))
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value and cannot be written.");
        }

        writer.WriteStringValue(EnumNames<TEnum>.NameOf(value));
    }
}
