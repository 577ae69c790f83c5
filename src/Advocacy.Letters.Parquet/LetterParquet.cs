using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Export;
using Advocacy.Letters.Export.Internal;
using Advocacy.Letters.Parquet.Internal;
using Advocacy.Letters.Serialization;
using Parquet;

namespace Advocacy.Letters.Parquet;

/// <summary>
/// Exports letters as Apache Parquet files, one per <see cref="LetterTable"/> (<c>letters.parquet</c>,
/// <c>signatories.parquet</c>, …) in an output folder, for DuckDB, Spark, BigQuery and other engines.
/// </summary>
/// <remarks>
/// <para>The tables, their columns and keys are those of <see cref="LetterTable"/>, the same as the CSV export's:
/// text columns are UTF-8 strings (<c>BYTE_ARRAY</c>, <c>STRING</c>), indexes 32-bit integers, the first and last
/// day of each partial date Parquet <c>DATE</c>s. A column that may be empty is optional, the others required. Text
/// is written exactly as in the model: Parquet is data, not a spreadsheet, so no formula guard is added.</para>
/// <para>Memory stays bounded: each letter's rows go into a buffer per table, and a buffer is written as a row group
/// once it holds <c>rowGroupSize</c> rows. Each letter passes the same write-time check as JSON before any row of it
/// is buffered; a letter that fails refuses the whole export, and since the folder is built as a hidden sibling and
/// renamed into place only at the end, nothing partial is left on disk.</para>
/// <para>Parquet.Net is written in managed code but is not trim- or AOT-safe, so this package does not declare
/// itself AOT-compatible; the native build of the <c>letters</c> app leaves it out (see the package readme).</para>
/// </remarks>
public static class LetterParquet
{
    /// <summary>The extension of each table's file: <c>.parquet</c>.</summary>
    public const string FileExtension = ".parquet";

    /// <summary>The number of rows of a table gathered before they are written as one row group: 10,000.</summary>
    public const int DefaultRowGroupSize = 10_000;

    /// <summary>Writes the letters as one Parquet file per table into a new folder.</summary>
    /// <param name="letters">The letters; one letter is <c>[letter]</c>. Enumerated once.</param>
    /// <param name="folder">The folder to create, holding <c>letters.parquet</c> and the other tables.</param>
    /// <param name="overwrite">Whether to replace <paramref name="folder"/> if it exists; otherwise an existing folder is refused.</param>
    /// <param name="rowGroupSize">How many rows of a table make a row group; at least 1.</param>
    /// <param name="cancellationToken">Cancels the export; nothing is left on disk.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="folder"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<int> WriteFolderAsync(IEnumerable<Letter> letters, string folder, bool overwrite = false, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(letters);
        return WriteFolderAsync(ToAsync(letters, cancellationToken), folder, overwrite, rowGroupSize, cancellationToken);
    }

    /// <summary>Writes the letters as one Parquet file per table into a new folder, reading them asynchronously.</summary>
    /// <param name="letters">The letters, read one at a time.</param>
    /// <param name="folder">The folder to create, holding <c>letters.parquet</c> and the other tables.</param>
    /// <param name="overwrite">Whether to replace <paramref name="folder"/> if it exists; otherwise an existing folder is refused.</param>
    /// <param name="rowGroupSize">How many rows of a table make a row group; at least 1.</param>
    /// <param name="cancellationToken">Cancels the export; nothing is left on disk.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="folder"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteFolderAsync(IAsyncEnumerable<Letter> letters, string folder, bool overwrite = false, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        var count = 0;
        await AtomicOutput.WriteFolderAsync(folder, async (temporary, _) =>
        {
            var tables = LetterTable.All;
            var buffers = new TableBuffer[tables.Length];
            var streams = new Stream[tables.Length];
            var writers = new ParquetWriter[tables.Length];
            try
            {
                for (var t = 0; t < tables.Length; t++)
                {
                    buffers[t] = new TableBuffer(tables[t]);
                    streams[t] = temporary.OpenFile(tables[t].Name + FileExtension);
                    writers[t] = await ParquetWriter.CreateAsync(buffers[t].Schema, streams[t], cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                await foreach (var letter in letters.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var rows = LetterTable.GetRowsOfEveryTable(letter, count);
                    for (var t = 0; t < tables.Length; t++)
                    {
                        foreach (var row in rows[t])
                        {
                            buffers[t].Add(row);
                        }

                        if (buffers[t].Rows >= rowGroupSize)
                        {
                            await buffers[t].WriteRowGroupAsync(writers[t]).ConfigureAwait(false);
                        }
                    }

                    count++;
                }

                for (var t = 0; t < tables.Length; t++)
                {
                    if (buffers[t].Rows > 0)
                    {
                        await buffers[t].WriteRowGroupAsync(writers[t]).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                for (var t = 0; t < tables.Length; t++)
                {
                    if (writers[t] is not null)
                    {
                        await writers[t].DisposeAsync().ConfigureAwait(false);
                    }

                    if (streams[t] is not null)
                    {
                        await streams[t].DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
        }, overwrite ? OutputOptions.Replace : OutputOptions.Default, cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async IAsyncEnumerable<Letter> ToAsync(IEnumerable<Letter> letters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var letter in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return letter;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
