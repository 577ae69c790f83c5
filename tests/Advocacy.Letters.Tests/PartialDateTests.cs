using System;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests;

public partial class PartialDateTests
{
    [Theory]
    [InlineData("2011", DatePrecision.Year, 2011, null, null)]
    [InlineData("2011-09", DatePrecision.Month, 2011, 9, null)]
    [InlineData("2011-09-08", DatePrecision.Day, 2011, 9, 8)]
    [InlineData("0001", DatePrecision.Year, 1, null, null)]
    [InlineData("9999-12-31", DatePrecision.Day, 9999, 12, 31)]
    [InlineData("2012-02-29", DatePrecision.Day, 2012, 2, 29)]
    public void Parse_Valid_GivesFieldsAndFormatsBack(string text, DatePrecision precision, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(text, date.ToString());
        Assert.True(PartialDate.TryParse(text, out var again));
        Assert.Equal(date, again);
        Assert.True(PartialDate.TryParse(text.AsSpan(), out again));
        Assert.Equal(date, again);
    }

    [Theory]
    [InlineData("2011", "2011-01-01", "2011-12-31")]
    [InlineData("2012-02", "2012-02-01", "2012-02-29")]
    [InlineData("2011-02", "2011-02-01", "2011-02-28")]
    [InlineData("2011-09-08", "2011-09-08", "2011-09-08")]
    public void StartEnd_CoverTheDaysTheDateMayStandFor(string text, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(PartialDate.Parse(start).Start, date.Start);
        Assert.Equal(PartialDate.Parse(end).Start, date.End);
        Assert.True(date.Contains(date.Start));
        Assert.True(date.Contains(date.End));
        Assert.False(date.Contains(date.Start.PlusDays(-1)));
        Assert.False(date.Contains(date.End.PlusDays(1)));
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("10000")]
    [InlineData("2011-00")]
    [InlineData("2011-13")]
    [InlineData("2011-02-29")]
    [InlineData("2011-02-30")]
    [InlineData("2011-09-00")]
    [InlineData("2011-09-31")]
    [InlineData(" 2011")]
    [InlineData("2011 ")]
    [InlineData("+2011")]
    [InlineData("-2011")]
    [InlineData("٢٠١١")]
    [InlineData("２０１１")]
    [InlineData("2011-9-8")]
    [InlineData("11-09-08")]
    [InlineData("20110908")]
    [InlineData("2011/09/08")]
    [InlineData("2011-09-08T00:00")]
    [InlineData("")]
    public void Parse_Invalid_Fails(string text)
    {
        Assert.False(PartialDate.TryParse(text, out var result));
        Assert.Equal(default, result);
        Assert.False(PartialDate.TryParse(text.AsSpan(), out _));
        var ex = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Equal($"'{text}' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD.", ex.Message);
    }

    [Fact]
    public void Parse_Null_Throws_TryParse_Fails()
    {
        Assert.Throws<ArgumentNullException>("text", () => PartialDate.Parse(null!));
        Assert.False(PartialDate.TryParse((string?)null, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void FromYear_OutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(nameof(year), () => PartialDate.FromYear(year));
    }

    [Fact]
    public void Factories_GiveTheirPrecision()
    {
        Assert.Equal(PartialDate.Parse("2011"), PartialDate.FromYear(2011));
        Assert.Equal(PartialDate.Parse("2011-09"), PartialDate.FromYearMonth(new YearMonth(2011, 9)));
        Assert.Equal(PartialDate.Parse("2011-09-08"), PartialDate.FromDate(new LocalDate(2011, 9, 8)));
    }

    [Fact]
    public void Factories_NonIsoCalendars_AreRefused()
    {
        Assert.Throws<ArgumentException>("date", () => PartialDate.FromDate(new LocalDate(2011, 9, 8, CalendarSystem.Julian)));
        Assert.Throws<ArgumentException>("yearMonth", () => PartialDate.FromYearMonth(new YearMonth(2011, 9, CalendarSystem.Gregorian)));
        Assert.Throws<ArgumentException>("date", () => PartialDate.FromDate(new LocalDate(1432, 9, 8, CalendarSystem.IslamicBcl)));
    }

    [Fact]
    public void Factories_YearsBeforeOne_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("date", () => PartialDate.FromDate(new LocalDate(0, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>("yearMonth", () => PartialDate.FromYearMonth(new YearMonth(-5, 1)));
    }

    [Fact]
    public void Default_IsTheYearOne()
    {
        Assert.Equal(PartialDate.FromYear(1), default);
        Assert.Equal("0001", default(PartialDate).ToString());
    }

    [Fact]
    public void Equality_SamePrecisionAndFields()
    {
        var a = PartialDate.Parse("2011-09");
        var b = PartialDate.Parse("2011-09");
        var day = PartialDate.Parse("2011-09-01");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a == day);
        Assert.True(a != day);
        Assert.False(a.Equals((object)day));
        Assert.False(a.Equals(null));
        Assert.Equal(a.Start, day.Start);
    }

    [Fact]
    public void Ordering_ByStartThenCoarserFirst()
    {
        var year = PartialDate.Parse("2011");
        var january = PartialDate.Parse("2011-01");
        var first = PartialDate.Parse("2011-01-01");
        var second = PartialDate.Parse("2011-01-02");
        var september = PartialDate.Parse("2011-09");

        PartialDate[] sorted = [year, january, first, second, september];
        PartialDate[] shuffled = [september, second, first, year, january];
        Array.Sort(shuffled);
        Assert.Equal(sorted, shuffled);

        Assert.True(year < january);
        Assert.True(january <= first);
        Assert.True(second > first);
        Assert.True(september >= second);
        Assert.True(year <= PartialDate.Parse("2011"));
        Assert.True(year >= PartialDate.Parse("2011"));
        Assert.False(year < PartialDate.Parse("2011"));
        Assert.Equal(0, year.CompareTo(PartialDate.Parse("2011")));
    }
}
