using System;
using System.Text.RegularExpressions;

namespace Advocacy.Letters.Internal;

/// <summary>
/// The one URL rule of the format: an absolute <c>http</c> or <c>https</c> URI by the grammar of RFC 3986, with a
/// host. The validator and the JSON Schema use the same grammar, so they accept exactly the same strings.
/// </summary>
/// <remarks>
/// What the grammar implies: ASCII only (an internationalised host is written in its <c>xn--</c> form, other text
/// percent-encoded), the scheme in any case (<c>HTTPS://</c>), a host that is a name, an IPv4 address or a bracketed
/// IPv6 literal (not the IPvFuture form), a port of at most 65535, every <c>%</c> followed by two hexadecimal digits, at most one
/// <c>#</c>, and none of the characters RFC 3986 leaves out (space, <c>"</c>, <c>&lt;</c>, <c>&gt;</c>, <c>\</c>,
/// <c>^</c>, <c>`</c>, <c>{</c>, <c>|</c>, <c>}</c>, controls). An empty path is allowed (<c>https://example.org</c>).
/// </remarks>
internal static partial class HttpUrls
{
    /// <summary>The longest URL accepted.</summary>
    public const int MaxLength = 2048;

    // ASCII classes spelled out, as in LanguageTags: the same text means the same in .NET, ECMAScript and Python.
    private const string Unreserved = @"A-Za-z0-9\-._~";
    private const string SubDelims = @"!$&'()*+,;=";
    private const string PercentEncoded = "%[0-9A-Fa-f]{2}";
    private const string Hex = "[0-9A-Fa-f]";

    // The parts after the host, for IsPlainForm.
    private const int PathPart = 0;
    private const int QueryPart = 1;
    private const int FragmentPart = 2;

    private const string PathCharacter = $"(?:[{Unreserved}{SubDelims}:@]|{PercentEncoded})";

    private const string DecimalOctet = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private const string IPv4 = $"{DecimalOctet}(?:\\.{DecimalOctet}){{3}}";
    private const string H16 = $"{Hex}{{1,4}}";
    private const string Ls32 = $"(?:{H16}:{H16}|{IPv4})";

    // RFC 3986, section 3.2.2: the nine forms of IPv6address, by where the "::" stands.
    private const string IPv6 = "(?:" +
        $"(?:{H16}:){{6}}{Ls32}" + "|" +
        $"::(?:{H16}:){{5}}{Ls32}" + "|" +
        $"(?:{H16})?::(?:{H16}:){{4}}{Ls32}" + "|" +
        $"(?:(?:{H16}:){{0,1}}{H16})?::(?:{H16}:){{3}}{Ls32}" + "|" +
        $"(?:(?:{H16}:){{0,2}}{H16})?::(?:{H16}:){{2}}{Ls32}" + "|" +
        $"(?:(?:{H16}:){{0,3}}{H16})?::{H16}:{Ls32}" + "|" +
        $"(?:(?:{H16}:){{0,4}}{H16})?::{Ls32}" + "|" +
        $"(?:(?:{H16}:){{0,5}}{H16})?::{H16}" + "|" +
        $"(?:(?:{H16}:){{0,6}}{H16})?::" + ")";

    // A registered name covers IPv4 addresses too; http needs a host, so it may not be empty (RFC 9110, 4.2.1). The
    // IPvFuture literal ([v7.…]) is left out: no such version exists, and validators differ on it (one throws).
    private const string Host = $"(?:\\[{IPv6}\\]|(?:[{Unreserved}{SubDelims}]|{PercentEncoded})+)";

    // Digits, leading zeros allowed, of a value from 0 to 65535; an empty port means the default (RFC 3986, 3.2.3).
    private const string Port = "(?::0*(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})?)?";

    private const string UserInfo = $"(?:(?:[{Unreserved}{SubDelims}:]|{PercentEncoded})*@)?";

