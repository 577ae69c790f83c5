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
/// A check that System.Text.Json leaves out, for callers who read letters through <see cref="LetterJson.TypeInfoResolver"/>:
/// no array of the format may hold <c>null</c> (added to every object contract by <see cref="Apply"/>). The library's
/// own reading and writing are hand-written (Readers/, Writers/) and check for themselves.
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

    private static bool IsArray(JsonPropertyInfo property) =>
        property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
}
