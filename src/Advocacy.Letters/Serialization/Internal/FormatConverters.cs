using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Resolves the format's value types (partial dates, kebab-case enumerations) to the converters registered in
/// <see cref="LettersJsonContext"/>, whatever options ask: the public resolver puts this first.
/// </summary>
internal sealed class FormatConverters : IJsonTypeInfoResolver
{
    public static readonly FormatConverters Instance = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        foreach (var converter in LettersJsonContext.Default.Options.Converters)
        {
            if (converter is IFormatConverter format && converter.CanConvert(type))
            {
                return format.CreateTypeInfo(options);
            }
        }

        return null;
    }
}
