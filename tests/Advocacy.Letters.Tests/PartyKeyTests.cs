using System;
using System.Text;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>
/// The party key. Every expectation is a literal, so that this class gives the same results with and without ICU:
/// <see cref="InvariantGlobalizationTests"/> runs it again under <c>InvariantGlobalization</c>.
/// </summary>
public class PartyKeyTests
{
    [Theory]
    [InlineData("Amnesty International", "AMNESTY INTERNATIONAL")]
    [InlineData("amnesty international", "AMNESTY INTERNATIONAL")]
    [InlineData("Amélie Müller-Lüdenscheidt", "AMELIE MULLER-LUDENSCHEIDT")]
    [InlineData("Ame\u0301lie", "AMELIE")]
    [InlineData("Ｆｒｅｅ ＮＫ", "FREE NK")]
    [InlineData("Free\u3000NK", "FREE NK")]
    [InlineData("  Free \t  NK ", "FREE NK")]
    [InlineData("ｶﾞｲﾑｼｮｳ", "カイムショウ")]
    [InlineData("Ångström", "ANGSTROM")]
    [InlineData("\u212Bngstro\u0308m", "ANGSTROM")]
    [InlineData("Dvořák", "DVORAK")]
    [InlineData("Ελληνική", "ΕΛΛΗΝΙΚΗ")]
    [InlineData("Łódź", "ŁODZ")]
    [InlineData("Straße", "STRAßE")] // the invariant simple mapping has no upper case for ß
    public void Create_FoldsCaseAccentsWidthAndSpace(string name, string folded)
    {
        Assert.Equal(folded, PartyKey.Create(name).Name);
    }

    [Theory]
    [InlineData("Human Rights Watch", "human rights watch")]
    [InlineData("Comité des droits", "COMITE DES DROITS")]
    [InlineData("Citizens\u2019 Alliance", "CITIZENS\u2019 ALLIANCE")]
    [InlineData("한국인권", "한국인권")]
    [InlineData("ＨＲＷ", "hrw")]
    public void Keys_OfTheSameParty_AreEqual(string a, string b)
    {
        var x = PartyKey.Create(a, "kr");
        var y = PartyKey.Create(b, "KR");

        Assert.Equal(x, y);
        Assert.True(x == y);
        Assert.False(x != y);
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.True(x.Equals((object)y));
    }

    [Fact]
    public void Keys_NfcAndNfdOfHangulAndLatin_AreEqual()
    {
        // NFD spelled out by hand, so that the test needs no ICU: 한 is U+1112 U+1161 U+11AB; é is e U+0301.
        Assert.Equal(PartyKey.Create("한국"), PartyKey.Create("\u1112\u1161\u11AB\u1100\u116E\u11A8"));
        Assert.Equal(PartyKey.Create("Société"), PartyKey.Create("Socie\u0301te\u0301"));
    }

    [Theory]
    [InlineData("Human Rights Watch", "US", "Human Rights Watch", "GB")]
    [InlineData("Human Rights Watch", "US", "Human Rights Watch", null)]
    [InlineData("Human Rights Watch", null, "Human Rights Match", null)]
    [InlineData("Free NK", null, "FreeNK", null)]
    [InlineData("Park", null, "Pak", null)]
    public void Keys_OfDifferentParties_Differ(string a, string? countryA, string b, string? countryB)
    {
        Assert.NotEqual(PartyKey.Create(a, countryA), PartyKey.Create(b, countryB));
        Assert.True(PartyKey.Create(a, countryA) != PartyKey.Create(b, countryB));
    }

    [Fact]
    public void Country_UpperCase_EmptyIsNone()
    {
        Assert.Equal("KR", PartyKey.Create("x", "kr").Country);
        Assert.Null(PartyKey.Create("x", string.Empty).Country);
        Assert.Equal(PartyKey.Create("x"), PartyKey.Create("x", string.Empty));
    }

    [Fact]
    public void Of_SignatoryAddresseeAndParty_UseNameAndCountry()
    {
        var signatory = new Signatory { Type = PartyType.Organization, Name = "Human Rights Watch", Country = "US", Label = "HRW" };
        var addressee = new Addressee { Role = AddresseeRole.To, Type = PartyType.Person, Name = "Kim Jong-il", Address = new PostalAddress { Country = "KP" } };
        var party = new Party { Type = PartyType.Organization, Name = "DPRK Mission", Country = "KP" };

        Assert.Equal(PartyKey.Create("HUMAN RIGHTS WATCH", "US"), PartyKey.Of(signatory));
        Assert.Equal(PartyKey.Create("kim jong-il"), PartyKey.Of(addressee));
        Assert.Equal(PartyKey.Create("dprk mission", "kp"), PartyKey.Of(party));
    }

    [Fact]
    public void ToString_IsTheFoldedNameAndCountry()
    {
        Assert.Equal("AMNESTY INTERNATIONAL (GB)", PartyKey.Create("Amnesty International", "GB").ToString());
        Assert.Equal("KIM JONG-IL", PartyKey.Create("Kim Jong-il").ToString());
    }

    [Fact]
    public void Default_HasAnEmptyNameAndNoCountry()
    {
        PartyKey key = default;

        Assert.Equal(string.Empty, key.Name);
        Assert.Null(key.Country);
        Assert.Equal(PartyKey.Create(" "), key);
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => PartyKey.Create(null!)).ParamName);
        Assert.Equal("signatory", Assert.Throws<ArgumentNullException>(() => PartyKey.Of((Signatory)null!)).ParamName);
        Assert.Equal("addressee", Assert.Throws<ArgumentNullException>(() => PartyKey.Of((Addressee)null!)).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => PartyKey.Of((Party)null!)).ParamName);
    }

    [Fact]
    public void Of_PartyBuiltInCodeWithoutAName_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => PartyKey.Of(new Signatory { Type = PartyType.Person, Name = null!, Label = "x" }));

        Assert.Equal("signatory", error.ParamName);
        Assert.StartsWith("The party has no name (null)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LoneSurrogateAndSupplementaryCharacters_AreKept()
    {
        Assert.Equal("A\uD800B", PartyKey.Create("a\uD800b").Name);
        Assert.Equal("PEACE \U0001F54A", PartyKey.Create("Peace \U0001F54A").Name);
        Assert.Equal("\U00010400", PartyKey.Create("\U00010428").Name); // Deseret: case folding beyond the BMP
    }

    [Fact]
    public void Globalization_IsWhatTheProcessWasStartedWith()
    {
        var invariant = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true";

        Assert.Equal(invariant, Globalization.IsInvariant);
        if (invariant)
        {
            // The reason for the table: without ICU, .NET leaves text unnormalised.
            Assert.Equal("e\u0301", "e\u0301".Normalize(NormalizationForm.FormC));
        }
    }
}
