using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Export;
using Advocacy.Letters.Export.Internal;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests.Export;

public sealed class LetterCsvTests
{
    [Fact]
    public void WriteFolder_Dprk2011_EveryTableAsVerified()
    {
        var folder = ExportFixtures.TempPath();
        try
        {
            Assert.Equal(1, LetterCsv.WriteFolder([SampleLetters.Dprk2011], folder));
            var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(LetterTable.All.Select(t => t.Name + ".csv").Order(StringComparer.Ordinal), files);

            var all = new StringBuilder();
            foreach (var table in LetterTable.All)
            {
                var bytes = File.ReadAllBytes(Path.Combine(folder, table.Name + ".csv"));
                Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "no byte order mark");
                all.Append("== ").Append(table.Name).Append(".csv\n").Append(Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal));
            }

            Snapshot.Verify(all.ToString(), "txt");
        }
        finally
        {
            Delete(folder);
        }
    }

    [Fact]
    public void WriteTable_Records_EndInCrlfAndHaveOneCellPerColumn()
    {
        foreach (var table in LetterTable.All)
        {
            using var writer = new StringWriter { NewLine = "\n" };
            LetterCsv.WriteTable([SampleLetters.Dprk2011, ExportFixtures.Hostile], table, writer);
            var records = ExportFixtures.ParseCsv(writer.ToString());
            Assert.Equal(table.Columns.Select(c => c.Name), records[0]);
            Assert.All(records, record => Assert.Equal(table.Columns.Length, record.Count));
        }
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'x", "''x")]
    [InlineData("x=1", "x=1")]
    [InlineData(" =1", " =1")]
    [InlineData("", "")]
    public void Neutralise_FormulaPrefixes_GetOneApostrophe(string text, string expected) =>
        Assert.Equal(expected, CsvRows.Neutralise(text));

    [Fact]
    public void Record_NumbersAndDates_AreNeverPrefixed()
    {
        var record = CsvRows.Record([-5, new LocalDate(2011, 9, 8), "-5", null, string.Empty, "a,b", "say \"hi\""]);
        Assert.Equal("-5,2011-09-08,'-5,,\"\",\"a,b\",\"say \"\"hi\"\"\"\r\n", record);
    }

    [Fact]
    public void WriteTable_HostileNames_ReadBackExactlyAfterRemovingTheGuard()
    {
        using var writer = new StringWriter();
        LetterCsv.WriteTable([ExportFixtures.Hostile], LetterTable.Signatories, writer);
        var records = ExportFixtures.ParseCsv(writer.ToString());
        var nameColumn = records[0].IndexOf("name");
        var names = records.Skip(1).Select(r => r[nameColumn]).ToArray();

        // No cell a spreadsheet reads starts with a formula character.
        Assert.All(names, name => Assert.False(name.Length > 0 && name[0] is '=' or '+' or '-' or '@' or '\t' or '\r', name));
        var recovered = names.Select(name => name.StartsWith('\'') ? name[1..] : name);
        Assert.Equal(ExportFixtures.Hostile.Signatories.Select(s => s.Name), recovered);
    }

    [Fact]
    public void WriteFolder_NullInLetter_RefusedAndNothingWritten()
    {
        var folder = ExportFixtures.TempPath();
        var parent = Path.GetDirectoryName(folder)!;

        var error = Assert.Throws<LetterJsonException>(() =>
            LetterCsv.WriteFolder([SampleLetters.Dprk2011, ExportFixtures.WithNullSignatory], folder));

        Assert.Equal("/signatories/2", error.Pointer);
        Assert.False(Directory.Exists(folder));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(parent), e => Path.GetFileName(e).StartsWith("." + Path.GetFileName(folder), StringComparison.Ordinal));
    }

    [Fact]
    public void WriteTable_NullInLetter_RefusedBeforeAnyRowOfIt()
    {
        using var writer = new StringWriter();
        Assert.Throws<LetterJsonException>(() => LetterCsv.WriteTable([ExportFixtures.WithNullSignatory], LetterTable.Letters, writer));
        Assert.Equal(CsvRows.Header(LetterTable.Letters.Columns), writer.ToString());
    }

    [Fact]
    public void WriteFolder_ExistingFolder_RefusedUnlessOverwrite()
    {
        var folder = ExportFixtures.TempPath();
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mine.txt"), "the user's data");
        try
        {
            Assert.Throws<IOException>(() => LetterCsv.WriteFolder([SampleLetters.Dprk2011], folder));
            Assert.True(File.Exists(Path.Combine(folder, "mine.txt")));

            LetterCsv.WriteFolder([SampleLetters.Dprk2011], folder, overwrite: true);
            Assert.False(File.Exists(Path.Combine(folder, "mine.txt")));
            Assert.True(File.Exists(Path.Combine(folder, "letters.csv")));
        }
        finally
        {
            Delete(folder);
        }
    }

    [Fact]
    public void WriteFolder_TargetIsALink_Refused()
    {
        var folder = ExportFixtures.TempPath();
        var elsewhere = ExportFixtures.TempPath();
        Directory.CreateDirectory(elsewhere);
        Directory.CreateSymbolicLink(folder, elsewhere);
        try
        {
            Assert.Throws<IOException>(() => LetterCsv.WriteFolder([SampleLetters.Dprk2011], folder, overwrite: true));
            Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        }
        finally
        {
            Directory.Delete(folder);
            Delete(elsewhere);
        }
    }

    [Fact]
    public async Task WriteFolderAsync_Corpus_SameFilesAsSync()
    {
        var corpus = ExportFixtures.Corpus(25);
        var sync = ExportFixtures.TempPath();
        var async = ExportFixtures.TempPath();
        try
        {
            LetterCsv.WriteFolder(corpus, sync);
            Assert.Equal(25, await LetterCsv.WriteFolderAsync(ToAsync(corpus), async, cancellationToken: TestContext.Current.CancellationToken));
            foreach (var table in LetterTable.All)
            {
                Assert.Equal(File.ReadAllText(Path.Combine(sync, table.Name + ".csv")), File.ReadAllText(Path.Combine(async, table.Name + ".csv")));
            }
        }
        finally
        {
            Delete(sync);
            Delete(async);
        }
    }

    internal static async IAsyncEnumerable<Letter> ToAsync(IEnumerable<Letter> letters)
    {
        foreach (var letter in letters)
        {
            await Task.Yield();
            yield return letter;
        }
    }

    internal static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
