using System;
using System.Text;

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

    // Irregular and regular grandfathered tags: matched whole, in any case.
    private const string GrandfatheredTags =
        "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|" +
        "sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang";

    private static readonly string[] GrandfatheredList = GrandfatheredTags.Split('|');

    // Each letter spelled as an ASCII pair ([Ee][Nn]) rather than with (?i:), which JSON Schema's ECMAScript patterns
    // lack and .NET would widen to look-alikes.
    private static readonly string Grandfathered = AnyCase(GrandfatheredTags);

    // Only ASCII classes, groups, alternation and counted repeats: the same text means the same in .NET and ECMAScript.
    private static readonly string Grammar = $"(?:{LangTag}|{PrivateUse}|{Grandfathered})";

    /// <summary>
    /// Gets the same grammar as a JSON Schema <c>pattern</c>, anchored with <c>^…$(?!\n)</c> so that no dialect lets a
    /// trailing newline through (Python and .NET match <c>$</c> before a final <c>\n</c>);
    /// with <see cref="MaxLength"/> it accepts exactly the tags <see cref="IsWellFormed"/> accepts.
    /// </summary>
    public static string SchemaPattern { get; } = $"^{Grammar}$(?!\\n)";

    /// <summary>Tells whether <paramref name="tag"/> is a well-formed BCP 47 language tag (<c>en</c>, <c>ko-Kore-KP</c>).</summary>
    /// <remarks>
    /// <para>It reads the tag subtag by subtag, by the grammar <see cref="SchemaPattern"/> spells as a pattern (a test
    /// holds the two to the same answers): the grammar fixes each subtag's kind by its length and characters, so no
    /// backtracking is needed, and no regular expression is parsed or run.</para>
    /// <para>Only ASCII letters and digits match, so look-alikes such as the Kelvin sign (U+212A) are no "k" in
    /// <c>i-klingon</c>.</para>
    /// </remarks>
    public static bool IsWellFormed(string tag)
    {
        if (tag.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in tag)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return SubtagEnd(tag, 0) == 1
            ? (tag[0] is 'x' or 'X' && IsExtensionsThenPrivateUse(tag, 0)) || IsGrandfathered(tag)
            : IsLangTag(tag) || IsGrandfathered(tag);
    }

    // language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse], where a language of two or
    // three letters may have up to three extlangs of three letters.
    private static bool IsLangTag(string tag)
    {
        var end = SubtagEnd(tag, 0);
        if (end is < 2 or > 8 || !AreLetters(tag, 0, end))
        {
            return false;
        }

        // What may come next: 0 an extlang or anything after it, 1 a script or after, 2 a region or after, 3 variants.
        var stage = end <= 3 ? 0 : 1;
        var extlangs = 0;
        for (var start = end + 1; start <= tag.Length; start = end + 1)
        {
            end = SubtagEnd(tag, start);
            var length = end - start;
            if (length == 1)
            {
                return IsExtensionsThenPrivateUse(tag, start);
            }

            if (stage == 0 && length == 3 && extlangs < 3 && AreLetters(tag, start, end))
            {
                extlangs++;
            }
            else if (stage <= 1 && length == 4 && AreLetters(tag, start, end))
            {
                stage = 2;
            }
            else if (stage <= 2 && ((length == 2 && AreLetters(tag, start, end)) || (length == 3 && AreDigits(tag, start, end))))
            {
                stage = 3;
            }
            else if (length is >= 5 and <= 8 || (length == 4 && char.IsAsciiDigit(tag[start])))
            {
                stage = 3;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    // From the singleton at start to the end: extensions (a singleton other than x, then subtags of 2 to 8), then at
    // most one private use (x, then subtags of 1 to 8), each with at least one subtag.
    private static bool IsExtensionsThenPrivateUse(string tag, int start)
    {
        while (true)
        {
            var privateUse = tag[start] is 'x' or 'X';
            var subtags = 0;
            var next = start + 2;
            while (next <= tag.Length)
            {
                var end = SubtagEnd(tag, next);
                var length = end - next;
                if (length == 1 && !privateUse)
                {
                    break;
                }

                if (length is 0 or > 8)
                {
                    return false;
                }

                subtags++;
                next = end + 1;
            }

            if (subtags == 0)
            {
                return false;
            }

            if (next > tag.Length)
            {
                return true;
            }

            start = next;
        }
    }

    private static bool IsGrandfathered(string tag)
    {
        // The tag is ASCII by now, so ignoring case cannot match a look-alike.
        foreach (var grandfathered in GrandfatheredList)
        {
            if (string.Equals(tag, grandfathered, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The index of the '-' that ends the subtag starting at start, or the tag's length.
    private static int SubtagEnd(string tag, int start)
    {
        var dash = tag.IndexOf('-', start);
        return dash < 0 ? tag.Length : dash;
    }

    private static bool AreLetters(string tag, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiLetter(tag[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreDigits(string tag, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(tag[i]))
            {
                return false;
            }
        }

        return true;
    }

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
