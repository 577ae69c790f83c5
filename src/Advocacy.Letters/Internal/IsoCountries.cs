using System.Collections.Generic;
using System.Linq;

namespace Advocacy.Letters.Internal;

/// <summary>
/// ISO 3166-1 alpha-2 country codes and their English names, as the country list of NodaTime's embedded TZDB data
/// gives them (TZDB 2026f, NodaTime 3.3.7), plus the two uninhabited territories that list leaves out.
/// </summary>
/// <remarks>
/// A table, not a read of the TZDB: loading the TZDB to learn 249 codes cost <c>letters validate</c> several
/// milliseconds of start-up, and the names changed with whichever NodaTime an application resolved (3.2.2 spells
/// <c>Côte d'Ivoire</c>, 3.3.7 <c>Côte d’Ivoire</c>). <c>IsoCountriesTests</c> compares the table with the TZDB of the
/// NodaTime the tests run, so an update that changes a code or a name fails a test rather than drifting.
/// </remarks>
internal static class IsoCountries
{
    // Ordinal order, which the tests check and Codes keeps.
    private static readonly (string Code, string Name)[] Table =
    [
        ("AD", "Andorra"), ("AE", "United Arab Emirates"), ("AF", "Afghanistan"), ("AG", "Antigua & Barbuda"), ("AI", "Anguilla"), ("AL", "Albania"), ("AM", "Armenia"), ("AO", "Angola"),
        ("AQ", "Antarctica"), ("AR", "Argentina"), ("AS", "Samoa (American)"), ("AT", "Austria"), ("AU", "Australia"), ("AW", "Aruba"), ("AX", "Åland Islands"), ("AZ", "Azerbaijan"),
        ("BA", "Bosnia & Herzegovina"), ("BB", "Barbados"), ("BD", "Bangladesh"), ("BE", "Belgium"), ("BF", "Burkina Faso"), ("BG", "Bulgaria"), ("BH", "Bahrain"), ("BI", "Burundi"),
        ("BJ", "Benin"), ("BL", "St Barthelemy"), ("BM", "Bermuda"), ("BN", "Brunei"), ("BO", "Bolivia"), ("BQ", "Caribbean NL"), ("BR", "Brazil"), ("BS", "Bahamas"),
        ("BT", "Bhutan"), ("BV", "Bouvet Island"), ("BW", "Botswana"), ("BY", "Belarus"), ("BZ", "Belize"), ("CA", "Canada"), ("CC", "Cocos (Keeling) Islands"), ("CD", "Congo (Dem. Rep.)"),
        ("CF", "Central African Rep."), ("CG", "Congo (Rep.)"), ("CH", "Switzerland"), ("CI", "Côte d’Ivoire"), ("CK", "Cook Islands"), ("CL", "Chile"), ("CM", "Cameroon"), ("CN", "China"),
        ("CO", "Colombia"), ("CR", "Costa Rica"), ("CU", "Cuba"), ("CV", "Cape Verde"), ("CW", "Curaçao"), ("CX", "Christmas Island"), ("CY", "Cyprus"), ("CZ", "Czech Republic"),
        ("DE", "Germany"), ("DJ", "Djibouti"), ("DK", "Denmark"), ("DM", "Dominica"), ("DO", "Dominican Republic"), ("DZ", "Algeria"), ("EC", "Ecuador"), ("EE", "Estonia"),
        ("EG", "Egypt"), ("EH", "Western Sahara"), ("ER", "Eritrea"), ("ES", "Spain"), ("ET", "Ethiopia"), ("FI", "Finland"), ("FJ", "Fiji"), ("FK", "Falkland Islands"),
        ("FM", "Micronesia"), ("FO", "Faroe Islands"), ("FR", "France"), ("GA", "Gabon"), ("GB", "Britain (UK)"), ("GD", "Grenada"), ("GE", "Georgia"), ("GF", "French Guiana"),
        ("GG", "Guernsey"), ("GH", "Ghana"), ("GI", "Gibraltar"), ("GL", "Greenland"), ("GM", "Gambia"), ("GN", "Guinea"), ("GP", "Guadeloupe"), ("GQ", "Equatorial Guinea"),
        ("GR", "Greece"), ("GS", "South Georgia & the South Sandwich Islands"), ("GT", "Guatemala"), ("GU", "Guam"), ("GW", "Guinea-Bissau"), ("GY", "Guyana"), ("HK", "Hong Kong"), ("HM", "Heard Island & McDonald Islands"),
        ("HN", "Honduras"), ("HR", "Croatia"), ("HT", "Haiti"), ("HU", "Hungary"), ("ID", "Indonesia"), ("IE", "Ireland"), ("IL", "Israel"), ("IM", "Isle of Man"),
        ("IN", "India"), ("IO", "British Indian Ocean Territory"), ("IQ", "Iraq"), ("IR", "Iran"), ("IS", "Iceland"), ("IT", "Italy"), ("JE", "Jersey"), ("JM", "Jamaica"),
        ("JO", "Jordan"), ("JP", "Japan"), ("KE", "Kenya"), ("KG", "Kyrgyzstan"), ("KH", "Cambodia"), ("KI", "Kiribati"), ("KM", "Comoros"), ("KN", "St Kitts & Nevis"),
        ("KP", "Korea (North)"), ("KR", "Korea (South)"), ("KW", "Kuwait"), ("KY", "Cayman Islands"), ("KZ", "Kazakhstan"), ("LA", "Laos"), ("LB", "Lebanon"), ("LC", "St Lucia"),
        ("LI", "Liechtenstein"), ("LK", "Sri Lanka"), ("LR", "Liberia"), ("LS", "Lesotho"), ("LT", "Lithuania"), ("LU", "Luxembourg"), ("LV", "Latvia"), ("LY", "Libya"),
        ("MA", "Morocco"), ("MC", "Monaco"), ("MD", "Moldova"), ("ME", "Montenegro"), ("MF", "St Martin (French)"), ("MG", "Madagascar"), ("MH", "Marshall Islands"), ("MK", "North Macedonia"),
        ("ML", "Mali"), ("MM", "Myanmar (Burma)"), ("MN", "Mongolia"), ("MO", "Macau"), ("MP", "Northern Mariana Islands"), ("MQ", "Martinique"), ("MR", "Mauritania"), ("MS", "Montserrat"),
        ("MT", "Malta"), ("MU", "Mauritius"), ("MV", "Maldives"), ("MW", "Malawi"), ("MX", "Mexico"), ("MY", "Malaysia"), ("MZ", "Mozambique"), ("NA", "Namibia"),
        ("NC", "New Caledonia"), ("NE", "Niger"), ("NF", "Norfolk Island"), ("NG", "Nigeria"), ("NI", "Nicaragua"), ("NL", "Netherlands"), ("NO", "Norway"), ("NP", "Nepal"),
        ("NR", "Nauru"), ("NU", "Niue"), ("NZ", "New Zealand"), ("OM", "Oman"), ("PA", "Panama"), ("PE", "Peru"), ("PF", "French Polynesia"), ("PG", "Papua New Guinea"),
        ("PH", "Philippines"), ("PK", "Pakistan"), ("PL", "Poland"), ("PM", "St Pierre & Miquelon"), ("PN", "Pitcairn"), ("PR", "Puerto Rico"), ("PS", "Palestine"), ("PT", "Portugal"),
        ("PW", "Palau"), ("PY", "Paraguay"), ("QA", "Qatar"), ("RE", "Réunion"), ("RO", "Romania"), ("RS", "Serbia"), ("RU", "Russia"), ("RW", "Rwanda"),
        ("SA", "Saudi Arabia"), ("SB", "Solomon Islands"), ("SC", "Seychelles"), ("SD", "Sudan"), ("SE", "Sweden"), ("SG", "Singapore"), ("SH", "St Helena"), ("SI", "Slovenia"),
        ("SJ", "Svalbard & Jan Mayen"), ("SK", "Slovakia"), ("SL", "Sierra Leone"), ("SM", "San Marino"), ("SN", "Senegal"), ("SO", "Somalia"), ("SR", "Suriname"), ("SS", "South Sudan"),
        ("ST", "Sao Tome & Principe"), ("SV", "El Salvador"), ("SX", "St Maarten (Dutch)"), ("SY", "Syria"), ("SZ", "Eswatini (Swaziland)"), ("TC", "Turks & Caicos Is"), ("TD", "Chad"), ("TF", "French S. Terr."),
        ("TG", "Togo"), ("TH", "Thailand"), ("TJ", "Tajikistan"), ("TK", "Tokelau"), ("TL", "East Timor"), ("TM", "Turkmenistan"), ("TN", "Tunisia"), ("TO", "Tonga"),
        ("TR", "Turkey"), ("TT", "Trinidad & Tobago"), ("TV", "Tuvalu"), ("TW", "Taiwan"), ("TZ", "Tanzania"), ("UA", "Ukraine"), ("UG", "Uganda"), ("UM", "US minor outlying islands"),
        ("US", "United States"), ("UY", "Uruguay"), ("UZ", "Uzbekistan"), ("VA", "Vatican City"), ("VC", "St Vincent"), ("VE", "Venezuela"), ("VG", "Virgin Islands (UK)"), ("VI", "Virgin Islands (US)"),
        ("VN", "Vietnam"), ("VU", "Vanuatu"), ("WF", "Wallis & Futuna"), ("WS", "Samoa (western)"), ("YE", "Yemen"), ("YT", "Mayotte"), ("ZA", "South Africa"), ("ZM", "Zambia"),
        ("ZW", "Zimbabwe"),
    ];

