using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Advocacy.Letters.Cli;

/// <summary>Small formatting helpers for the summary: words, dates, counts and wrapped paragraphs.</summary>
internal static class Text
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern MonthPattern = LocalDatePattern.Create("MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>Gets an enumeration value as lower-case words: <c>RefusedToEngage</c> becomes "refused to engage".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    /// <summary>Gets a partial date for people: "8 September 2011", "September 2011" or "2011".</summary>
    public static string Human(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => DayPattern.Format(date.Start),
        DatePrecision.Month => MonthPattern.Format(date.Start),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Gets "1 person", "40 organizations", with thousands separated: "5,560 days".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
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
