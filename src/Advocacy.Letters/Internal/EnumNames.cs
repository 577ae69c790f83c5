using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Advocacy.Letters.Internal;

/// <summary>
/// The one table of an enumeration's names: its kebab-case JSON name (<c>refused-to-engage</c>) and its display words
/// ("refused to engage"). The JSON converter, the validator, error messages and the renderers all read it, so that a
/// name is spelled in one place.
/// </summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> NamesByValue = [];
    private static readonly Dictionary<string, TEnum> ValuesByName = new(StringComparer.Ordinal);
    private static readonly List<string> NamesInOrder = [];
    private static readonly List<(byte[] Utf8Name, TEnum Value)> Utf8Names = [];

#pragma warning disable CA1810 // The tables are built once, from the enum's own names, before first use.
    static EnumNames()
#pragma warning restore CA1810
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var name = JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
            NamesByValue[value] = name;
            ValuesByName[name] = value;
            NamesInOrder.Add(name);
            Utf8Names.Add((Encoding.UTF8.GetBytes(name), value));
        }
    }

    /// <summary>Gets the JSON names of every value, in declaration order.</summary>
    public static IReadOnlyList<string> Names => NamesInOrder;

    /// <summary>Gets the names as a comma-separated list, for messages.</summary>
    public static string NameList => string.Join(", ", NamesInOrder);

    /// <summary>Gets the JSON name of <paramref name="value"/>, or its number for an undefined value.</summary>
    public static string NameOf(TEnum value) =>
        NamesByValue.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>Gets the value as lower-case words: <c>RefusedToEngage</c> becomes "refused to engage".</summary>
    public static string WordsOf(TEnum value) => NameOf(value).Replace('-', ' ');

    public static bool IsDefined(TEnum value) => NamesByValue.ContainsKey(value);

    public static bool TryParse(string name, out TEnum value) => ValuesByName.TryGetValue(name, out value);

    /// <summary>
    /// Finds the value named by the string token at <paramref name="reader"/>, escapes resolved, without making a
    /// string of it: a corpus reads an enumeration for every signatory.
    /// </summary>
    public static bool TryRead(ref Utf8JsonReader reader, out TEnum value)
    {
        // A handful of names each: a scan is as quick as a hash of the bytes would be.
        foreach (var (utf8Name, candidate) in Utf8Names)
        {
            if (reader.ValueTextEquals(utf8Name))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
