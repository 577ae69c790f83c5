using System;
using System.Collections.Generic;
using System.Text;

namespace Advocacy.Letters.Internal;

/// <summary>
/// English names, short names and common abbreviations of every ISO 3166-1 country, for reading countries out of
/// letters ("Czech Republic", "ROK", "USA"). A table kept here, not ICU or the operating system's culture data, so
/// that every platform reads the same letter the same way. Regions ("Global", "EU") are not countries and are told
/// apart by <see cref="IsRegion"/>.
/// </summary>
internal static class CountryNames
{
    // CODE|English short name|other names…; an all-capitals alias (UK, ROK) matches only in capitals.
    private static readonly string[] Table =
    [
        "AD|Andorra",
        "AE|United Arab Emirates|UAE|U.A.E.|Emirates",
        "AF|Afghanistan",
        "AG|Antigua and Barbuda|Antigua",
        "AI|Anguilla",
        "AL|Albania",
        "AM|Armenia",
        "AO|Angola",
        "AQ|Antarctica",
        "AR|Argentina",
        "AS|American Samoa",
        "AT|Austria|Österreich",
        "AU|Australia",
        "AW|Aruba",
        "AX|Åland Islands|Aland",
        "AZ|Azerbaijan",
        "BA|Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH",
        "BB|Barbados",
        "BD|Bangladesh",
        "BE|Belgium|Belgique|België",
        "BF|Burkina Faso",
        "BG|Bulgaria",
        "BH|Bahrain",
        "BI|Burundi",
        "BJ|Benin",
        "BL|Saint Barthélemy|St Barthelemy",
        "BM|Bermuda",
        "BN|Brunei|Brunei Darussalam",
        "BO|Bolivia|Plurinational State of Bolivia",
        "BQ|Caribbean Netherlands|Bonaire, Sint Eustatius and Saba|Bonaire",
        "BR|Brazil|Brasil",
        "BS|Bahamas|The Bahamas",
        "BT|Bhutan",
        "BV|Bouvet Island",
        "BW|Botswana",
        "BY|Belarus",
        "BZ|Belize",
        "CA|Canada",
        "CC|Cocos (Keeling) Islands|Cocos Islands",
        "CD|Democratic Republic of the Congo|DR Congo|D.R. Congo|DRC|Congo-Kinshasa|Congo (Kinshasa)|Democratic Republic of Congo|Congo, Democratic Republic of the|RDC",
        "CF|Central African Republic|CAR",
        "CG|Republic of the Congo|Congo|Congo-Brazzaville|Congo (Brazzaville)|Republic of Congo",
        "CH|Switzerland|Suisse|Schweiz|Svizzera",
        "CI|Côte d'Ivoire|Cote d'Ivoire|Ivory Coast",
        "CK|Cook Islands",
        "CL|Chile",
        "CM|Cameroon",
        "CN|China|People's Republic of China|PRC|P.R.C.|Mainland China",
        "CO|Colombia",
        "CR|Costa Rica",
        "CU|Cuba",
        "CV|Cabo Verde|Cape Verde",
        "CW|Curaçao|Curacao",
        "CX|Christmas Island",
        "CY|Cyprus",
        "CZ|Czechia|Czech Republic",
        "DE|Germany|Deutschland|Federal Republic of Germany",
        "DJ|Djibouti",
        "DK|Denmark|Danmark",
        "DM|Dominica",
        "DO|Dominican Republic",
        "DZ|Algeria",
        "EC|Ecuador",
        "EE|Estonia",
        "EG|Egypt",
        "EH|Western Sahara",
        "ER|Eritrea",
        "ES|Spain|España",
        "ET|Ethiopia",
        "FI|Finland",
        "FJ|Fiji",
        "FK|Falkland Islands|Falklands",
        "FM|Micronesia|Federated States of Micronesia",
        "FO|Faroe Islands|Faroes",
        "FR|France",
        "GA|Gabon",
        "GB|United Kingdom|UK|U.K.|Great Britain|Britain|United Kingdom of Great Britain and Northern Ireland|England|Scotland|Wales|Northern Ireland",
        "GD|Grenada",
        "GE|Georgia",
        "GF|French Guiana",
        "GG|Guernsey",
        "GH|Ghana",
        "GI|Gibraltar",
        "GL|Greenland",
        "GM|Gambia|The Gambia",
        "GN|Guinea",
        "GP|Guadeloupe",
        "GQ|Equatorial Guinea",
        "GR|Greece",
        "GS|South Georgia and the South Sandwich Islands",
        "GT|Guatemala",
        "GU|Guam",
        "GW|Guinea-Bissau|Guinea Bissau",
        "GY|Guyana",
        "HK|Hong Kong|Hong Kong SAR|Hongkong",
        "HM|Heard Island and McDonald Islands",
        "HN|Honduras",
        "HR|Croatia|Hrvatska",
        "HT|Haiti",
        "HU|Hungary",
        "ID|Indonesia",
        "IE|Ireland|Republic of Ireland|Éire",
        "IL|Israel",
        "IM|Isle of Man",
        "IN|India",
        "IO|British Indian Ocean Territory",
        "IQ|Iraq",
        "IR|Iran|Islamic Republic of Iran|Iran (Islamic Republic of)",
        "IS|Iceland",
        "IT|Italy|Italia",
        "JE|Jersey",
        "JM|Jamaica",
        "JO|Jordan",
        "JP|Japan|Nippon",
        "KE|Kenya",
        "KG|Kyrgyzstan|Kyrgyz Republic",
        "KH|Cambodia",
        "KI|Kiribati",
        "KM|Comoros",
        "KN|Saint Kitts and Nevis|St Kitts and Nevis",
        "KP|North Korea|Democratic People's Republic of Korea|DPRK|D.P.R.K.|Korea (North)|Korea, DPR",
        "KR|South Korea|Republic of Korea|ROK|R.O.K.|Korea (South)|Korea|Korea, Republic of",
        "KW|Kuwait",
        "KY|Cayman Islands",
        "KZ|Kazakhstan",
        "LA|Laos|Lao PDR|Lao People's Democratic Republic",
        "LB|Lebanon",
        "LC|Saint Lucia|St Lucia",
        "LI|Liechtenstein",
        "LK|Sri Lanka",
        "LR|Liberia",
        "LS|Lesotho",
        "LT|Lithuania",
        "LU|Luxembourg",
        "LV|Latvia",
        "LY|Libya",
        "MA|Morocco",
        "MC|Monaco",
        "MD|Moldova|Republic of Moldova",
        "ME|Montenegro",
        "MF|Saint Martin",
        "MG|Madagascar",
        "MH|Marshall Islands",
        "MK|North Macedonia|Macedonia|Republic of North Macedonia",
        "ML|Mali",
        "MM|Myanmar|Burma|Myanmar (Burma)",
        "MN|Mongolia",
        "MO|Macao|Macau",
        "MP|Northern Mariana Islands",
        "MQ|Martinique",
        "MR|Mauritania",
        "MS|Montserrat",
        "MT|Malta",
        "MU|Mauritius",
        "MV|Maldives",
        "MW|Malawi",
        "MX|Mexico|México",
        "MY|Malaysia",
        "MZ|Mozambique",
        "NA|Namibia",
        "NC|New Caledonia",
        "NE|Niger",
        "NF|Norfolk Island",
        "NG|Nigeria",
        "NI|Nicaragua",
        "NL|Netherlands|The Netherlands|Holland|Nederland",
        "NO|Norway|Norge",
        "NP|Nepal",
        "NR|Nauru",
        "NU|Niue",
        "NZ|New Zealand|Aotearoa",
        "OM|Oman",
        "PA|Panama|Panamá",
        "PE|Peru|Perú",
        "PF|French Polynesia",
        "PG|Papua New Guinea|PNG",
        "PH|Philippines|The Philippines",
        "PK|Pakistan",
        "PL|Poland|Polska",
        "PM|Saint Pierre and Miquelon",
        "PN|Pitcairn|Pitcairn Islands",
        "PR|Puerto Rico",
        "PS|Palestine|State of Palestine|Occupied Palestinian Territory|Occupied Palestinian Territories|Palestinian Territories|OPT",
        "PT|Portugal",
        "PW|Palau",
        "PY|Paraguay",
        "QA|Qatar",
        "RE|Réunion|Reunion",
        "RO|Romania",
        "RS|Serbia",
        "RU|Russia|Russian Federation",
        "RW|Rwanda",
        "SA|Saudi Arabia|KSA|Kingdom of Saudi Arabia",
        "SB|Solomon Islands",
        "SC|Seychelles",
        "SD|Sudan",
        "SE|Sweden|Sverige",
        "SG|Singapore",
        "SH|Saint Helena|St Helena",
        "SI|Slovenia",
        "SJ|Svalbard and Jan Mayen",
        "SK|Slovakia|Slovak Republic",
        "SL|Sierra Leone",
        "SM|San Marino",
        "SN|Senegal",
        "SO|Somalia",
        "SR|Suriname",
        "SS|South Sudan",
        "ST|São Tomé and Príncipe|Sao Tome and Principe",
        "SV|El Salvador",
        "SX|Sint Maarten",
        "SY|Syria|Syrian Arab Republic",
        "SZ|Eswatini|Swaziland",
        "TC|Turks and Caicos Islands",
        "TD|Chad",
        "TF|French Southern Territories",
        "TG|Togo",
        "TH|Thailand",
        "TJ|Tajikistan",
        "TK|Tokelau",
        "TL|Timor-Leste|East Timor|Timor Leste",
        "TM|Turkmenistan",
        "TN|Tunisia",
        "TO|Tonga",
        "TR|Türkiye|Turkey|Turkiye",
        "TT|Trinidad and Tobago|Trinidad & Tobago",
        "TV|Tuvalu",
        "TW|Taiwan|Republic of China (Taiwan)|Taiwan, Province of China",
        "TZ|Tanzania|United Republic of Tanzania",
        "UA|Ukraine",
        "UG|Uganda",
        "UM|United States Minor Outlying Islands",
        "US|United States|USA|U.S.A.|US|U.S.|United States of America",
        "UY|Uruguay",
        "UZ|Uzbekistan",
        "VA|Holy See|Vatican|Vatican City",
        "VC|Saint Vincent and the Grenadines|St Vincent and the Grenadines",
        "VE|Venezuela|Bolivarian Republic of Venezuela",
        "VG|British Virgin Islands",
        "VI|United States Virgin Islands|US Virgin Islands",
        "VN|Vietnam|Viet Nam",
        "VU|Vanuatu",
        "WF|Wallis and Futuna",
        "WS|Samoa",
        "YE|Yemen",
        "YT|Mayotte",
        "ZA|South Africa",
        "ZM|Zambia",
        "ZW|Zimbabwe",
    ];

