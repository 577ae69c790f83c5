using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// A converter of the format's value types, registered once in <see cref="LettersJsonContext"/>. It can describe its
/// type for any options, so that <see cref="FormatConverters"/> carries it to callers who combine our resolver with
/// theirs (a context's own converters reach only the context's own options).
/// </summary>
internal interface IFormatConverter
{
    JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options);
}
