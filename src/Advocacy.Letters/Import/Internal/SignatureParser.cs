using System;
using System.Collections.Generic;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// Reads one signature into a signatory: "Name (Country)", "Name, Country", "Name - Country", "Name (ACR)",
/// "Name - ACR (Country)", "ACR - Name", "ACR (Expansion)(Country)", "Jane Doe, Professor, University of X, Kenya",
/// "X on behalf of Y", table cells, emphasis and footnote marks.
/// </summary>
internal static class SignatureParser
{
    private static readonly string[] DashSeparators = [" - ", " – ", " — ", " -- "];

    public static SignatureEntry? Parse(string label, int line, PartyType? sectionType, string? sectionCountry, IReadOnlyList<ColumnRole>? columns)
    {
        label = Clean(label);
        if (label.Length == 0)
        {
            return null;
        }

        string? acronym = null;
        string? country = null;
        string? region = null;
        var personHint = false;
        var onBehalf = false;
        PartyType? cellType = null;
        string text;

        if (label.Contains('\t', StringComparison.Ordinal))
        {
            text = Cells(label, columns, ref acronym, ref country, ref region, ref cellType, ref personHint);
            label = string.Join(", ", SplitCells(label));
        }
        else
        {
            text = TextTools.StripEmphasis(label);
            text = TextTools.StripFootnoteMarks(text, out _);
            text = RemoveLinks(text);
        }

        var behalf = text.IndexOf(" on behalf of ", StringComparison.OrdinalIgnoreCase);
        if (behalf > 0)
        {
            text = text.Substring(behalf + " on behalf of ".Length).Trim();
            onBehalf = true;
        }

        // Peel attributes off the end, the way signatures are printed: "(Country)", ", Country", " - ACR".
        for (var round = 0; round < 4; round++)
        {
            var before = text;
            text = TrailingGroups(text, ref acronym, ref country, ref region, ref personHint);
            text = Commas(text, ref country, ref region, ref personHint);
            text = Dashes(text, ref acronym, ref country, ref region, ref personHint);
            if (text == before)
            {
                break;
            }
        }

        var name = TextTools.StripFootnoteMarks(TextTools.StripEmphasis(text), out _).Trim().TrimEnd(',', ';', ':').Trim();
        if (name.StartsWith("and ", StringComparison.Ordinal))
        {
            name = name.Substring(4).Trim();
        }

        if (name.Length == 0)
        {
            if (acronym is null)
            {
                return null;
            }

            name = acronym;
            acronym = null;
        }

        country ??= sectionCountry;
        var looksPerson = NameShapes.LooksLikePerson(name, out var honorific);
        PartyType type;
        var guessed = false;
        if (cellType is { } fromCell)
        {
            type = fromCell;
        }
        else if (personHint || honorific)
        {
            type = acronym is null && !NameShapes.LooksLikeOrganization(name) || looksPerson ? PartyType.Person : PartyType.Organization;
        }
        else if (sectionType is { } fromSection)
        {
            type = fromSection == PartyType.Person && acronym is not null && !looksPerson ? PartyType.Organization : fromSection;
        }
        else if (looksPerson && acronym is null)
        {
            type = PartyType.Person;
            guessed = true;
        }
        else
        {
            type = PartyType.Organization;
        }

        return new SignatureEntry
        {
            Signatory = new Signatory { Type = type, Name = name, Acronym = acronym, Country = country, Label = label },
            Line = line,
            TypeGuessed = guessed,
            Region = region,
            OnBehalf = onBehalf,
        };
    }

    /// <summary>The signature as printed, on one line: tabs and runs of spaces become single spaces, list marks stay off.</summary>
    private static string Clean(string text)
    {
        var t = text.Trim().TrimEnd(',', ';').Trim();
        if (t.EndsWith('.') && !EndsWithAbbreviation(t))
        {
            t = t.Substring(0, t.Length - 1).TrimEnd();
        }

        return t;
    }

    private static bool EndsWithAbbreviation(string t)
    {
        var words = TextTools.Words(t);
        if (words.Length == 0)
        {
            return false;
        }

        var last = words[words.Length - 1].ToLowerInvariant();
        return Vocabulary.LegalSuffixes.Contains(last) || last.Length <= 3 || last.IndexOf('.') < last.Length - 1;
    }

