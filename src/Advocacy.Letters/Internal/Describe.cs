using System;
using System.Globalization;

namespace Advocacy.Letters.Internal;

/// <summary>
/// The pieces of the models' <c>ToString()</c>: short, escaped quotes and counts, safe for a log line and for a letter
/// built in code with <see langword="null"/> where the model forbids it.
/// </summary>
internal static class Describe
{
    /// <summary>Gets <paramref name="text"/> as a short escaped excerpt in quotes, or <c>null</c>.</summary>
    public static string Quote(string? text) => text is null ? "null" : $"\"{Excerpt.Of(text)}\"";

    /// <summary>Gets an id as written, escaped and cut short, or <c>null</c>.</summary>
    public static string Id(string? id) => id is null ? "null" : Excerpt.Of(id, 64);

    /// <summary>Gets "1 demand", "15 demands".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>Gets an enumeration value's JSON name (<c>not-addressed</c>), or its number when undefined.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.NameOf(value);
}
