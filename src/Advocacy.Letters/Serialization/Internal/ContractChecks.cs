using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Checks that System.Text.Json leaves out. Reading: no array of the format may hold <c>null</c> (added to every object
/// contract by <see cref="Apply"/>). Writing: a letter is only written when it reads back equal, so no <c>null</c> in
/// a required member (the writer would leave the member out) or in an array, no lone surrogate in a string (the
/// writer would replace it with U+FFFD) and no undefined enumeration value (<see cref="CheckForWriting"/>).
/// </summary>
internal static class ContractChecks
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var properties = new List<JsonPropertyInfo>(typeInfo.Properties);
        var deserialized = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            deserialized?.Invoke(value);
            CheckItems(properties, value);
        };
    }

    private static void CheckItems(List<JsonPropertyInfo> properties, object value)
    {
        foreach (var property in properties)
        {
            if (IsArray(property) && property.Get!(value) is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is null)
                    {
                        throw new ContractException($"null is not allowed as an item of '{property.Name}'", $"{property.Name}/{index}");
                    }

                    index++;
                }
            }
        }
    }

    /// <summary>
    /// Walks <paramref name="value"/> through its contract and throws if the writer would change or drop anything:
    /// <c>null</c> in a required member or in an array, a lone surrogate, an undefined enumeration value.
    /// </summary>
    /// <exception cref="LetterJsonException">The value cannot be written as it is; the pointer says where.</exception>
    public static void CheckForWriting(JsonSerializerOptions options, object value, string pointer)
    {
        var typeInfo = options.GetTypeInfo(value.GetType());
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            var at = pointer + "/" + JsonLocation.EscapeToken(property.Name);
            var member = property.Get!(value);
            if (member is null)
            {
                if (!property.IsGetNullable)
                {
                    throw Unwritable($"null is not allowed for '{property.Name}'", at);
                }
            }
            else if (IsArray(property) && member is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    var itemAt = at + "/" + index.ToString(CultureInfo.InvariantCulture);
                    if (item is null)
                    {
                        throw Unwritable($"null is not allowed as an item of '{property.Name}'", itemAt);
                    }

                    CheckValue(options, item, itemAt);
                    index++;
                }
            }
            else
            {
                CheckValue(options, member, at);
            }
        }
    }

    private static void CheckValue(JsonSerializerOptions options, object value, string at)
    {
        switch (value)
        {
            case string text:
                CheckText(text, at);
                break;
            case Enum:
                if (options.GetTypeInfo(value.GetType()).Converter is IEnumNames names && !names.IsDefinedValue(value))
                {
                    throw Unwritable($"{value} is not a defined {value.GetType().Name} value", at);
                }

                break;
            default:
                CheckForWriting(options, value, at);
                break;
        }
    }

    private static LetterJsonException Unwritable(string reason, string pointer) =>
        new("the letter cannot be written: " + reason, pointer, null, null, null);

    private static void CheckText(string text, string pointer)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw Unwritable(
                    string.Create(CultureInfo.InvariantCulture, $"the text holds a lone surrogate (U+{(int)text[i]:X4}) at character {i + 1}, which JSON cannot carry"),
                    pointer);
            }
        }
    }

    private static bool IsArray(JsonPropertyInfo property) =>
        property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
}
