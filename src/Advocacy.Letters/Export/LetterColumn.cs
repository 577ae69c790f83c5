namespace Advocacy.Letters.Export;

/// <summary>One column of a <see cref="LetterTable"/>: its name, the kind of value it holds and whether it may be empty.</summary>
public sealed record LetterColumn
{
    /// <summary>Gets the column's name, in snake case (<c>letter_id</c>), as it appears in a CSV header or a Parquet schema.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind of value the column holds.</summary>
    public required LetterColumnType Type { get; init; }

    /// <summary>Gets whether a row may leave the column empty (<see langword="null"/>).</summary>
    public required bool IsNullable { get; init; }
}