    // Indexed by (first letter - 'A') * 26 + (second letter - 'A'): a lookup is two subtractions.
    private static readonly string?[] NamesByIndex = Index(entry => entry.Name);
    private static readonly string?[] CodesByIndex = Index(entry => entry.Code);

    /// <summary>Gets every known code, in ordinal order.</summary>
    public static IEnumerable<string> Codes => Table.Select(entry => entry.Code);

    /// <summary>Tells whether <paramref name="code"/> is a known code, in upper case.</summary>
    public static bool IsKnown(string code) => Find(code) is not null;

    /// <summary>Gets the TZDB's English name for <paramref name="code"/> (<c>Korea (North)</c>), or the code itself.</summary>
    public static string NameOf(string code) => Find(code) ?? code;

    /// <summary>Gets the table's own string for a known code given as its two UTF-8 bytes (<c>KR</c>), or null.</summary>
    public static string? Code(System.ReadOnlySpan<byte> utf8) =>
        utf8.Length == 2 && Slot((char)utf8[0], (char)utf8[1]) is >= 0 and var slot ? CodesByIndex[slot] : null;

    private static string? Find(string code) =>
        code.Length == 2 && Slot(code[0], code[1]) is >= 0 and var slot ? NamesByIndex[slot] : null;

    // The index of two upper-case letters, or -1 for anything else.
    private static int Slot(char first, char second) =>
        first is >= 'A' and <= 'Z' && second is >= 'A' and <= 'Z' ? ((first - 'A') * 26) + (second - 'A') : -1;

    private static string?[] Index(System.Func<(string Code, string Name), string> value)
    {
        var slots = new string?[26 * 26];
        foreach (var entry in Table)
        {
            slots[Slot(entry.Code[0], entry.Code[1])] = value(entry);
        }

        return slots;
    }
}
