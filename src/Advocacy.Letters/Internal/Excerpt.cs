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

            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u200E' or '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))
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
}
