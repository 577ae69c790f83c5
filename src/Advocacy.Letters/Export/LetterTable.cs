using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Advocacy.Letters.Export.Internal;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Export;

/// <summary>
/// One of the relational tables a letter is flattened into for CSV, Parquet and SQL engines: <c>letters</c>,
/// <c>addressees</c>, <c>positions</c>, <c>paragraphs</c>, <c>demands</c>, <c>signatories</c>, <c>events</c>,
/// <c>responses</c>, <c>dispositions</c> and <c>sources</c>.
/// </summary>
/// <remarks>
/// <para>Keys: every row carries its letter's id (<c>letter_id</c>) and its own 0-based index in the list it comes
/// from (<c>signatory_index</c>: the same numbers as the JSON Pointer <c>/signatories/3</c>); a row that points to
/// another row carries that row's id or index (<c>demands.paragraph_id</c>, <c>positions.addressee_index</c>,
/// <c>dispositions.response_id</c> and <c>demand_id</c>, <c>responses.addressee_ids</c>). <c>letters.letter_index</c> is the letter's place in the
/// export.</para>
/// <para>A partial date becomes three columns: the date as recorded (<c>2011-09</c>, text) and the first and last
/// day it may stand for (<c>date_earliest</c>, <c>date_latest</c>, dates), so that engines can sort and compare it.
/// Enumerations are written with their JSON names (<c>refused-to-engage</c>). A list of words or ids (a demand's
/// <c>themes</c>, an event's <c>source_ids</c>, a response's <c>addressee_ids</c>, an addressee's <c>other_names</c> and <c>address_lines</c>) is one
/// cell holding a JSON array, which DuckDB, Spark and BigQuery can parse.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class LetterTable
{
    private readonly Func<Letter, int, IEnumerable<object?[]>> rows;

    private LetterTable(string name, ImmutableArray<LetterColumn> columns, Func<Letter, int, IEnumerable<object?[]>> rows)
    {
        Name = name;
        Columns = columns;
        this.rows = rows;
    }

    /// <summary>Gets the <c>letters</c> table: one row per letter.</summary>
    public static LetterTable Letters { get; } = new("letters", TableRows.LetterColumns, TableRows.Letters);

    /// <summary>Gets the <c>addressees</c> table: one row per addressee.</summary>
    public static LetterTable Addressees { get; } = new("addressees", TableRows.AddresseeColumns, TableRows.Addressees);

    /// <summary>Gets the <c>positions</c> table: one row per office an addressee holds or held.</summary>
    public static LetterTable Positions { get; } = new("positions", TableRows.PositionColumns, TableRows.Positions);

    /// <summary>Gets the <c>paragraphs</c> table: one row per body paragraph.</summary>
    public static LetterTable Paragraphs { get; } = new("paragraphs", TableRows.ParagraphColumns, TableRows.Paragraphs);

    /// <summary>Gets the <c>demands</c> table: one row per demand.</summary>
    public static LetterTable Demands { get; } = new("demands", TableRows.DemandColumns, TableRows.Demands);

    /// <summary>Gets the <c>signatories</c> table: one row per signatory.</summary>
    public static LetterTable Signatories { get; } = new("signatories", TableRows.SignatoryColumns, TableRows.Signatories);

    /// <summary>Gets the <c>events</c> table: one row per event.</summary>
    public static LetterTable Events { get; } = new("events", TableRows.EventColumns, TableRows.Events);

    /// <summary>Gets the <c>responses</c> table: one row per response.</summary>
    public static LetterTable Responses { get; } = new("responses", TableRows.ResponseColumns, TableRows.Responses);

    /// <summary>Gets the <c>dispositions</c> table: one row per thing a response said or did about a demand.</summary>
    public static LetterTable Dispositions { get; } = new("dispositions", TableRows.DispositionColumns, TableRows.Dispositions);

    /// <summary>Gets the <c>sources</c> table: one row per source.</summary>
    public static LetterTable Sources { get; } = new("sources", TableRows.SourceColumns, TableRows.Sources);

    /// <summary>Gets every table, in the order above (the order of the files an export writes).</summary>
    public static ImmutableArray<LetterTable> All { get; } =
        [Letters, Addressees, Positions, Paragraphs, Demands, Signatories, Events, Responses, Dispositions, Sources];

    /// <summary>Gets the table's name (<c>signatories</c>), which is also its file name without extension.</summary>
    public string Name { get; }

    /// <summary>Gets the table's columns, in order.</summary>
    public ImmutableArray<LetterColumn> Columns { get; }

    /// <summary>Gets the rows <paramref name="letter"/> contributes to this table.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="letterIndex">The letter's 0-based place in the export, written in <c>letters.letter_index</c>.</param>
    /// <returns>
    /// The rows, each one value per column in <see cref="Columns"/> order: a <see cref="string"/>, an <see cref="int"/>,
    /// a <see cref="NodaTime.LocalDate"/> or <see langword="null"/>, as the column's <see cref="LetterColumn.Type"/> says.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="letterIndex"/> is negative.</exception>
    /// <exception cref="LetterJsonException">The letter cannot be written as it is (a <see langword="null"/> where a value is required); the pointer says where. Checked before the first row.</exception>
    public IEnumerable<object?[]> GetRows(Letter letter, int letterIndex)
    {
        LetterJson.EnsureWritable(letter);
        if (letterIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(letterIndex), letterIndex, "The index must not be negative.");
        }

        return rows(letter, letterIndex);
    }

    /// <summary>Gets the rows <paramref name="letter"/> contributes to every table, after one contract check.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="letterIndex">The letter's 0-based place in the export, written in <c>letters.letter_index</c>.</param>
    /// <returns>The rows for each table, in <see cref="All"/> order, each as <see cref="GetRows"/> gives them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="letterIndex"/> is negative.</exception>
    /// <exception cref="LetterJsonException">The letter cannot be written as it is; the pointer says where. Checked before the first row.</exception>
    public static ImmutableArray<IEnumerable<object?[]>> GetRowsOfEveryTable(Letter letter, int letterIndex)
    {
        LetterJson.EnsureWritable(letter);
        if (letterIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(letterIndex), letterIndex, "The index must not be negative.");
        }

        var builder = ImmutableArray.CreateBuilder<IEnumerable<object?[]>>(All.Length);
        foreach (var table in All)
        {
            builder.Add(table.rows(letter, letterIndex));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The rows of a letter that <see cref="LetterJson.EnsureWritable"/> has already accepted.</summary>
    internal IEnumerable<object?[]> RowsOfCheckedLetter(Letter letter, int letterIndex) => rows(letter, letterIndex);

    /// <summary>Returns the table's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
