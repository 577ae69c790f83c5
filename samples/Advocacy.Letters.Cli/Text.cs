using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Advocacy.Letters.Cli;

/// <summary>Small formatting helpers for the summary: counts and wrapped paragraphs (words and dates come from the library).</summary>
internal static class Text
{
    /// <summary>Gets "1 person", "40 organizations", with thousands separated: "5,560 days".</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters, at spaces.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
