using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using NodaTime.TimeZones;

namespace Advocacy.Letters.Internal;

/// <summary>
/// ISO 3166-1 alpha-2 country codes and names, from the country list that NodaTime's embedded TZDB data carries, so
/// that no extra dependency or hand-kept table is needed.
/// </summary>
internal static class IsoCountries
{
    private static readonly FrozenDictionary<string, string> NamesByCode = Load();

    /// <summary>Gets every known code.</summary>
    public static IEnumerable<string> Codes => NamesByCode.Keys;

    /// <summary>Tells whether <paramref name="code"/> is a known code, in upper case.</summary>
    public static bool IsKnown(string code) => NamesByCode.ContainsKey(code);

    /// <summary>Gets the TZDB's English name for <paramref name="code"/> (<c>Korea (North)</c>), or the code itself.</summary>
    public static string NameOf(string code) => NamesByCode.TryGetValue(code, out var name) ? name : code;

    private static FrozenDictionary<string, string> Load()
    {
        var source = TzdbDateTimeZoneSource.Default;
        var names = new Dictionary<string, string>();
        foreach (var location in source.ZoneLocations ?? [])
        {
            names[location.CountryCode] = location.CountryName;
        }

        foreach (var location in source.Zone1970Locations ?? [])
        {
            foreach (var country in location.Countries)
            {
                names.TryAdd(country.Code, country.Name);
            }
        }

        // zone.tab lists only countries with a time zone: the two uninhabited ISO 3166-1 territories have none.
        names.TryAdd("BV", "Bouvet Island");
        names.TryAdd("HM", "Heard Island & McDonald Islands");

        return names.Where(pair => pair.Key.Length == 2).ToFrozenDictionary();
    }
}
