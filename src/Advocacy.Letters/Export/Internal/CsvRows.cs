using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Advocacy.Letters.Export.Internal;

/// <summary>
/// Formats rows as RFC 4180 records. The framework suffices: the format is quoting and doubled quotes, and the core
/// package takes no dependency for that (a CSV library would be a second dependency of every user's app).
/// </summary>
internal static class CsvRows
{
    /// <summary>The record separator RFC 4180 prescribes.</summary>
    public const string RecordEnd = "\r\n";

    /// <summary>The mark put before a text cell a spreadsheet would evaluate as a formula (OWASP's advice).</summary>
    public const char FormulaGuard = '\'';

    public static string Header(ImmutableArray<LetterColumn> columns)
    {
        var line = new StringBuilder();
        for (var i = 0; i < columns.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(columns[i].Name);
        }

        return line.Append(RecordEnd).ToString();
    }

    public static string Record(object?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendCell(line, values[i]);
        }

        return line.Append(RecordEnd).ToString();
    }

    /// <summary>
    /// Neutralises a text cell that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab,
    /// carriage return) by putting an apostrophe before it. A cell that already starts with an apostrophe gets one
    /// too, so a reader recovers the exact text by removing one leading apostrophe wherever there is one.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or FormulaGuard ? FormulaGuard + text : text;

    private static void AppendCell(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null:
                // Nothing between the commas: a missing value (DuckDB reads NULL). An empty text is "" instead.
                break;
            case int number:
                // Numbers and dates are written as plain values and never guarded, so they stay numbers and dates.
                line.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case LocalDate date:
                line.Append(LocalDatePattern.Iso.Format(date));
                break;
            case string text:
                AppendText(line, Neutralise(text));
                break;
            default:
                throw new System.InvalidOperationException("Unexpected cell value " + value.GetType().Name);
        }
    }

    private static void AppendText(StringBuilder line, string text)
    {
        if (text.Length > 0 && text.IndexOfAny(['"', ',', '\r', '\n']) < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
    }
}
