namespace Advocacy.Letters;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known: <c>2011</c>.</summary>
    Year,

    /// <summary>The year and month are known: <c>2011-09</c>.</summary>
    Month,

    /// <summary>The full calendar date is known: <c>2011-09-08</c>.</summary>
    Day,
}
