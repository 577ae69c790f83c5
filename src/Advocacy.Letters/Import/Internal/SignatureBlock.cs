using System;
using System.Collections.Generic;
using System.Globalization;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// Reads the signatures after the valediction: one per line, bulleted, numbered, table rows, comma- or
/// semicolon-separated lists, multi-line "name / role / organisation" blocks; section headings set the type (and a
/// country heading the country) of what follows; notes, contact lines and cc lines are set aside.
/// </summary>
internal sealed class SignatureBlock(ImportSession session)
{
    public List<SignatureEntry> Entries { get; } = [];

    /// <summary>Gets the lines after a <c>cc:</c> mark, for the addressee reader.</summary>
    public List<SourceLine> CopyLines { get; } = [];

    public void Read(List<SourceLine> lines)
    {
        PartyType? sectionType = null;
        string? sectionCountry = null;
        List<ColumnRole>? columns = null;
        var entryLines = 0;
        foreach (var line in lines)
        {
            if (!line.IsBlank)
            {
                entryLines++;
            }
        }

        var dense = entryLines <= 3;
        var inCopies = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            session.Step(line.Text.Length);
            if (line.IsBlank)
            {
                inCopies = false;
                continue;
            }

            var text = TextTools.StripListMarker(line.Text, out var marked);
            if (CopyMark(text) is { } copied)
            {
                inCopies = true;
                if (copied.Length > 0)
                {
                    CopyLines.Add(new SourceLine(copied, line.Number));
                }

                continue;
            }

            if (inCopies)
            {
                CopyLines.Add(new SourceLine(text, line.Number));
                continue;
            }

            // "Signed by: A, B, C" after another valediction: the names follow the colon.
            if (!marked && LetterParts.IsValediction(text, out var afterOpening))
            {
                if (afterOpening.Length == 0)
                {
                    continue;
                }

                text = afterOpening;
            }

            if (IsNote(text, marked))
            {
                session.Warn("/signatories", ImportCodes.TextSkipped, line.Number, $"\"{Excerpt.Of(text)}\" reads as a note, not a signature, and was left out");
                continue;
            }

            if (text.Contains('\t', StringComparison.Ordinal) && HeaderRow(text) is { } header)
            {
                columns = header;
                continue;
            }

            if (!marked && IsHeading(line, text, out var headingType, out var headingCountry))
            {
                if (headingType is not null)
                {
                    sectionType = headingType;
                }

                sectionCountry = headingCountry;
                continue;
            }

            // A wrapped signature goes on in lower case or in brackets: "(Japan)".
            if (!marked && Entries.Count > 0 && i > 0 && !lines[i - 1].IsBlank && !text.Contains('\t', StringComparison.Ordinal) &&
                (text.StartsWith('(') || (TextTools.StartsLower(text) && EndsUnfinished(Entries[Entries.Count - 1].Signatory.Label))))
            {
                var previous = Entries[Entries.Count - 1];
                Entries.RemoveAt(Entries.Count - 1);
                Add(previous.Signatory.Label + " " + text, previous.Line, sectionType, sectionCountry, columns);
                continue;
            }

            // "Jane Doe / Executive Director / Human Rights Watch": one person over several lines.
            if (!marked && IsPersonBlock(lines, i, out var blockEnd))
            {
                AddPersonBlock(lines, i, blockEnd, sectionType, sectionCountry);
                i = blockEnd;
                continue;
            }

            foreach (var piece in Split(text, dense))
            {
                Add(piece, line.Number, sectionType, sectionCountry, columns);
            }
        }
    }

    // "Investigation Commission on Missing Japanese Probably Related to" ends in a word that needs more.
    private static bool EndsUnfinished(string label)
    {
        var words = TextTools.Words(label);
        return words.Length > 0 && (label.EndsWith(',') || label.EndsWith('-') ||
            TextTools.Bare(words[words.Length - 1]) is "of" or "for" or "and" or "the" or "in" or "on" or "to" or "de" or "des" or "du" or "la" or "&");
    }

    private void Add(string text, int line, PartyType? sectionType, string? sectionCountry, List<ColumnRole>? columns)
    {
        if (SignatureParser.Parse(text, line, sectionType, sectionCountry, columns) is { } entry)
        {
            Entries.Add(entry);
        }
    }

    private static bool IsPersonBlock(List<SourceLine> lines, int start, out int end)
    {
        end = start;
        if (start + 1 >= lines.Count || lines[start + 1].IsBlank || (start > 0 && !lines[start - 1].IsBlank))
        {
            return false;
        }

        var name = TextTools.StripEmphasis(lines[start].Text);
        var second = TextTools.StripEmphasis(lines[start + 1].Text);
        if (!NameShapes.LooksLikePerson(name, out _) || !NameShapes.IsRole(second) || TextTools.HasListMarker(lines[start + 1].Text) ||
            second.Contains('\t', StringComparison.Ordinal) || TextTools.WordCount(second) > 10)
        {
            return false;
        }

        end = start + 1;
        while (end + 1 < lines.Count && !lines[end + 1].IsBlank && end - start < 4 && !TextTools.HasListMarker(lines[end + 1].Text))
        {
            end++;
        }

        return true;
    }

    private void AddPersonBlock(List<SourceLine> lines, int start, int end, PartyType? sectionType, string? sectionCountry)
    {
        var parts = new List<string>();
        for (var i = start; i <= end; i++)
        {
            parts.Add(TextTools.StripEmphasis(lines[i].Text));
        }

        var country = CountryNames.Find(parts[parts.Count - 1]) ?? sectionCountry;
        var name = TextTools.StripFootnoteMarks(parts[0], out _);
        _ = sectionType;
        Entries.Add(new SignatureEntry
        {
            Signatory = new Signatory { Type = PartyType.Person, Name = name, Country = country, Label = string.Join(", ", parts) },
            Line = lines[start].Number,
        });
    }

    /// <summary>Splits a line holding several signatures: at semicolons, or at commas when the pieces are names, not a name's parts.</summary>
    private static List<string> Split(string text, bool dense)
    {
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            return [text];
        }

        var columns = SplitColumns(text);
        if (columns is not null)
        {
            return [columns];
        }

        var semicolons = TextTools.SplitOutsideBrackets(text, ';');
        if (semicolons.Count > 1)
        {
            return Pieces(semicolons);
        }

        var commas = TextTools.SplitOutsideBrackets(text, ',');
        if (commas.Count < 2)
        {
            return [text];
        }

        var countries = 0;
        var roles = 0;
        var cities = 0;
        foreach (var piece in commas)
        {
            if (CountryNames.Find(piece) is not null || CountryNames.IsRegion(piece))
            {
                countries++;
            }
            else if (NameShapes.IsRole(piece))
            {
                roles++;
            }
            else if (NameShapes.IsCity(piece))
            {
                cities++;
            }
        }

        var lastIsCountry = CountryNames.Find(commas[commas.Count - 1]) is not null;
        var list = roles == 0 && countries * 3 < commas.Count && (commas.Count >= (dense ? 2 : 3)) &&
                   !(lastIsCountry && commas.Count <= 4) && !(cities > 0 && commas.Count <= 4) &&
                   !(commas.Count <= 4 && NameShapes.LooksLikePerson(commas[0], out _) && !NameShapes.LooksLikePerson(commas[1], out _));
        if (!list && text.Length > 160 && commas.Count >= 5 && roles * 4 < commas.Count)
        {
            list = true;
        }

        return list ? Pieces(commas) : [text];
    }

    // "Amnesty International     United Kingdom": columns laid out with runs of spaces, as PDFs give tables.
    private static string? SplitColumns(string text)
    {
        var at = text.IndexOf("   ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder();
        var spaces = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                spaces++;
                continue;
            }

            if (spaces >= 3)
            {
                builder.Append('\t');
            }
            else if (spaces > 0)
            {
                builder.Append(' ', spaces);
            }

            spaces = 0;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static List<string> Pieces(List<string> parts)
    {
        var pieces = new List<string>();
        foreach (var part in parts)
        {
            var p = part.Trim().TrimEnd('.').Trim();
            if (p.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                p = p.Substring(4).Trim();
            }

            if (p.Length > 0)
            {
                pieces.Add(p);
            }
        }

        return pieces;
    }

    /// <summary><c>cc:</c>, <c>CC</c>, <c>Copy to:</c>…: the rest of the line, or <see langword="null"/> when the line is no cc line.</summary>
    internal static string? CopyMark(string text)
    {
        foreach (var mark in new[] { "cc:", "cc.", "c.c.:", "c.c.", "cc :", "copy:", "copy to:", "copies:", "copies to:", "with copy to:", "with a copy to:", "copied to:" })
        {
            if (text.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return text.Substring(mark.Length).Trim();
            }
        }

        return text.Equals("cc", StringComparison.OrdinalIgnoreCase) || text.StartsWith("CC ", StringComparison.Ordinal) ? text.Substring(2).Trim() : null;
    }

    private static bool IsNote(string text, bool marked)
    {
        var lower = text.ToLowerInvariant();
        var wrapped = text.Length > 2 && text.StartsWith('*') && text.EndsWith('*');
        if ((text.StartsWith('*') && !wrapped || text.StartsWith('†') || text.StartsWith('‡') || text.StartsWith('[') ||
             IsSuperscriptDigit(text[0])) && !marked)
        {
            return true;
        }

        if (text.StartsWith('(') && text.EndsWith(')') && lower.Contains("affiliation", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var start in new[] { "note:", "notes:", "nb:", "n.b.", "contact:", "contacts:", "media contact", "press contact", "for more information",
                     "for further information", "email:", "e-mail:", "tel:", "tel.", "phone:", "website:", "web:", "affiliations ", "institutional affiliations",
                     "organisations marked", "organizations marked", "this letter", "this statement", "the letter", "the statement", "to add your", "to sign",
                     "sign on", "sign the", "signatures as of", "list updated", "updated on", "last updated", "and others", "and more", "...", "…", "+ ", "plus " })
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (lower.StartsWith("http://", StringComparison.Ordinal) || lower.StartsWith("https://", StringComparison.Ordinal) || lower.StartsWith("www.", StringComparison.Ordinal))
        {
            return true;
        }

        // "And 250 other organisations", "in a personal capacity": a remark about the list.
        if ((lower.StartsWith("and ", StringComparison.Ordinal) || lower.StartsWith("in a personal", StringComparison.Ordinal) ||
             lower.StartsWith("in personal", StringComparison.Ordinal)) && TextTools.WordCount(text) <= 12)
        {
            return true;
        }

        // A whole sentence is no signature.
        return TextTools.WordCount(text) >= 14 && TextTools.EndsSentence(text);
    }

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or (>= '\u2070' and <= '\u2079');

    private static List<ColumnRole>? HeaderRow(string text)
    {
        var roles = new List<ColumnRole>();
        var known = 0;
        foreach (var cell in text.Split('\t'))
        {
            var bare = TextTools.Bare(TextTools.StripEmphasis(cell.Trim()));
            var role = bare switch
            {
                "no" or "#" or "n°" or "number" or "nr" => ColumnRole.Number,
                "name" or "names" or "organisation" or "organization" or "organisation name" or "organization name" or "signatory" or "signatories" or
                    "individual" or "name of organisation" or "name of organization" or "full name" => ColumnRole.Name,
                "acronym" or "abbreviation" or "short name" => ColumnRole.Acronym,
                "country" or "countries" or "country of origin" or "based in" or "location" or "headquarters" => ColumnRole.Country,
                "type" or "category" => ColumnRole.Type,
                "affiliation" or "title" or "position" or "role" or "city" or "region" or "website" or "email" => ColumnRole.Other,
                "" => ColumnRole.Unknown,
                _ => (ColumnRole?)null,
            };
            if (role is null)
            {
                return null;
            }

            if (role != ColumnRole.Unknown)
            {
                known++;
            }

            roles.Add(role.Value);
        }

        return known >= 2 ? roles : null;
    }

    /// <summary>"Organisations", "Individuals:", "Global", "Kenya", "**Signed by**": a heading, and what it says about the names below.</summary>
    internal static bool IsHeading(SourceLine line, string text, out PartyType? type, out string? country)
    {
        type = null;
        country = null;
        var t = TextTools.StripEmphasis(text).Trim();
        var colon = t.EndsWith(':');
        t = t.TrimEnd(':').Trim();
        var words = TextTools.Words(t);
        if (words.Length == 0 || words.Length > 14)
        {
            return false;
        }

        var headingWords = 0;
        var strong = false;
        foreach (var word in words)
        {
            var bare = TextTools.Bare(word);
            if (Vocabulary.PersonHeadingWords.Contains(bare))
            {
                type = PartyType.Person;
            }
            else if (Vocabulary.OrganizationHeadingWords.Contains(bare) && type is null)
            {
                type = PartyType.Organization;
            }

            if (Vocabulary.HeadingWords.Contains(bare) || bare.Length == 0 || IsCount(bare))
            {
                headingWords++;
                strong |= bare.Length > 3 && bare is not ("from" or "with" or "have" or "also" or "this" or "following" or "behalf");
            }
        }

        if (headingWords == words.Length && strong)
        {
            return true;
        }

        if (CountryNames.Find(t) is { } code && (colon || line.IsHeading || words.Length <= 4))
        {
            country = code;
            return true;
        }

        if (CountryNames.IsRegion(t))
        {
            return true;
        }

        type = colon || line.IsHeading ? type : null;
        if ((colon || line.IsHeading) && words.Length <= 10 && !t.Contains('\t', StringComparison.Ordinal))
        {
            // "Signed on behalf of the following networks:" — a heading of any words ends in a colon.
            return true;
        }

        type = null;
        return false;
    }

    private static bool IsCount(string bare)
    {
        if (bare.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in bare)
        {
            if (!char.IsDigit(c) && c != '+')
            {
                return false;
            }
        }

        return true;
    }

}
