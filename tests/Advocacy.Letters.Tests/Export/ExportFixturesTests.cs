using System.IO;
using System.Linq;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Export;

/// <summary>
/// The letters the export checks in <c>.ci/export-check</c> (xmllint, jsonld) read are the fixtures of these tests,
/// committed as files: these tests keep the files equal to them.
/// </summary>
public sealed class ExportFixturesTests
{
    [Fact]
    public void HostileLetterFile_IsTheHostileFixture() =>
        Snapshot.Verify(LetterJson.ToJson(ExportFixtures.Hostile), "json", "Fixtures_hostile-letter");

    [Fact]
    public void CorpusFile_IsTheGeneratedCorpusWithTheSampleAndHostileLetters()
    {
        using var buffer = new MemoryStream();
        LetterJsonLines.Write([SampleLetters.Dprk2011, ExportFixtures.Hostile, .. ExportFixtures.Corpus(20)], buffer, TestContext.Current.CancellationToken);
        Snapshot.Verify(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), "jsonl", "Fixtures_corpus");
    }
}
