using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>Reads and writes a <see cref="PartialDate"/> as <c>"YYYY"</c>, <c>"YYYY-MM"</c> or <c>"YYYY-MM-DD"</c>.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>, IFormatConverter
{
    public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<PartialDate>(options, this);

    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a date as a string: YYYY, YYYY-MM or YYYY-MM-DD");
        }

        var text = reader.GetString()!;
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonException(
                $"'{Excerpt.Of(text)}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
