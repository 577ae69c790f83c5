namespace Advocacy.Letters.Export;

/// <summary>The kind of value a column of a <see cref="LetterTable"/> holds.</summary>
public enum LetterColumnType
{
    /// <summary>Text: a <see cref="string"/>.</summary>
    Text,

    /// <summary>A whole number: an <see cref="int"/>, such as a row's index.</summary>
    Integer,

    /// <summary>A calendar day: a NodaTime <see cref="NodaTime.LocalDate"/>, such as the first day of a partial date.</summary>
    Date,
}
