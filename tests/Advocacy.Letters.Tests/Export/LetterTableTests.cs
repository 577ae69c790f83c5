using System.Linq;
using Advocacy.Letters.Export;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests.Export;

public sealed class LetterTableTests
{
    [Fact]
    public void All_TheTenTablesOfTheIssue_InOrder() =>
        Assert.Equal(
            ["letters", "addressees", "positions", "paragraphs", "demands", "signatories", "events", "responses", "dispositions", "sources"],
            LetterTable.All.Select(t => t.Name));

    [Fact]
    public void GetRows_EveryRow_MatchesItsColumns()
    {
        foreach (var letter in new[] { SampleLetters.Dprk2011, ExportFixtures.Hostile }.Concat(ExportFixtures.Corpus(20)))
        {
            foreach (var table in LetterTable.All)
            {
                foreach (var row in table.GetRows(letter, 7))
                {
                    Assert.Equal(table.Columns.Length, row.Length);
                    for (var i = 0; i < row.Length; i++)
                    {
                        var column = table.Columns[i];
                        if (row[i] is null)
                        {
                            Assert.True(column.IsNullable, $"{table.Name}.{column.Name} is null");
                            continue;
                        }

                        Assert.IsType(column.Type switch
                        {
                            LetterColumnType.Integer => typeof(int),
                            LetterColumnType.Date => typeof(LocalDate),
                            _ => typeof(string),
                        }, row[i]);
                    }
                }
            }
        }
    }

    [Fact]
    public void GetRows_EveryTable_StartsWithTheLetterKeyAndOwnIndex()
    {
        foreach (var table in LetterTable.All)
        {
            var names = table.Columns.Select(c => c.Name).ToArray();
            Assert.Contains("letter_id", names);
            Assert.Contains(names, n => n.EndsWith("_index", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void GetRows_Dprk2011_CountsMatchTheModel()
    {
        var dprk = SampleLetters.Dprk2011;
        Assert.Equal(dprk.Signatories.Length, LetterTable.Signatories.GetRows(dprk, 0).Count());
        Assert.Equal(dprk.Responses.Sum(r => r.Dispositions.Length), LetterTable.Dispositions.GetRows(dprk, 0).Count());
        Assert.Equal(dprk.Addressees.Sum(a => a.Positions.Length), LetterTable.Positions.GetRows(dprk, 0).Count());
        var letterRow = Assert.Single(LetterTable.Letters.GetRows(dprk, 3));
        Assert.Equal(3, letterRow[0]);
    }

    [Fact]
    public void GetRows_NullInLetter_Refused()
    {
        Assert.Throws<Advocacy.Letters.Serialization.LetterJsonException>(() => LetterTable.Letters.GetRows(ExportFixtures.WithNullSignatory, 0));
        Assert.Throws<Advocacy.Letters.Serialization.LetterJsonException>(() => LetterTable.GetRowsOfEveryTable(ExportFixtures.WithNullSignatory, 0));
    }
}
