using System;
using System.Collections.Generic;
using System.Text.Json;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>The kebab-case names of <see cref="EnumNames{TEnum}"/>, encoded once for <see cref="Utf8JsonWriter"/>.</summary>
internal static class EncodedEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, JsonEncodedText> Names = Create();

    /// <summary>Gets the name of a defined value; an undefined one has none.</summary>
    public static bool TryGet(TEnum value, out JsonEncodedText name) => Names.TryGetValue(value, out name);

    private static Dictionary<TEnum, JsonEncodedText> Create()
    {
        var names = new Dictionary<TEnum, JsonEncodedText>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (EnumNames<TEnum>.IsDefined(value))
            {
                names[value] = JsonEncodedText.Encode(EnumNames<TEnum>.NameOf(value), DocumentWriter.Encoder);
            }
        }

        return names;
    }
}
