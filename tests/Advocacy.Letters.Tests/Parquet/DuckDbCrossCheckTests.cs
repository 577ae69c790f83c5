using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Advocacy.Letters.Export;
using Advocacy.Letters.Parquet;
using Advocacy.Letters.Tests.Export;
using Advocacy.Letters.Tracking;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests.Parquet;

/// <summary>
/// DuckDB reads the CSV and the Parquet export of a generated corpus; its counts and joins must equal what the
/// library computes from the model.
/// </summary>
public sealed class DuckDbCrossCheckTests : IAsyncLifetime
{
    private static readonly ImmutableArray<Letter> Corpus = ExportFixtures.Corpus(300);

    private readonly string csv = ExportFixtures.TempPath();
    private readonly string parquet = ExportFixtures.TempPath();

    public async ValueTask InitializeAsync()
    {
        LetterCsv.WriteFolder(Corpus, csv);
        await LetterParquet.WriteFolderAsync(Corpus, parquet, rowGroupSize: 500);
    }

    public ValueTask DisposeAsync()
    {
        LetterCsvTests.Delete(csv);
        LetterCsvTests.Delete(parquet);
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void SignatoriesPerCountry_EqualTheModel(string format)
    {
        using var db = Open(format);
        var actual = db.Query("SELECT coalesce(country, '-'), count(*) FROM signatories GROUP BY 1 ORDER BY 1");
        var expected = Corpus.SelectMany(l => l.Signatories)
            .GroupBy(s => s.Country ?? "-")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[] { g.Key, Count(g.Count()) });
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void TopCoSigningPairs_EqualTheModel(string format)
    {
        using var db = Open(format);
        var actual = db.Query("""
            SELECT a.name, b.name, count(*) AS letters
            FROM signatories a JOIN signatories b ON a.letter_id = b.letter_id AND a.name < b.name
            GROUP BY a.name, b.name
            ORDER BY letters DESC, a.name, b.name
            LIMIT 10
            """);
        var expected = Corpus
            .SelectMany(l => l.Signatories.SelectMany(a => l.Signatories.Where(b => string.CompareOrdinal(a.Name, b.Name) < 0).Select(b => (A: a.Name, B: b.Name))))
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.A, StringComparer.Ordinal).ThenBy(g => g.Key.B, StringComparer.Ordinal)
            .Take(10)
            .Select(g => new[] { g.Key.A, g.Key.B, Count(g.Count()) });
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void CurrentStatusOfEachDemand_EqualsTheModel(string format)
    {
        using var db = Open(format);

        // LetterTracker's rule: the latest disposition by response date; partial dates by their span (first day,
        // then last); ties by document order (the later response wins).
        var actual = db.Query("""
            SELECT letter_id, demand_id, status FROM (
              SELECT d.letter_id, d.demand_id, d.status,
                     row_number() OVER (PARTITION BY d.letter_id, d.demand_id
                                        ORDER BY r.date_earliest DESC, r.date_latest DESC, r.response_index DESC) AS latest
              FROM dispositions d JOIN responses r ON r.letter_id = d.letter_id AND r.response_id = d.response_id)
            WHERE latest = 1
            ORDER BY letter_id, demand_id
            """);
        var expected = Corpus
            .SelectMany(l => l.Demands.Select(d => (Letter: l, Demand: d.Id)))
            .Select(x => (x.Letter.Id, x.Demand, Status: CurrentStatus(x.Letter, x.Demand)))
            .Where(x => x.Status is not null)
            .OrderBy(x => x.Id, StringComparer.Ordinal).ThenBy(x => x.Demand, StringComparer.Ordinal)
            .Select(x => new[] { x.Id, x.Demand, x.Status! });
        Assert.Equal(expected, actual);
        Assert.True(actual.Count > 100, "the corpus has statuses to compare");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void EveryTable_RowCountsEqualTheModel(string format)
    {
        using var db = Open(format);
        foreach (var table in LetterTable.All)
        {
            var expected = Corpus.Select((l, i) => table.GetRows(l, i).Count()).Sum();
            Assert.Equal(Count(expected), db.Query($"SELECT count(*) FROM {table.Name}")[0][0]);
        }
    }

    /// <summary>The library's answer for one demand: the tracking API, with every response on record.</summary>
    private static string? CurrentStatus(Letter letter, string demand)
    {
        var status = LetterTracker.Track(letter, new LocalDate(9999, 12, 31)).Demands.Single(d => d.Demand.Id == demand).Status;
        return status is { } known ? Advocacy.Letters.Internal.EnumNames<DispositionStatus>.NameOf(known) : null;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private DuckDb Open(string format) => format == "csv" ? DuckDb.OpenCsv(csv) : DuckDb.OpenParquet(parquet);
}
