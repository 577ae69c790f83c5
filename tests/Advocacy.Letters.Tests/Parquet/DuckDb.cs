using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DuckDB.NET.Data;

namespace Advocacy.Letters.Tests.Parquet;

/// <summary>An in-memory DuckDB with the ten tables of an export as views, read from its CSV or Parquet files.</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection connection = new("Data Source=:memory:");

    private DuckDb(string folder, string format)
    {
        connection.Open();
        foreach (var table in Advocacy.Letters.Export.LetterTable.All)
        {
            var file = System.IO.Path.Combine(folder, table.Name + "." + format).Replace("'", "''", StringComparison.Ordinal);
            var source = format == "parquet" ? $"read_parquet('{file}')" : $"read_csv('{file}', header = true, quote = '\"', escape = '\"')";
            Execute($"CREATE VIEW {table.Name} AS SELECT * FROM {source}");
        }
    }

    public static DuckDb OpenParquet(string folder) => new(folder, "parquet");

    public static DuckDb OpenCsv(string folder) => new(folder, "csv");

    public void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns each row's values as invariant text (<c>NULL</c> for null, dates as ISO).</summary>
    public List<string[]> Query(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
                {
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    var value => value.ToString() ?? string.Empty,
                };
            }

            rows.Add(row);
        }

        return rows;
    }

    public string Text(string sql) => string.Join("\n", Query(sql).Select(row => string.Join(" | ", row)));

    public void Dispose() => connection.Dispose();
}
