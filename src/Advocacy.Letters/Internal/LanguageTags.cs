using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Advocacy.Letters.Internal;

/// <summary>Checks that a language tag is well-formed by the grammar of BCP 47 (RFC 5646, section 2.1).</summary>
internal static class LanguageTags
{
    // ASCII classes spelled out: case-insensitive matching would also accept look-alikes such as the Kelvin sign.
    private const string Alpha = "[A-Za-z]";
    private const string Digit = "[0-9]";
    private const string AlphaNum = "[A-Za-z0-9]";

    private static readonly string LangTag =
        $"(?:{Alpha}{{2,3}}(?:-{Alpha}{{3}}){{0,3}}|{Alpha}{{4}}|{Alpha}{{5,8}})" + // language, extlang
        $"(?:-{Alpha}{{4}})?" + // script
        $"(?:-(?:{Alpha}{{2}}|{Digit}{{3}}))?" + // region
        $"(?:-(?:{AlphaNum}{{5,8}}|{Digit}{AlphaNum}{{3}}))*" + // variants
        $"(?:-[0-9A-WY-Za-wy-z](?:-{AlphaNum}{{2,8}})+)*" + // extensions
        $"(?:-[Xx](?:-{AlphaNum}{{1,8}})+)?"; // private use

    private static readonly string PrivateUse = $"[Xx](?:-{AlphaNum}{{1,8}})+";

    private static readonly string Grandfathered =
        "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|" +
        "sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang";

    private static readonly Regex WellFormed = new(
        $"^(?:{LangTag}|{PrivateUse}|(?i:{Grandfathered}))\\z",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Tells whether <paramref name="tag"/> is a well-formed BCP 47 language tag (<c>en</c>, <c>ko-Kore-KP</c>).</summary>
    /// <remarks>
    /// The tag must be ASCII first: the grandfathered tags match ignoring case, and .NET's case-insensitive matching
    /// would otherwise take the Kelvin sign (U+212A) for a "k" in <c>i-klingon</c>.
    /// </remarks>
    public static bool IsWellFormed(string tag) =>
        tag.Length is > 0 and <= 256 && Ascii.IsValid(tag) && WellFormed.IsMatch(tag);
}
