using System;
using System.Globalization;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>Parsing and formatting, as Noda Time's types have them: IParsable, ISpanParsable, IFormattable.</summary>
public partial class PartialDateTests
{
    [Theory]
    [InlineData("2011-09-08", "8 September 2011")]
    [InlineData("2011-09", "September 2011")]
    [InlineData("2011", "2011")]
    [InlineData("0011-01-31", "31 January 11")]
    [InlineData("9999-12", "December 9999")]
    public void ToString_D_IsTheFormForPeople(string iso, string human)
    {
        var date = PartialDate.Parse(iso);

        Assert.Equal(human, date.ToString("D", CultureInfo.InvariantCulture));
        Assert.Equal(human, $"{date:D}");
        Assert.Equal(iso, date.ToString("G", null));
        Assert.Equal(iso, date.ToString(null, null));
        Assert.Equal(iso, $"{date}");
    }

    [Fact]
    public void ToString_D_IsEnglishInEveryCulture()
    {
        var date = PartialDate.Parse("2011-09-08");

        Assert.Equal("8 September 2011", date.ToString("D", CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("8 September 2011", string.Format(new CultureInfo("ko-KR"), "{0:D}", date));
    }

    [Theory]
    [InlineData("d")]
    [InlineData("yyyy-MM")]
    [InlineData("X")]
    public void ToString_UnknownFormat_ThrowsFormatException(string format)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.FromYear(2011).ToString(format, null));

        Assert.Equal($"'{format}' is not a format of a partial date: use \"G\" (2011-09-08) or \"D\" (8 September 2011).", error.Message);
    }

    [Theory]
    [InlineData("2011")]
    [InlineData("2011-09")]
    [InlineData("2011-09-08")]
    public void GenericParsing_IParsableAndISpanParsable_ReadTheIsoForm(string text)
    {
        Assert.Equal(PartialDate.Parse(text), ParseWith<PartialDate>(text));
        Assert.Equal(PartialDate.Parse(text), ParseSpanWith<PartialDate>(text.AsSpan()));
        Assert.True(TryParseWith<PartialDate>(text, out var parsed));
        Assert.Equal(PartialDate.Parse(text), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("September 2011")]
    [InlineData("2011-9")]
    [InlineData("2011-02-30")]
    public void GenericParsing_NotAPartialDate_FailsAsParseDoes(string text)
    {
        Assert.False(TryParseWith<PartialDate>(text, out _));
        Assert.False(TryParseWith<PartialDate>(null, out _));
        var error = Assert.Throws<FormatException>(() => ParseSpanWith<PartialDate>(text.AsSpan()));
        Assert.Equal(Assert.Throws<FormatException>(() => PartialDate.Parse(text)).Message, error.Message);
        Assert.Throws<ArgumentNullException>(() => ParseWith<PartialDate>(null!));
    }

    [Fact]
    public void Parse_LongOrHostileText_QuotesAShortEscapedExcerpt()
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse("\u001B[31m" + new string('9', 100)));

        Assert.Equal("'\\u001B[31m999999999999999999999999999999…' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD.", error.Message);
    }

    private static T ParseWith<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParseWith<T>(string? text, out T? result)
        where T : IParsable<T> => T.TryParse(text, CultureInfo.InvariantCulture, out result);

    private static T ParseSpanWith<T>(ReadOnlySpan<char> text)
        where T : ISpanParsable<T> => T.Parse(text, null);
}
