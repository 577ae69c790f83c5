using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// A line that gives the letter's date, maybe after its place: "April 6, 2021", "6 April 2021", "2021-04-06",
/// "06/04/2021" (day first), "April 2021", "Geneva, 6 April 2021", "Date: Tuesday, 6th of April 2021".
/// </summary>
internal sealed class DateLine
{
    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun",
    };

    private DateLine(PartialDate date, string? place, bool ambiguous)
    {
        Date = date;
        Place = place;
        Ambiguous = ambiguous;
    }

    public PartialDate Date { get; }

    public string? Place { get; }

    public bool Ambiguous { get; }

    public static DateLine? TryRead(string line)
    {
        if (line.Length is 0 or > 90)
        {
            return null;
        }

        var text = line.Trim().TrimEnd('.');
        foreach (var label in new[] { "Date:", "Dated:", "Date ", "Dated " })
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(label.Length).Trim();
                break;
            }
        }

        var tokens = new List<string>();
        foreach (var word in text.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(word.Trim('.'));
        }

        if (tokens.Count == 0)
        {
            return null;
        }

        for (var take = Math.Min(4, tokens.Count); take >= 1; take--)
        {
            if (TryParse(tokens.GetRange(tokens.Count - take, take), out var date, out var ambiguous))
            {
                var place = PlaceBefore(text, tokens, tokens.Count - take);
                if (place == string.Empty)
                {
                    return null;
                }

                return new DateLine(date, place, ambiguous);
            }
        }

        return null;
    }

    // The words before the date, minus a weekday: a place ("Geneva"), nothing, or prose (then it is no date line).
    private static string? PlaceBefore(string text, List<string> tokens, int count)
    {
        var words = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (!Weekdays.Contains(tokens[i]) && tokens[i] is not ("–" or "-" or "—" or "on" or "the"))
            {
                words.Add(tokens[i]);
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count > 5 || !char.IsUpper(words[0][0]))
        {
            return string.Empty;
        }

        // Keep the place as written: up to the last of its words, without the separator before the date.
        var last = words[words.Count - 1];
        var end = text.IndexOf(last, StringComparison.Ordinal);
        var start = text.IndexOf(words[0], StringComparison.Ordinal);
        if (end < 0 || start < 0 || end + last.Length <= start)
        {
            return string.Join(" ", words);
        }

        return text.Substring(start, end + last.Length - start).Trim().TrimEnd(',', '-', '–', '—').Trim();
    }

    private static bool TryParse(List<string> t, out PartialDate date, out bool ambiguous)
    {
        date = default;
        ambiguous = false;
        switch (t.Count)
        {
            case 1:
                return TryNumeric(t[0], out date, out ambiguous);
            case 2:
                // "April 2021"
                return Vocabulary.Months.TryGetValue(t[0], out var m2) && Year(t[1], out var y2) && Make(y2, m2, 0, out date);
            case 3:
                if (Vocabulary.Months.TryGetValue(t[0], out var m) && Day(t[1], out var d) && Year(t[2], out var y))
                {
                    return Make(y, m, d, out date);
                }

                if (Day(t[0], out d) && Vocabulary.Months.TryGetValue(t[1], out m) && Year(t[2], out y))
                {
                    return Make(y, m, d, out date);
                }

                return false;
            case 4:
                // "6th of April 2021", "6 de abril 2021"
                return t[1] is "of" or "de" && Day(t[0], out d) && Vocabulary.Months.TryGetValue(t[2], out m) && Year(t[3], out y) && Make(y, m, d, out date);
            default:
                return false;
        }
    }

    private static bool TryNumeric(string token, out PartialDate date, out bool ambiguous)
    {
        date = default;
        ambiguous = false;
        var separator = token.IndexOfAny(['-', '/', '.']);
        if (separator < 0)
        {
            return false;
        }

        var parts = token.Split(token[separator]);
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is 0 or > 4 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        if (parts.Length == 3 && parts[0].Length == 4)
        {
            return Make(numbers[0], numbers[1], numbers[2], out date);
        }

        if (parts.Length == 2 && parts[0].Length == 4)
        {
            return Make(numbers[0], numbers[1], 0, out date);
        }

        if (parts.Length == 3 && parts[2].Length == 4)
        {
            int day = numbers[0], month = numbers[1];
            if (month > 12 && day <= 12)
            {
                (day, month) = (month, day);
            }
            else
            {
                ambiguous = day <= 12 && month <= 12 && day != month;
            }

            return Make(numbers[2], month, day, out date);
        }

        return false;
    }

    private static bool Day(string token, out int day)
    {
        var digits = token;
        foreach (var suffix in new[] { "st", "nd", "rd", "th", "er", "º" })
        {
            if (digits.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                digits = digits.Substring(0, digits.Length - suffix.Length);
                break;
            }
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && digits.Length <= 2;
    }

    private static bool Year(string token, out int year) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year) && token.Length == 4 && year is >= 1800 and <= 2200;

    private static bool Make(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year is < 1800 or > 2200 || month is < 1 or > 12)
        {
            return false;
        }

        if (day == 0)
        {
            date = PartialDate.FromYearMonth(new YearMonth(year, month));
            return true;
        }

        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = PartialDate.FromDate(new LocalDate(year, month, day));
        return true;
    }
}