    private static readonly string[] Regions =
    [
        "global", "international", "worldwide", "world", "eu", "european union", "europe", "africa", "asia", "americas",
        "latin america", "latin america and the caribbean", "caribbean", "middle east", "mena", "middle east and north africa",
        "north africa", "sub-saharan africa", "west africa", "east africa", "southern africa", "central africa", "horn of africa",
        "central asia", "south asia", "southeast asia", "south-east asia", "south east asia", "east asia", "asia pacific",
        "asia-pacific", "pacific", "oceania", "balkans", "western balkans", "scandinavia", "nordic", "nordics", "north america",
        "south america", "central america", "gulf", "regional", "national", "multiple", "various", "online", "international network",
        "global network", "eastern europe", "western europe", "central europe", "central and eastern europe", "europe and central asia",
        "african union", "asean", "latam", "lac", "west asia", "arab region", "arab world", "international organisation",
        "international organization", "transnational", "multinational",
    ];

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> ByCapitals = new(StringComparer.Ordinal);
    private static readonly HashSet<string> RegionSet = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> NameByCode = new(StringComparer.Ordinal);

    static CountryNames()
    {
        foreach (var row in Table)
        {
            var parts = row.Split('|');
            var code = parts[0];
            NameByCode[code] = parts[1];
            for (var i = 1; i < parts.Length; i++)
            {
                var alias = parts[i];
                if (IsCapitals(alias))
                {
                    ByCapitals[alias.Replace(".", string.Empty)] = code;
                }
                else
                {
                    ByName[Normalize(alias)] = code;
                }
            }
        }

        foreach (var region in Regions)
        {
            RegionSet.Add(Normalize(region));
        }
    }

