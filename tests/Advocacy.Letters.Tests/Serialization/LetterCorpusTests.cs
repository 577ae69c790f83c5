using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Text;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

public sealed class LetterCorpusTests : IDisposable
{
    private static readonly Letter Dprk = SampleLetters.Dprk2011;
    private static readonly Letter Minimal = TestLetters.Minimal;

    private readonly string root = Directory.CreateTempSubdirectory("letters-corpus-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("letters.jsonl")]
    [InlineData("LETTERS.JSONL")]
    [InlineData("letters.json")]
    [InlineData("folder")]
    public void WriteThenRead_EveryForm_RoundTrips(string name)
    {
        var path = Path.Combine(root, name);

        Assert.Equal(2, LetterCorpus.Write([Dprk, Minimal], path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal([Dprk, Minimal], LetterCorpus.Read(path).Select(e => e.Letter));
        Assert.Equal([Dprk, Minimal], LetterCorpus.ReadAsync(path, cancellationToken: TestContext.Current.CancellationToken).ToBlockingEnumerable(TestContext.Current.CancellationToken).Select(e => e.Letter));
    }

    [Fact]
    public void GetForm_ByWhatThePathIs()
    {
        Assert.Equal(LetterCorpusForm.Folder, LetterCorpus.GetForm(root));
        Assert.Equal(LetterCorpusForm.JsonLines, LetterCorpus.GetForm("x.JsonL"));
        Assert.Equal(LetterCorpusForm.Json, LetterCorpus.GetForm("x.json"));
        Assert.Equal(LetterCorpusForm.Json, LetterCorpus.GetForm("-"));
    }

    [Fact]
    public void Read_SingleLetter_IsOneEntry_ReadAsLetterJsonReadsIt()
    {
        var path = Path.Combine(root, "one.json");
        File.WriteAllBytes(path, LetterJson.ToUtf8Bytes(Dprk));
        var bad = Path.Combine(root, "bad.json");
        File.WriteAllText(bad, "  {\"schemaVersion\": \"1.0\", \"x\": 1}");

        var entry = Assert.Single(LetterCorpus.Read(path));
        var error = Assert.Single(LetterCorpus.Read(bad));

        Assert.Equal(Dprk, entry.Letter);
        Assert.Null(entry.Index);
        Assert.Equal(Assert.Throws<LetterJsonException>(() => LetterJson.ReadFile(bad)).Message, error.Message);
    }

    [Theory]
    [InlineData(LetterCorpusForm.Json)]
    [InlineData(LetterCorpusForm.JsonLines)]
    public void Read_Stream_InTheFormGiven(LetterCorpusForm form)
    {
        using var written = new MemoryStream();
        if (form == LetterCorpusForm.Json)
        {
            LetterJsonArray.Write([Minimal, Dprk], written, TestContext.Current.CancellationToken);
        }
        else
        {
            LetterJsonLines.Write([Minimal, Dprk], written, TestContext.Current.CancellationToken);
        }

        var entries = LetterCorpus.Read(new MemoryStream(written.ToArray()), form).ToList();
        var async = LetterCorpus.ReadAsync(new MemoryStream(written.ToArray()), form, cancellationToken: TestContext.Current.CancellationToken).ToBlockingEnumerable(TestContext.Current.CancellationToken).ToList();

        Assert.Equal([Minimal, Dprk], entries.Select(e => e.Letter));
        Assert.Equal([Minimal, Dprk], async.Select(e => e.Letter));
        Assert.Throws<ArgumentException>(() => LetterCorpus.Read(new MemoryStream(), LetterCorpusForm.Folder));
    }

    [Fact]
    public void Read_DevZero_EndsWithinTheSizeLimit()
    {
        var options = new LetterCorpusOptions { ReadOptions = new LetterJsonReadOptions { MaxDocumentBytes = 1024 * 1024 } };

        var entry = Assert.Single(LetterCorpus.Read("/dev/zero", options));

        Assert.Equal("the document is longer than 1,048,576 bytes, the limit set by MaxDocumentBytes", entry.Message);
    }

    [Fact]
    public void Read_Whitespace_ThenArray_IsAnArray()
    {
        var bytes = Encoding.UTF8.GetBytes(new string(' ', 100_000) + "\n" + Encoding.UTF8.GetString(LetterJsonArrayTests.Write(Minimal)));

        var entry = Assert.Single(LetterCorpus.Read(new MemoryStream(bytes), LetterCorpusForm.Json));

        Assert.Equal(Minimal, entry.Letter);
        Assert.Equal(0, entry.Index);
    }

    [Fact]
    public void Write_Existing_IsRefused_AndKept()
    {
        var path = Path.Combine(root, "c.jsonl");
        File.WriteAllText(path, "mine");

        Assert.Throws<OutputExistsException>(() => LetterCorpus.Write([Minimal], path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("mine", File.ReadAllText(path));
    }
}