    private static string RemoveLinks(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase) && !text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        var kept = new List<string>();
        foreach (var word in TextTools.Words(text))
        {
            if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
                word.StartsWith("(www.", StringComparison.OrdinalIgnoreCase) || (word.IndexOf('@') > 0 && word.IndexOf('.') > 0))
            {
                continue;
            }

            kept.Add(word);
        }

        return string.Join(" ", kept).Trim().TrimEnd('-', '–', ',', ':').Trim();
    }

    private static List<string> SplitCells(string label)
    {
        var cells = new List<string>();
        foreach (var cell in label.Split('\t'))
        {
            var c = TextTools.StripEmphasis(cell.Trim());
            if (c.Length > 0)
            {
                cells.Add(c);
            }
        }

        return cells;
    }

    private static string Cells(string label, IReadOnlyList<ColumnRole>? columns, ref string? acronym, ref string? country, ref string? region, ref PartyType? type, ref bool personHint)
    {
        var raw = label.Split('\t');
        string? name = null;
        var index = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var cell = TextTools.StripFootnoteMarks(TextTools.StripEmphasis(raw[i].Trim()), out _);
            if (cell.Length == 0)
            {
                continue;
            }

            var role = columns is not null && index < columns.Count ? columns[index] : ColumnRole.Unknown;
            if (columns is null || columns.Count != raw.Length)
            {
                // Without a header that fits, each cell says what it is.
                role = ColumnRole.Unknown;
            }

            index++;
            if (role == ColumnRole.Unknown)
            {
                role = Classify(cell, name is null, index == 1);
            }

            switch (role)
            {
                case ColumnRole.Number:
                    break;
                case ColumnRole.Country:
                    if (CountryNames.Find(cell) is { } code)
                    {
                        country ??= code;
                    }
                    else if (CountryNames.IsRegion(cell))
                    {
                        region ??= cell;
                    }

                    break;
                case ColumnRole.Acronym:
                    acronym ??= cell;
                    break;
                case ColumnRole.Type:
                    type = TypeWord(cell);
                    break;
                case ColumnRole.Name when name is null:
                    name = cell;
                    break;
                default:
                    if (name is null)
                    {
                        name = cell;
                    }
                    else
                    {
                        personHint |= NameShapes.IsRole(cell);
                    }

                    break;
            }
        }

        return name ?? string.Empty;
    }

    private static ColumnRole Classify(string cell, bool noNameYet, bool first)
    {
        if (first && IsNumber(cell))
        {
            return ColumnRole.Number;
        }

        if (CountryNames.Find(cell) is not null || CountryNames.IsRegion(cell))
        {
            return ColumnRole.Country;
        }

        if (TypeWord(cell) is not null)
        {
            return ColumnRole.Type;
        }

        if (!noNameYet && TextTools.IsAcronymLike(cell) && !cell.Contains(' ', StringComparison.Ordinal))
        {
            return ColumnRole.Acronym;
        }

        return noNameYet ? ColumnRole.Name : ColumnRole.Other;
    }

    private static bool IsNumber(string cell)
    {
        var t = cell.TrimEnd('.', ')');
        if (t.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static PartyType? TypeWord(string cell) => TextTools.Bare(cell) switch
    {
        "organisation" or "organization" or "ngo" or "org" or "organisations" or "organizations" or "institution" or "cso" => PartyType.Organization,
        "individual" or "person" or "individuals" => PartyType.Person,
        _ => null,
    };

    private static string TrailingGroups(string text, ref string? acronym, ref string? country, ref string? region, ref bool personHint)
    {
        var t = text.TrimEnd();
        for (var guard = 0; guard < 4 && t.EndsWith(')'); guard++)
        {
            var open = MatchingOpen(t);
            if (open < 0)
            {
                break;
            }

            var group = t.Substring(open + 1, t.Length - open - 2).Trim();
            var rest = t.Substring(0, open).TrimEnd();
            var restBare = TextTools.StripEmphasis(TextTools.StripFootnoteMarks(rest, out _));
            if (group.Length == 0)
            {
                t = rest;
                continue;
            }

            if (country is null && CountryNames.Find(group) is { } code)
            {
                country = code;
            }
            else if (CountryNames.IsRegion(group))
            {
                region ??= group;
            }
            else if (IsCapacityNote(group))
            {
                personHint = true;
            }
            else if (acronym is null && TextTools.IsAcronymLike(group) && !TextTools.IsAcronymLike(restBare))
            {
                acronym = group;
            }
            else if (acronym is null && restBare.Length > 0 && TextTools.IsAcronymLike(restBare) && TextTools.WordCount(group) >= 2)
            {
                // "COMJAN (Investigation Commission on …)": the acronym first, its expansion in brackets.
                acronym = restBare;
                return group;
            }
            else if (country is null && CommaCountry(group, out var inner))
            {
                // "(Nairobi, Kenya)"
                country = inner;
            }
            else
            {
                break;
            }

            t = rest;
        }

        return t;
    }

    private static bool CommaCountry(string group, out string? code)
    {
        code = null;
        var comma = group.LastIndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        code = CountryNames.Find(group.Substring(comma + 1));
        return code is not null && NameShapes.IsCity(group.Substring(0, comma));
    }

    private static bool IsCapacityNote(string group)
    {
        var g = group.ToLowerInvariant();
        return g.Contains("personal capacity", StringComparison.Ordinal) || g.Contains("individual capacity", StringComparison.Ordinal) ||
               g is "individual" or "in personal capacity" or "personal" || g.StartsWith("affiliation", StringComparison.Ordinal) ||
               g.StartsWith("for identification", StringComparison.Ordinal);
    }

    private static int MatchingOpen(string t)
    {
        var depth = 0;
        for (var i = t.Length - 1; i >= 0; i--)
        {
            if (t[i] == ')')
            {
                depth++;
            }
            else if (t[i] == '(')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static string Commas(string text, ref string? country, ref string? region, ref bool personHint)
    {
        var pieces = TextTools.SplitOutsideBrackets(text, ',');
        if (pieces.Count < 2)
        {
            return text;
        }

        // Legal forms belong to the name: "Acme, Inc."
        var last = pieces[pieces.Count - 1];
        if (Vocabulary.LegalSuffixes.Contains(last.ToLowerInvariant()))
        {
            return text;
        }

        var end = pieces.Count;
        if (country is null && CountryNames.Find(last) is { } code)
        {
            country = code;
            end--;
        }
        else if (CountryNames.IsRegion(last))
        {
            region ??= last;
            end--;
        }

        if (end >= 2 && end < pieces.Count && NameShapes.IsCity(pieces[end - 1]))
        {
            // "Org, Nairobi, Kenya": the city is where, not who.
            end--;
        }

        var roles = false;
        for (var i = 1; i < end; i++)
        {
            roles |= NameShapes.IsRole(pieces[i]);
        }

        var first = pieces[0];
        if (roles || (end >= 2 && NameShapes.LooksLikePerson(first, out _) && !NameShapes.LooksLikeOrganization(first)))
        {
            // "Jane Doe, Professor, University of X": a person; the rest is her affiliation.
            personHint = true;
            return first;
        }

        if (end == pieces.Count)
        {
            return text;
        }

        return string.Join(", ", pieces.GetRange(0, end));
    }

    private static string Dashes(string text, ref string? acronym, ref string? country, ref string? region, ref bool personHint)
    {
        foreach (var separator in DashSeparators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var left = text.Substring(0, at).Trim();
            var right = text.Substring(at + separator.Length).Trim();
            if (right.Length == 0)
            {
                return left;
            }

            if (country is null && CountryNames.Find(right) is { } code)
            {
                country = code;
                return left;
            }

            if (CountryNames.IsRegion(right))
            {
                region ??= right;
                return left;
            }

            var leftAcronym = TextTools.IsAcronymLike(left);
            var rightAcronym = TextTools.IsAcronymLike(right);
            if (acronym is null && rightAcronym && !leftAcronym)
            {
                acronym = right;
                return left;
            }

            if (acronym is null && leftAcronym && !rightAcronym)
            {
                acronym = left;
                return right;
            }

            if (NameShapes.LooksLikePerson(left, out _) && (NameShapes.IsRole(right) || NameShapes.LooksLikeOrganization(right)))
            {
                personHint = true;
                return left;
            }

            return text;
        }

        return text;
    }
}