    private const string Grammar =
        "[Hh][Tt][Tt][Pp][Ss]?://" + UserInfo + Host + Port +
        $"(?:/{PathCharacter}*)*" + // path-abempty
        $"(?:\\?(?:{PathCharacter}|[/?])*)?" + // query
        $"(?:#(?:{PathCharacter}|[/?])*)?"; // fragment

    private const string AbsolutePattern = "^" + Grammar + "\\z";

#if NET8_0_OR_GREATER
    // Generated at build time: the interpreter took most of a valid letter's validation time (issue 12).
    private static readonly Regex Absolute = AbsoluteRegex();
#else
    private static readonly Regex Absolute = new(AbsolutePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
#endif

    /// <summary>
    /// Gets the grammar as a JSON Schema <c>pattern</c>, anchored with <c>^…$(?!\n)</c> so that no dialect lets a
    /// trailing newline through (Python's <c>re.search</c> and .NET match <c>$</c> before a final <c>\n</c>); with
    /// <see cref="MaxLength"/> it accepts exactly the URLs <see cref="IsValid"/> accepts.
    /// </summary>
    public static string Pattern { get; } = $"^{Grammar}$(?!\\n)";

#if NET8_0_OR_GREATER
    [GeneratedRegex(AbsolutePattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AbsoluteRegex();

#endif
    /// <summary>Tells whether <paramref name="url"/> is an absolute http or https URL by the format's rule.</summary>
    public static bool IsValid(string url)
    {
        if (url.Length > MaxLength)
        {
            return false;
        }

        if (IsPlainForm(url))
        {
            return true;
        }

        try
        {
            return Absolute.IsMatch(url);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // Cannot happen for 2,048 characters of this grammar; never a crash if it did.
        }
    }

    /// <summary>
    /// Tells whether <paramref name="url"/> has the plain form most URLs have, which the grammar always accepts:
    /// <c>http</c> or <c>https</c> (any case), <c>://</c>, a host of letters, digits, <c>-</c>, <c>.</c>, <c>_</c> and
    /// <c>~</c>, no user or port, then a path, a query and at most one fragment of the grammar's characters.
    /// </summary>
    /// <remarks>
    /// A fast path in front of the regular expression, never a second rule: <see langword="false"/> means only "ask the
    /// grammar", so every form this leaves out (IPv6 hosts, ports, user information, other host characters) is still
    /// decided by <see cref="Absolute"/>.
    /// </remarks>
    internal static bool IsPlainForm(string url)
    {
        var i = SchemeLength(url);
        if (i == 0)
        {
            return false;
        }

        var hostStart = i;
        while (i < url.Length && IsUnreserved(url[i]))
        {
            i++;
        }

        if (i == hostStart)
        {
            return false;
        }

        // After the host: a path of segments, then "?" and a query, then "#" and a fragment, each part optional.
        if (i < url.Length && url[i] is not ('/' or '?' or '#'))
        {
            return false;
        }

        var part = PathPart;
        for (; i < url.Length; i++)
        {
            var c = url[i];
            if (IsPathCharacter(c) || c == '/' || (c == '?' && part != PathPart))
            {
                continue;
            }

            if (c == '%' && i + 2 < url.Length && IsHex(url[i + 1]) && IsHex(url[i + 2]))
            {
                i += 2;
            }
            else if (c == '?')
            {
                part = QueryPart;
            }
            else if (c == '#' && part != FragmentPart)
            {
                part = FragmentPart;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    // "http://" or "https://" in any case: its length, or 0.
    private static int SchemeLength(string url)
    {
        if (url.Length < 8 || (url[0] | 0x20) != 'h' || (url[1] | 0x20) != 't' || (url[2] | 0x20) != 't' || (url[3] | 0x20) != 'p')
        {
            return 0;
        }

        var i = (url[4] | 0x20) == 's' ? 5 : 4;
        return url.Length > i + 3 && url[i] == ':' && url[i + 1] == '/' && url[i + 2] == '/' ? i + 3 : 0;
    }

    private static bool IsUnreserved(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';

    private static bool IsPathCharacter(char c) =>
        IsUnreserved(c) || c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@';

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'F') or (>= 'a' and <= 'f');
}
