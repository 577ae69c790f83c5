using System;
using System.Collections.Generic;
using System.Linq;
using Advocacy.Letters.Internal;
using NodaTime.TimeZones;
using Xunit;

namespace Advocacy.Letters.Tests.Internal;

public class IsoCountriesTests
{
    [Theory]
    [InlineData("KP")]
    [InlineData("KR")]
    [InlineData("US")]
    [InlineData("JP")]
    [InlineData("GB")]
    [InlineData("FR")]
    [InlineData("BV")] // Bouvet Island and Heard Island have no time zone, so the TZDB's zone.tab leaves them out
    [InlineData("HM")]
    public void IsKnown_KnownCode_IsTrue(string code)
    {
        Assert.True(IsoCountries.IsKnown(code));
    }

    [Theory]
    [InlineData("kr")]
    [InlineData("Kr")]
    [InlineData("XX")]
    [InlineData("UK")]
    [InlineData("")]
    [InlineData("KOR")]
    [InlineData("K")]
    [InlineData(" KR")]
    public void IsKnown_UnknownCode_IsFalse(string code)
    {
        Assert.False(IsoCountries.IsKnown(code));
    }

    [Fact]
    public void Codes_AreTheTwoLetterUpperCaseCodes_All249()
    {
        var codes = IsoCountries.Codes.ToList();

        Assert.Equal(249, codes.Count); // every officially assigned ISO 3166-1 alpha-2 code
        Assert.All(codes, code => Assert.Matches("^[A-Z]{2}$", code));
    }

    [Fact]
    public void NameOf_KnownCode_IsTheTzdbName_UnknownCode_IsTheCode()
    {
        Assert.Equal("Korea (North)", IsoCountries.NameOf("KP"));
        Assert.Equal("Bouvet Island", IsoCountries.NameOf("BV"));
        Assert.Equal("XX", IsoCountries.NameOf("XX"));
    }

    [Fact]
    public void Codes_AreInOrdinalOrder()
    {
        var codes = IsoCountries.Codes.ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Table_IsTheTzdbCountryList_PlusBouvetAndHeardIsland()
    {
        // What the table was made from: the country lists of NodaTime's embedded TZDB (zone.tab, then zone1970.tab).
        var source = TzdbDateTimeZoneSource.Default;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in source.ZoneLocations ?? [])
        {
            expected[location.CountryCode] = location.CountryName;
        }

        foreach (var location in source.Zone1970Locations ?? [])
        {
            foreach (var country in location.Countries)
            {
                expected.TryAdd(country.Code, country.Name);
            }
        }

        expected.TryAdd("BV", "Bouvet Island");
        expected.TryAdd("HM", "Heard Island & McDonald Islands");

        var table = IsoCountries.Codes.ToDictionary(code => code, IsoCountries.NameOf, StringComparer.Ordinal);
        Assert.Equal(expected.Where(pair => pair.Key.Length == 2).OrderBy(pair => pair.Key, StringComparer.Ordinal), table.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }
}
