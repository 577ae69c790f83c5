using System.Globalization;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>A partial date in words, day first: "8 September 2011", "September 2011", "2011" (English month names).</summary>
internal static class HumanDate
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string Format(PartialDate date)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return (date.Month, date.Day) switch
        {
            ({ } month, { } day) => $"{day.ToString(CultureInfo.InvariantCulture)} {Months[month - 1]} {year}",
            ({ } month, null) => $"{Months[month - 1]} {year}",
            _ => year,
        };
    }
}
