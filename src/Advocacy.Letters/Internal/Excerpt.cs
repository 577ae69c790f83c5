using System.Globalization;
using System.Text;

namespace Advocacy.Letters.Internal;

/// <summary>A short, escaped excerpt of input for error messages: never the whole input, never raw control characters.</summary>
internal static class Excerpt
{
    public const int MaxLength = 40;

    public static string Of(string text) => Of(text, MaxLength);

    /// <summary>Quotes <paramref name="text"/> up to <paramref name="maxLength"/> characters, escaped.</summary>
    public static string Of(string text, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            if (IsInvisible(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Characters that would not show as themselves in a quote: controls, surrogates, format characters (zero-width
    /// spaces and joiners, bidirectional marks and isolates, the byte order mark, soft hyphens) and every separator
    /// but the plain space (no-break and other-width spaces, line and paragraph separators), so that
    /// <c>dprk\u200B-2011</c> cannot pass for <c>dprk-2011</c>.
    /// </summary>
    private static bool IsInvisible(char c) => c != ' ' && CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.Format or UnicodeCategory.PrivateUse or
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        _ => false,
    };
}
