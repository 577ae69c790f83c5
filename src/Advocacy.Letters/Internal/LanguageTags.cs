using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Advocacy.Letters.Internal;

/// <summary>Checks that a language tag is well-formed by the grammar of BCP 47 (RFC 5646, section 2.1).</summary>
internal static class LanguageTags
{
    /// <summary>The longest tag accepted: RFC 5646 sets no limit, so this guards against absurd input.</summary>
    public const int MaxLength = 256;

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

    // Irregular and regular grandfathered tags, any case; each letter spelled as an ASCII pair ([Ee][Nn]) rather
    // than with (?i:), which JSON Schema's ECMAScript patterns lack and .NET would widen to look-alikes.
    private static readonly string Grandfathered = AnyCase(
        "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|" +
        "sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang");

    // Only ASCII classes, groups, alternation and counted repeats: the same text means the same in .NET and ECMAScript.
    private static readonly string Grammar = $"(?:{LangTag}|{PrivateUse}|{Grandfathered})";

    private static readonly Regex WellFormed = new(
        $"^{Grammar}\\z",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// Gets the same grammar as a JSON Schema <c>pattern</c>, anchored with <c>^…$(?!\n)</c> so that no dialect lets a
    /// trailing newline through (Python and .NET match <c>$</c> before a final <c>\n</c>);
    /// with <see cref="MaxLength"/> it accepts exactly the tags <see cref="IsWellFormed"/> accepts.
    /// </summary>
    public static string SchemaPattern { get; } = $"^{Grammar}$(?!\\n)";

    /// <summary>Tells whether <paramref name="tag"/> is a well-formed BCP 47 language tag (<c>en</c>, <c>ko-Kore-KP</c>).</summary>
    /// <remarks>
    /// Only ASCII letters and digits match: the grammar spells cases out, so look-alikes such as the Kelvin sign
    /// (U+212A) are no "k" in <c>i-klingon</c>.
    /// </remarks>
    public static bool IsWellFormed(string tag) =>
        tag.Length is > 0 and <= MaxLength && WellFormed.IsMatch(tag);

    private static string AnyCase(string text)
    {
        var builder = new StringBuilder(text.Length * 4);
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append('[').Append(char.ToUpperInvariant(c)).Append(char.ToLowerInvariant(c)).Append(']');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
