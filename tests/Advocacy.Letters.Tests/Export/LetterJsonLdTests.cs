using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Advocacy.Letters.Export;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Export;

public sealed class LetterJsonLdTests
{
    [Fact]
    public void ToJsonLd_Dprk2011_AsVerified() =>
        Snapshot.Verify(LetterJsonLd.ToJsonLd(SampleLetters.Dprk2011), "jsonld");

    [Fact]
    public void Write_Corpus_OneGraphWithAMessagePerLetter()
    {
        using var buffer = new MemoryStream();
        Assert.Equal(2, LetterJsonLd.Write([SampleLetters.Dprk2011, ExportFixtures.Hostile], buffer));
        using var document = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal("https://schema.org/", document.RootElement.GetProperty("@context").GetProperty("@vocab").GetString());
        var graph = document.RootElement.GetProperty("@graph").EnumerateArray().ToArray();
        Assert.Equal(2, graph.Length);
        Assert.All(graph, node => Assert.Equal("Message", node.GetProperty("@type").GetString()));
    }

    [Fact]
    public void ToJsonLd_HostileNames_AreJsonStringsEqualToTheModel_AndSafeInsideScript()
    {
        var text = LetterJsonLd.ToJsonLd(ExportFixtures.Hostile);

        // Embedded in <script type="application/ld+json">, nothing can close the element or open a comment.
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", text, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal(ExportFixtures.HostileName, root.GetProperty("name").GetString());
        var senders = root.GetProperty("sender").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToArray();
        Assert.Equal(ExportFixtures.Hostile.Signatories.Select(s => s.Name), senders);
        var recipient = root.GetProperty("recipient")[0].GetProperty("recipient");
        Assert.Equal(ExportFixtures.HostileName, recipient.GetProperty("name").GetString());
        Assert.Equal("\"Mr\" <b>", recipient.GetProperty("honorificPrefix").GetString());
    }

    [Fact]
    public void Write_NullInLetter_RefusedBeforeAnyByte()
    {
        using var buffer = new MemoryStream();
        var error = Assert.Throws<LetterJsonException>(() => LetterJsonLd.Write(ExportFixtures.WithNullSignatory, buffer));
        Assert.Equal("/signatories/2", error.Pointer);
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void WriteFile_NullInCorpus_NothingOnDisk()
    {
        var path = ExportFixtures.TempPath() + ".jsonld";
        Assert.Throws<LetterJsonException>(() => LetterJsonLd.WriteFile([SampleLetters.Dprk2011, ExportFixtures.WithNullSignatory], path));
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "*"));
    }

    [Fact]
    public async Task WriteFileAsync_ExistingFile_RefusedUnlessOverwrite()
    {
        var path = ExportFixtures.TempPath() + ".jsonld";
        File.WriteAllText(path, "mine");
        try
        {
            await Assert.ThrowsAsync<IOException>(() => LetterJsonLd.WriteFileAsync(LetterCsvTests.ToAsync([SampleLetters.Dprk2011]), path, cancellationToken: TestContext.Current.CancellationToken));
            Assert.Equal("mine", File.ReadAllText(path));
            await LetterJsonLd.WriteFileAsync(LetterCsvTests.ToAsync([SampleLetters.Dprk2011]), path, overwrite: true, TestContext.Current.CancellationToken);
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            Assert.Single(document.RootElement.GetProperty("@graph").EnumerateArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
