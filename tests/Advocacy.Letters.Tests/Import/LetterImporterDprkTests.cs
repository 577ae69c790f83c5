using System.IO;
using System.Linq;
using Advocacy.Letters.Import;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>The seed letter, as published, imports into the dataset's addressee, demands and signatories.</summary>
public class LetterImporterDprkTests
{
    private static readonly LetterImportResult Imported = LetterImporter.Import(File.ReadAllText(Repository.DprkText));

    private static Letter Dataset => SampleLetters.Dprk2011;

    [Fact]
    public void Import_Dprk_HasEverySignatoryExactlyAsInTheDataset()
    {
        Assert.Equal(Dataset.Signatories.Length, Imported.Letter.Signatories.Length);
        for (var i = 0; i < Dataset.Signatories.Length; i++)
        {
            Assert.Equal(Dataset.Signatories[i], Imported.Letter.Signatories[i]);
        }
    }

    [Fact]
    public void Import_Dprk_HasTheAddresseeWithBothPositionsAndTheAddress()
    {
        var addressee = Assert.Single(Imported.Letter.Addressees);
        var expected = Dataset.Addressees[0];
        Assert.Equal(AddresseeRole.To, addressee.Role);
        Assert.Equal(PartyType.Person, addressee.Type);
        Assert.Equal(expected.Name, addressee.Name);
        Assert.Equal(expected.Honorific, addressee.Honorific);
        Assert.Equal(expected.Positions.Select(p => (p.Title, p.Organization, p.Label)), addressee.Positions.Select(p => (p.Title, p.Organization, p.Label)));
        Assert.Equal(expected.Address, addressee.Address);
    }

    [Fact]
    public void Import_Dprk_FindsEveryDemandOfTheDatasetWithItsText()
    {
        var found = Imported.Letter.Demands.Select(d => d.Text).ToHashSet();
        var missing = Dataset.Demands.Where(d => !found.Contains(d.Text)).Select(d => d.Id).ToList();

        Assert.Empty(missing);
        Assert.True(Imported.Letter.Demands.Length <= Dataset.Demands.Length + 2, $"{Imported.Letter.Demands.Length} demands");
    }

    [Fact]
    public void Import_Dprk_HasTheLettersParts()
    {
        var letter = Imported.Letter;
        Assert.Equal(Dataset.Salutation, letter.Salutation);
        Assert.Equal(Dataset.Closing, letter.Closing);
        Assert.Equal(Dataset.Valediction, letter.Valediction);
        Assert.Equal(Dataset.Body.Select(p => p.Text), letter.Body.Select(p => p.Text));
    }

    [Fact]
    public void Import_Dprk_IsValid()
    {
        Assert.True(Imported.IsValid, string.Join("\n", Imported.Errors));
    }

    [Fact]
    public void Import_Dprk_DemandsPointAtTheirParagraphs()
    {
        foreach (var demand in Imported.Letter.Demands)
        {
            var paragraph = Imported.Letter.Body.Single(p => p.Id == demand.Paragraph);
            Assert.Contains(demand.Text, paragraph.Text, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(demand.Summary));
        }
    }
}
