using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Export.Internal;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Export;

/// <summary>
/// Exports letters as CSV tables, one file per <see cref="LetterTable"/> (<c>letters.csv</c>, <c>signatories.csv</c>,
/// …) in an output folder, for spreadsheets and SQL engines.
/// </summary>
/// <remarks>
/// <para>The files follow RFC 4180: UTF-8 without a byte order mark, a header row, records ending in CRLF, a cell
/// quoted when it holds a comma, a quote or a line break, and a quote inside a cell doubled. A missing value is an
/// empty cell; an empty text is <c>""</c>.</para>
/// <para>Formula injection: a text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return, which a spreadsheet would evaluate, is written with an apostrophe before it (<c>'=HYPERLINK(…)</c>), and
/// so is a text cell that starts with an apostrophe; to get the exact text back, remove one leading apostrophe
/// wherever a text cell has one. Integer and date columns are written as plain values (<c>-1</c> stays a number,
/// <c>2011-09-08</c> a date), never prefixed.</para>
/// <para>Letters are read one at a time and their rows written at once, so memory stays bounded for a corpus of any
/// size. Each letter passes the same write-time check as JSON before any row of it is written; a letter that fails
/// (a <see langword="null"/> where a value is required, built in code) refuses the whole export: the folder is built
/// as a hidden sibling and renamed into place only at the end, so nothing partial is left on disk.</para>
/// </remarks>
public static class LetterCsv
{
    /// <summary>The extension of each table's file: <c>.csv</c>.</summary>
    public const string FileExtension = ".csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the letters as one CSV file per table into a new folder.</summary>
    /// <param name="letters">The letters; one letter is <c>[letter]</c>. Enumerated once.</param>
    /// <param name="folder">The folder to create, holding <c>letters.csv</c> and the other tables.</param>
    /// <param name="overwrite">Whether to replace <paramref name="folder"/> if it exists; otherwise an existing folder is refused.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="folder"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static int WriteFolder(IEnumerable<Letter> letters, string folder, bool overwrite = false)
    {
        Guard.NotNull(letters);
        Guard.NotNull(folder);
        var count = 0;
        AtomicOutput.WriteFolder(folder, temporary =>
        {
            var writers = OpenTables(temporary);
            try
            {
                foreach (var letter in letters)
                {
                    LetterJson.EnsureWritable(letter);
                    for (var t = 0; t < writers.Length; t++)
                    {
                        foreach (var row in LetterTable.All[t].RowsOfCheckedLetter(letter, count))
                        {
                            writers[t].Write(CsvRows.Record(row));
                        }
                    }

                    count++;
                }
            }
            finally
            {
                Close(writers);
            }
        }, overwrite ? OutputOptions.Replace : OutputOptions.Default);
        return count;
    }

    /// <summary>Writes the letters as one CSV file per table into a new folder, asynchronously.</summary>
    /// <param name="letters">The letters, read one at a time.</param>
    /// <param name="folder">The folder to create, holding <c>letters.csv</c> and the other tables.</param>
    /// <param name="overwrite">Whether to replace <paramref name="folder"/> if it exists; otherwise an existing folder is refused.</param>
    /// <param name="cancellationToken">Cancels the export; nothing is left on disk.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="folder"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteFolderAsync(IAsyncEnumerable<Letter> letters, string folder, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(folder);
        var count = 0;
        await AtomicOutput.WriteFolderAsync(folder, async (temporary, _) =>
        {
            var writers = OpenTables(temporary);
            try
            {
                await foreach (var letter in letters.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    LetterJson.EnsureWritable(letter);
                    for (var t = 0; t < writers.Length; t++)
                    {
                        foreach (var row in LetterTable.All[t].RowsOfCheckedLetter(letter, count))
                        {
                            await writers[t].WriteAsync(CsvRows.Record(row)).ConfigureAwait(false);
                        }
                    }

                    count++;
                }
            }
            finally
            {
                Close(writers);
            }
        }, overwrite ? OutputOptions.Replace : OutputOptions.Default, cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes one table of the letters as CSV, header first, to a writer.</summary>
    /// <param name="letters">The letters; enumerated once.</param>
    /// <param name="table">The table, such as <see cref="LetterTable.Signatories"/>.</param>
    /// <param name="writer">Where to write; records end in CRLF whatever its <see cref="TextWriter.NewLine"/>. It is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the letters is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. None of its rows is written, but the letters before it are: write to a file with <see cref="WriteFolder"/> to get all or nothing.</exception>
    public static void WriteTable(IEnumerable<Letter> letters, LetterTable table, TextWriter writer)
    {
        Guard.NotNull(letters);
        Guard.NotNull(table);
        Guard.NotNull(writer);
        writer.Write(CsvRows.Header(table.Columns));
        var index = 0;
        foreach (var letter in letters)
        {
            LetterJson.EnsureWritable(letter);
            foreach (var row in table.RowsOfCheckedLetter(letter, index))
            {
                writer.Write(CsvRows.Record(row));
            }

            index++;
        }

        writer.Flush();
    }

    private static StreamWriter[] OpenTables(OutputFolder folder)
    {
        var writers = new StreamWriter[LetterTable.All.Length];
        try
        {
            for (var t = 0; t < writers.Length; t++)
            {
                var table = LetterTable.All[t];
                writers[t] = new StreamWriter(folder.OpenFile(table.Name + FileExtension), Utf8, 65536);
                writers[t].Write(CsvRows.Header(table.Columns));
            }
        }
        catch
        {
            Close(writers);
            throw;
        }

        return writers;
    }

    private static void Close(StreamWriter?[] writers)
    {
        foreach (var writer in writers)
        {
            writer?.Dispose();
        }
    }
}
