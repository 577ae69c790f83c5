using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Advocacy.Letters.Export;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace Advocacy.Letters.Parquet.Internal;

/// <summary>
/// The rows of one table waiting for their row group: one list per column, written and emptied by
/// <see cref="WriteRowGroupAsync"/>, so that memory holds at most one row group per table.
/// </summary>
internal sealed class TableBuffer
{
    private readonly LetterTable table;
    private readonly DataField[] fields;
    private readonly List<string?>[] texts;
    private readonly List<int>[] integers;
    private readonly List<DateOnly?>[] dates;

    public TableBuffer(LetterTable table)
    {
        this.table = table;
        var columns = table.Columns;
        fields = new DataField[columns.Length];
        texts = new List<string?>[columns.Length];
        integers = new List<int>[columns.Length];
        dates = new List<DateOnly?>[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            fields[i] = column.Type switch
            {
                LetterColumnType.Integer => new DataField<int>(column.Name),
                LetterColumnType.Date when column.IsNullable => new DataField<DateOnly?>(column.Name),
                LetterColumnType.Date => new DataField<DateOnly>(column.Name),
                _ => new DataField<string>(column.Name, column.IsNullable),
            };
            switch (column.Type)
            {
                case LetterColumnType.Integer:
                    integers[i] = [];
                    break;
                case LetterColumnType.Date:
                    dates[i] = [];
                    break;
                default:
                    texts[i] = [];
                    break;
            }
        }

        Schema = new ParquetSchema(fields);
    }

    public ParquetSchema Schema { get; }

    public int Rows { get; private set; }

    public void Add(object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            switch (row[i])
            {
                case int number:
                    integers[i].Add(number);
                    break;
                case LocalDate date:
                    dates[i].Add(date.ToDateOnly());
                    break;
                case null when dates[i] is not null:
                    dates[i].Add(null);
                    break;
                default:
                    texts[i].Add((string?)row[i]);
                    break;
            }
        }

        Rows++;
    }

    public async Task WriteRowGroupAsync(ParquetWriter writer)
    {
        using (var group = writer.CreateRowGroup())
        {
            for (var i = 0; i < fields.Length; i++)
            {
                switch (table.Columns[i].Type)
                {
                    case LetterColumnType.Integer:
                        await group.WriteAsync<int>(fields[i], integers[i].ToArray()).ConfigureAwait(false);
                        integers[i].Clear();
                        break;
                    case LetterColumnType.Date when table.Columns[i].IsNullable:
                        await group.WriteAsync<DateOnly>(fields[i], dates[i].ToArray()).ConfigureAwait(false);
                        dates[i].Clear();
                        break;
                    case LetterColumnType.Date:
                        await group.WriteAsync<DateOnly>(fields[i], dates[i].Select(d => d!.Value).ToArray()).ConfigureAwait(false);
                        dates[i].Clear();
                        break;
                    default:
                        await group.WriteAsync(fields[i], texts[i]!).ConfigureAwait(false);
                        texts[i].Clear();
                        break;
                }
            }
        }

        Rows = 0;
    }
}