    /// <summary>Gets the English short name of <paramref name="code"/> (<c>Czechia</c>), or the code itself.</summary>
    public static string NameOf(string code) => NameByCode.TryGetValue(code, out var name) ? name : code;

    /// <summary>
    /// Finds the country that <paramref name="text"/> names on its own (<c>"Czech Republic"</c>, <c>"the
    /// Netherlands"</c>, <c>"ROK"</c>), or <see langword="null"/>. Case and accents are ignored except in
    /// abbreviations, which match only in capitals (<c>US</c>, never <c>us</c>).
    /// </summary>
    public static string? Find(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ',', ';', ':').Trim();
        if (trimmed.Length is < 2 or > 60)
        {
            return null;
        }

        if (ByCapitals.TryGetValue(trimmed.Replace(".", string.Empty), out var code))
        {
            return code;
        }

        return ByName.TryGetValue(Normalize(trimmed), out code) ? code : null;
    }

    /// <summary>Tells whether <paramref name="text"/> names a region rather than a country (<c>Global</c>, <c>EU</c>).</summary>
    public static bool IsRegion(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ',', ';', ':').Trim();
        return trimmed.Length is > 1 and <= 60 && RegionSet.Contains(Normalize(trimmed));
    }

    /// <summary>Lower case, no accents, "and" for "&amp;", one kind of apostrophe, no dots, no leading "the".</summary>
    internal static string Normalize(string text)
    {
        var unaccented = NameFolding.WithoutMarks(text);
        var builder = new StringBuilder(unaccented.Length);
        var space = false;
        foreach (var c in unaccented)
        {
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (c == '&')
            {
                builder.Append("and");
            }
            else
            {
                builder.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c));
            }
        }

        var result = builder.ToString();
        return result.StartsWith("the ", StringComparison.Ordinal) ? result.Substring(4) : result;
    }

    private static bool IsCapitals(string alias)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c) && !(c == 'i' && alias.Length == 3))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 4;
    }
}
