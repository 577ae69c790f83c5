namespace Advocacy.Letters.Import.Internal;

/// <summary>What a column of a table of signatories holds, from its header row.</summary>
internal enum ColumnRole
{
    Unknown,
    Number,
    Name,
    Acronym,
    Country,
    Type,
    Other,
}
