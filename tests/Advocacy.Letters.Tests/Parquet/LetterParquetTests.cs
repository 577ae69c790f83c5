using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Export;
using Advocacy.Letters.Parquet;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Export;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Parquet;

public sealed class LetterParquetTests
{
    [Fact]
    public async Task WriteFolderAsync_Dprk2011_SchemaAndRowsAsDuckDbReadsThem()
    {
        var folder = ExportFixtures.TempPath();
        try
        {
            Assert.Equal(1, await LetterParquet.WriteFolderAsync([SampleLetters.Dprk2011], folder, cancellationToken: TestContext.Current.CancellationToken));
            using var db = DuckDb.OpenParquet(folder);
            var all = new StringBuilder();
            foreach (var table in LetterTable.All)
            {
                all.Append("== ").Append(table.Name).Append(".parquet\n");
                all.Append(db.Text($"SELECT column_name, column_type, \"null\" FROM (DESCRIBE {table.Name})")).Append("\n--\n");
                all.Append(db.Text($"SELECT * FROM {table.Name}")).Append('\n');
            }

            Snapshot.Verify(all.ToString(), "txt");
        }
        finally
        {
            LetterCsvTests.Delete(folder);
        }
    }

    [Fact]
    public async Task WriteFolderAsync_HostileNames_ReadBackExactly()
    {
        var folder = ExportFixtures.TempPath();
        try
        {
            await LetterParquet.WriteFolderAsync([ExportFixtures.Hostile], folder, cancellationToken: TestContext.Current.CancellationToken);
            using var db = DuckDb.OpenParquet(folder);
            var names = db.Query("SELECT name FROM signatories ORDER BY signatory_index").Select(r => r[0]);
            Assert.Equal(ExportFixtures.Hostile.Signatories.Select(s => s.Name), names);
            Assert.Equal(ExportFixtures.HostileName, db.Query("SELECT title FROM letters")[0][0]);
        }
        finally
        {
            LetterCsvTests.Delete(folder);
        }
    }

    [Fact]
    public async Task WriteFolderAsync_Corpus_RowGroupsOfTheGivenSize()
    {
        var folder = ExportFixtures.TempPath();
        var corpus = ExportFixtures.Corpus(60);
        try
        {
            await LetterParquet.WriteFolderAsync(LetterCsvTests.ToAsync(corpus), folder, rowGroupSize: 50, cancellationToken: TestContext.Current.CancellationToken);
            using var db = DuckDb.OpenParquet(folder);
            var file = Path.Combine(folder, "signatories.parquet");
            var groups = db.Query($"SELECT row_group_id, max(row_group_num_rows) FROM parquet_metadata('{file}') GROUP BY row_group_id ORDER BY row_group_id");
            var total = corpus.Sum(l => l.Signatories.Length);
            Assert.True(groups.Count > 1, "a corpus is written in several row groups");
            Assert.Equal(total, groups.Sum(g => int.Parse(g[1], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), db.Query("SELECT count(*) FROM signatories")[0][0]);
        }
        finally
        {
            LetterCsvTests.Delete(folder);
        }
    }

    [Fact]
    public async Task WriteFolderAsync_NullInLetter_RefusedAndNothingOnDisk()
    {
        var folder = ExportFixtures.TempPath();
        var error = await Assert.ThrowsAsync<LetterJsonException>(() =>
            LetterParquet.WriteFolderAsync([SampleLetters.Dprk2011, ExportFixtures.WithNullSignatory], folder, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("/signatories/2", error.Pointer);
        Assert.False(Directory.Exists(folder));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + "*"));
    }

    [Fact]
    public async Task WriteFolderAsync_ExistingFolder_Refused()
    {
        var folder = ExportFixtures.TempPath();
        Directory.CreateDirectory(folder);
        try
        {
            await Assert.ThrowsAsync<IOException>(() => LetterParquet.WriteFolderAsync([SampleLetters.Dprk2011], folder, cancellationToken: TestContext.Current.CancellationToken));
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            LetterCsvTests.Delete(folder);
        }
    }

    [Fact]
    public async Task WriteFolderAsync_RowGroupSizeZero_Throws() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            LetterParquet.WriteFolderAsync([SampleLetters.Dprk2011], ExportFixtures.TempPath(), rowGroupSize: 0, cancellationToken: TestContext.Current.CancellationToken));
}
