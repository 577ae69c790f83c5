using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using Advocacy.Letters.Export;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests.Export;

public sealed class LetterTeiTests
{
    internal static readonly LetterTeiOptions Header = new()
    {
        Url = "https://letters.example/cmif.xml",
        PublicationDate = new LocalDate(2026, 11, 28),
    };

    private static readonly XNamespace Tei = LetterTei.Namespace;

    [Fact]
    public void Write_Dprk2011_AsVerified() => Snapshot.Verify(ToText([SampleLetters.Dprk2011]), "xml");

    [Fact]
    public void Write_Corpus_OneCorrespDescPerLetter()
    {
        var document = XDocument.Parse(ToText([SampleLetters.Dprk2011, ExportFixtures.Hostile, .. ExportFixtures.Corpus(5)]));
        Assert.Equal(7, document.Descendants(Tei + "correspDesc").Count());
    }

    [Fact]
    public void Write_Dprk2011_EverySignatorySentAndAddresseeReceived()
    {
        var document = XDocument.Parse(ToText([SampleLetters.Dprk2011]));
        var desc = document.Descendants(Tei + "correspDesc").Single();
        var sent = desc.Elements(Tei + "correspAction").Single(a => (string?)a.Attribute("type") == "sent");
        Assert.Equal(SampleLetters.Dprk2011.Signatories.Select(s => s.Name), sent.Elements().Where(e => e.Name.LocalName is "orgName" or "persName").Select(e => e.Value));
        Assert.Equal("2011-09-08", (string?)sent.Element(Tei + "date")?.Attribute("when"));
        Assert.Equal("Tokyo", sent.Element(Tei + "placeName")?.Value);
        var received = desc.Elements(Tei + "correspAction").Single(a => (string?)a.Attribute("type") == "received");
        Assert.Equal("Kim Jong-il", received.Element(Tei + "persName")?.Value);
        Assert.Equal("2011-10-06", (string?)received.Element(Tei + "date")?.Attribute("when"));
        Assert.Equal(SampleLetters.Dprk2011.Sources[0].Url, (string?)desc.Attribute("ref"));
    }

    [Fact]
    public void Write_PartialDate_AsWhen()
    {
        var letter = SampleLetters.Dprk2011 with { Date = PartialDate.Parse("2011-09") };
        var document = XDocument.Parse(ToText([letter]));
        Assert.Equal("2011-09", (string?)document.Descendants(Tei + "date").Skip(1).First().Attribute("when"));
    }

    [Fact]
    public void Write_HostileNames_AreTextNeverMarkup()
    {
        var text = ToText([ExportFixtures.Hostile]);
        var document = XDocument.Parse(text);

        // No element but those the writer makes: markup in a name stayed text.
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "img" or "b");
        Assert.Empty(document.DescendantNodes().OfType<XComment>());
        var sent = document.Descendants(Tei + "correspAction").First();
        Assert.Equal(ExportFixtures.Hostile.Signatories.Select(s => s.Name.Replace("\r", "\n", StringComparison.Ordinal)),
            sent.Elements().Where(e => e.Name.LocalName is "orgName" or "persName").Select(e => e.Value.Replace("\r", "\n", StringComparison.Ordinal)));
        Assert.Equal("]]><!-- -->", sent.Element(Tei + "placeName")?.Value);
        Assert.Contains("\U0001F600", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ControlCharacter_BecomesReplacementCharacter()
    {
        var letter = SampleLetters.Dprk2011 with { Place = "To\u0001kyo" };
        var document = XDocument.Parse(ToText([letter]));
        Assert.Equal("To\uFFFDkyo", document.Descendants(Tei + "placeName").First().Value);
    }

    [Fact]
    public void Write_NullInLetter_RefusedBeforeAnyByteOfIt()
    {
        using var buffer = new MemoryStream();
        var error = Assert.Throws<LetterJsonException>(() => LetterTei.Write([ExportFixtures.WithNullSignatory], buffer, Header));
        Assert.Equal("/signatories/2", error.Pointer);
        Assert.DoesNotContain("correspDesc", Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteFileAsync_NullInCorpus_NothingOnDisk()
    {
        var path = ExportFixtures.TempPath() + ".xml";
        await Assert.ThrowsAsync<LetterJsonException>(() =>
            LetterTei.WriteFileAsync(LetterCsvTests.ToAsync([SampleLetters.Dprk2011, ExportFixtures.WithNullSignatory]), path, Header, cancellationToken: TestContext.Current.CancellationToken));
        Assert.False(File.Exists(path));
    }

    internal static string ToText(Letter[] letters)
    {
        using var buffer = new MemoryStream();
        LetterTei.Write(letters, buffer, Header);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
