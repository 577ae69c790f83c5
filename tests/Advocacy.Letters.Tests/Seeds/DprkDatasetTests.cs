using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Advocacy.Letters.Tests.Infrastructure;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests.Seeds;

/// <summary>The DPRK dataset says what the letter and the public record say, and no more.</summary>
public class DprkDatasetTests
{
    private static readonly Letter Letter = SampleLetters.Dprk2011;

    [Fact]
    public void SeedText_IsTheLetterAsPublished_ByteForByte()
    {
        var bytes = File.ReadAllBytes(Repository.DprkText);

        Assert.Equal(
            "08822a7a423d58d158bb79ce9ba721799d5ceba1f1e86c18d9cfe4a2e957010a",
            Convert.ToHexStringLower(SHA256.HashData(bytes)));

        // Where the shared originals sit beside the clone (as in CI), compare with them too.
        var original = Path.Combine(Repository.Root, "..", "shared", "seed", "dprk-letter-2011.txt");
        if (File.Exists(original))
        {
            Assert.Equal(File.ReadAllBytes(original), bytes);
        }
    }

    [Fact]
    public void Signatories_AreTheFortyOrganisationsAndOneIndividual_AsPrinted()
    {
        var printed = File.ReadAllLines(Repository.DprkText)
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal))
            .Select(line => line[2..])
            .ToArray();

        Assert.Equal(printed, Letter.Signatories.Select(s => s.Label));
        Assert.Equal(40, Letter.Signatories.Count(s => s.Type == PartyType.Organization));
        Assert.Equal("Tomoharu Ebihara", Assert.Single(Letter.Signatories, s => s.Type == PartyType.Person).Name);
    }

    [Theory]
    [InlineData("Free NK Gulag (ROK)", "Free NK Gulag", null, "KR")]
    [InlineData("Freedom House (USA)", "Freedom House", null, "US")]
    [InlineData("Liberty in North Korea - LiNK (USA)", "Liberty in North Korea", "LiNK", "US")]
    [InlineData("COMJAN (Investigation Commission on Missing Japanese Probably Related to North Korea)(Japan)", "Investigation Commission on Missing Japanese Probably Related to North Korea", "COMJAN", "JP")]
    [InlineData("International Federation for Human Rights (FIDH)", "International Federation for Human Rights", "FIDH", null)]
    [InlineData("PSALT NK (Prayer Service Action Love Truth for North Korea)", "Prayer Service Action Love Truth for North Korea", "PSALT NK", null)]
    [InlineData("People In Need (Czech Republic)", "People In Need", null, "CZ")]
    [InlineData("Human Rights Watch", "Human Rights Watch", null, null)]
    [InlineData("Asian Human Rights & Humanity Association of Japan", "Asian Human Rights & Humanity Association of Japan", null, null)]
    public void Signatory_NameAcronymAndCountry_ComeFromTheLabel(string label, string name, string? acronym, string? country)
    {
        var signatory = Assert.Single(Letter.Signatories, s => s.Label == label);

        Assert.Equal((name, acronym, country), (signatory.Name, signatory.Acronym, signatory.Country));
    }

    [Fact]
    public void Signatories_CountryInParentheses_IsAlwaysRecorded()
    {
        var expected = new (string Printed, string Code)[]
        {
            ("(ROK)", "KR"), ("(USA)", "US"), ("(Japan)", "JP"), ("(Canada)", "CA"), ("(Brazil)", "BR"),
            ("(Thailand)", "TH"), ("(Belgium)", "BE"), ("(Indonesia)", "ID"), ("(Bangladesh)", "BD"), ("(Czech Republic)", "CZ"),
        };

        foreach (var signatory in Letter.Signatories)
        {
            var match = expected.Where(e => signatory.Label.EndsWith(e.Printed, StringComparison.Ordinal)).Select(e => e.Code).SingleOrDefault();
            Assert.True(match == signatory.Country, $"{signatory.Label}: expected country {match ?? "none"}, found {signatory.Country ?? "none"}");
        }
    }

    [Fact]
    public void Addressee_IsKimJongIl_InBothOfficesOnTheLetterDate()
    {
        var kim = Assert.Single(Letter.Addressees);

        Assert.Equal(("Kim Jong-il", AddresseeRole.To, PartyType.Person), (kim.Name, kim.Role, kim.Type));
        Assert.Contains(kim.OtherNames, n => n.Name == "김정일" && n.Language == "ko");
        Assert.Equal("KP", kim.Address?.Country);
        Assert.Equal("Pyongyang", kim.Address?.Locality);

        var secretary = Assert.Single(kim.Positions, p => p.Title == "General Secretary");
        Assert.Equal("Workers' Party of Korea", secretary.Organization);
        Assert.Equal(PartialDate.FromDate(new LocalDate(1997, 10, 8)), secretary.Start);

        var chairman = Assert.Single(kim.Positions, p => p.Title == "Chairman");
        Assert.Equal(PartialDate.FromDate(new LocalDate(1993, 4, 9)), chairman.Start);

        var death = PartialDate.FromDate(new LocalDate(2011, 12, 17));
        Assert.All(kim.Positions, p => Assert.Equal(death, p.End));
    }

    [Fact]
    public void Letter_WasReleasedInTokyoOn8September2011_AndDeliveredOn6October()
    {
        var released = PartialDate.FromDate(new LocalDate(2011, 9, 8));
        Assert.Equal(released, Letter.Date);

        var release = Assert.Single(Letter.Events, e => e.Type == LetterEventType.Released);
        Assert.Equal((released, "Tokyo"), (release.Date, release.Place));

        var delivery = Assert.Single(Letter.Events, e => e.Type == LetterEventType.Delivered);
        Assert.Equal(PartialDate.FromDate(new LocalDate(2011, 10, 6)), delivery.Date);
        foreach (var city in new[] { "London", "Paris", "Geneva", "New York", "Bangkok", "Hong Kong", "Tokyo" })
        {
            Assert.Contains(city, delivery.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Demands_AreItemised_FromTheTextEachQuotesExactly()
    {
        Assert.True(Letter.Demands.Length >= 8, $"expected at least eight demands, found {Letter.Demands.Length}");

        foreach (var topic in new[] { "Special Rapporteur", "ICRC", "humanitarian", "WFP", "abductees", "executions", "torture", "*kwan-li-so*", "forced labour", "ILO", "Universal Declaration", "laws and regulations" })
        {
            Assert.True(Letter.Demands.Any(d => d.Text.Contains(topic, StringComparison.Ordinal)), $"no demand quotes '{topic}'");
        }
    }

    [Fact]
    public void Responses_AreTheThreeOnRecord_AndNoneAnswersADemand()
    {
        Assert.Equal(["new-york-phone", "new-york-delivery", "paris-email"], Letter.Responses.Select(r => r.Id));
        Assert.Equal(PartialDate.FromDate(new LocalDate(2011, 10, 5)), Letter.Responses[0].Date);
        Assert.Contains("not to meet with the people of Human Rights Watch", Letter.Responses[0].Summary, StringComparison.Ordinal);
        Assert.Contains("building security", Letter.Responses[1].Summary, StringComparison.Ordinal);

        foreach (var response in Letter.Responses)
        {
            Assert.Equal(Letter.Demands.Select(d => d.Id), response.Dispositions.Select(d => d.Demand));
            Assert.All(response.Dispositions, d => Assert.Equal(DispositionStatus.NotAddressed, d.Status));
        }
    }

    [Fact]
    public void EveryFact_IsSourced_AndEverySourceIsCited()
    {
        Assert.All(Letter.Events, e => Assert.NotEmpty(e.Sources));
        Assert.All(Letter.Responses, r => Assert.NotEmpty(r.Sources));

        var cited = Letter.Events.SelectMany(e => e.Sources).Concat(Letter.Responses.SelectMany(r => r.Sources)).ToHashSet();
        Assert.All(Letter.Sources, s => Assert.Contains(s.Id, cited));
    }
}
