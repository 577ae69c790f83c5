using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Advocacy.Letters.Internal;
using NodaTime;

namespace Advocacy.Letters;

/// <summary>
/// A date in the ISO calendar known to a year (<c>2011</c>), a month (<c>2011-09</c>) or a day (<c>2011-09-08</c>),
/// as archives record letters whose exact day is not known.
/// </summary>
/// <remarks>
/// <para>Two partial dates are equal when they have the same precision and the same fields: <c>2011-09</c> is not equal
/// to <c>2011-09-01</c>. Ordering compares <see cref="Start"/> first, then precision (coarser first).</para>
/// <para>Years run from 1 to 9999. The default value is the year <c>0001</c>. This type is immutable and thread-safe.</para>
/// <para>Text, as in Noda Time: <see cref="Parse(string)"/> and the <c>TryParse</c> methods read the ISO form
/// (<c>2011-09</c>), which <see cref="ToString()"/> writes; on .NET 8 and later the type is
/// <c>IParsable&lt;PartialDate&gt;</c> and <c>ISpanParsable&lt;PartialDate&gt;</c>. <see cref="ToString(string, IFormatProvider)"/>
/// also writes the form for people (<c>"D"</c>: <c>8 September 2011</c>), so <c>$"{date:D}"</c> works in an
/// interpolated string.</para>
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IFormattable
#if NET8_0_OR_GREATER
    , ISpanParsable<PartialDate>
#endif
{
    /// <summary>English month names, for the form for people; never the current culture's.</summary>
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly LocalDate start;

    private PartialDate(LocalDate start, DatePrecision precision)
    {
        this.start = start;
        Precision = precision;
    }

    /// <summary>Gets how much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets the year.</summary>
    public int Year => start.Year;

    /// <summary>Gets the month (1–12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month => Precision >= DatePrecision.Month ? start.Month : null;

    /// <summary>Gets the day of the month, or <see langword="null"/> when the day is not known.</summary>
    public int? Day => Precision == DatePrecision.Day ? start.Day : null;

    /// <summary>Gets the first day this partial date may stand for: 1 January for a year, the 1st for a month.</summary>
    public LocalDate Start => start;

    /// <summary>Gets the last day this partial date may stand for: 31 December for a year, the month's last day for a month.</summary>
    public LocalDate End => Precision switch
    {
        DatePrecision.Year => new LocalDate(start.Year, 12, 31),
        DatePrecision.Month => start.With(DateAdjusters.EndOfMonth),
        _ => start,
    };

    /// <summary>Creates a partial date known to the year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year, nameof(year));
        return new PartialDate(new LocalDate(year, 1, 1), DatePrecision.Year);
    }

    /// <summary>Creates a partial date known to the month.</summary>
    /// <param name="yearMonth">The year and month, in the ISO calendar, year 1 to 9999.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    /// <exception cref="ArgumentException">The value is not in the ISO calendar.</exception>
    public static PartialDate FromYearMonth(YearMonth yearMonth)
    {
        CheckIso(yearMonth.Calendar, nameof(yearMonth));
        CheckYear(yearMonth.Year, nameof(yearMonth));
        return new PartialDate(yearMonth.OnDayOfMonth(1), DatePrecision.Month);
    }

    /// <summary>Creates a partial date known to the day.</summary>
    /// <param name="date">The date, in the ISO calendar, year 1 to 9999.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    /// <exception cref="ArgumentException">The value is not in the ISO calendar.</exception>
    public static PartialDate FromDate(LocalDate date)
    {
        CheckIso(date.Calendar, nameof(date));
        CheckYear(date.Year, nameof(date));
        return new PartialDate(date, DatePrecision.Day);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (a real calendar date).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a partial date.</exception>
    public static PartialDate Parse(string text)
    {
        Guard.NotNull(text);

        return TryParse(text, out var result)
            ? result
            : throw NotAPartialDate(text);
    }

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (a real calendar date).</summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="result">The partial date when parsing succeeds; otherwise the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result) =>
        TryParse(text.AsSpan(), out result) && text is not null;

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (a real calendar date).</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The partial date when parsing succeeds; otherwise the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result)
    {
        result = default;
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text.Slice(0, 4), out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            result = new PartialDate(new LocalDate(year, 1, 1), DatePrecision.Year);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            result = new PartialDate(new LocalDate(year, month, 1), DatePrecision.Month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text.Slice(8, 2), out var day) || day < 1 ||
            day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        result = new PartialDate(new LocalDate(year, month, day), DatePrecision.Day);
        return true;
    }

#if NET8_0_OR_GREATER
    // The generic-math parsing interfaces, implemented explicitly so that callers keep the short Parse(string) and
    // TryParse overloads: the provider is ignored, since the form does not depend on a culture.

    /// <inheritdoc/>
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, out var result) ? result : throw NotAPartialDate(s.ToString());

    /// <inheritdoc/>
    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) =>
        TryParse(s, out result);
#endif

    /// <summary>Tells whether <paramref name="date"/> falls within the days this partial date may stand for.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Formats the date as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <returns>The ISO 8601 text of the known part of the date.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => start.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-{start.Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-{start.Month:D2}-{start.Day:D2}"),
    };

    /// <summary>Formats the date in the ISO form (<c>"G"</c>) or the form for people (<c>"D"</c>).</summary>
    /// <param name="format">
    /// <c>"G"</c>, <see langword="null"/> or empty for the ISO form (<c>2011-09-08</c>, <c>2011-09</c>, <c>2011</c>), as
    /// <see cref="ToString()"/>; <c>"D"</c> for the form for people in English, whatever the culture:
    /// <c>8 September 2011</c>, <c>September 2011</c> or <c>2011</c>, the year without leading zeros. Only the ISO form
    /// is parsed back.
    /// </param>
    /// <param name="formatProvider">Ignored: neither form depends on a culture.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not <c>"G"</c> or <c>"D"</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => ToString(),
        "D" => Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{start.Day} {MonthNames[start.Month - 1]} {start.Year}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[start.Month - 1]} {start.Year}"),
            _ => start.Year.ToString(CultureInfo.InvariantCulture),
        },
        _ => throw new FormatException($"'{Excerpt.Of(format)}' is not a format of a partial date: use \"G\" (2011-09-08) or \"D\" (8 September 2011)."),
    };

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => start == other.start && Precision == other.Precision;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(start, Precision);

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byStart = start.CompareTo(other.start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Compares two partial dates for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two partial dates for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static FormatException NotAPartialDate(string text) =>
        new($"'{Excerpt.Of(text)}' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD.");

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void CheckYear(int year, string paramName)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(paramName, year, "The year must be from 1 to 9999.");
        }
    }

    private static void CheckIso(CalendarSystem calendar, string paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("A partial date is in the ISO calendar.", paramName);
        }
    }
}
