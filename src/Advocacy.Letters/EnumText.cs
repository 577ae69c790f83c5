using System;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>
/// The names of the library's enumeration values, spelled once: as the JSON format writes them and as words for
/// people. Renderers, reports and apps use these rather than formatting <see cref="Enum.ToString()"/> themselves.
/// </summary>
/// <remarks>
/// Any enumeration works; a name is the value's C# name in kebab case, so <c>DispositionStatus.NotAddressed</c> is
/// <c>not-addressed</c> in JSON and "not addressed" in words. A value the enumeration does not define gives its
/// number. Both are the same in every culture. Thread-safe.
/// </remarks>
public static class EnumText
{
    /// <summary>Gets a value's name in the JSON format: <c>ResponseStance.RefusedToEngage</c> is <c>refused-to-engage</c>.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The kebab-case name, or the number of an undefined value.</returns>
    public static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.NameOf(value);

    /// <summary>Gets a value as lower-case words for people: <c>ResponseStance.RefusedToEngage</c> is "refused to engage".</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The words, or the number of an undefined value.</returns>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.WordsOf(value);
}
