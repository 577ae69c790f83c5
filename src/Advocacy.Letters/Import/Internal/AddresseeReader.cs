using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// Reads addressees: an address block (name, honorific, positions, organisation, address lines, city, country),
/// <c>To:</c> and <c>Cc:</c> lists, a collective addressee ("Heads of State of the G20"), or the salutation's name.
/// </summary>
internal static class AddresseeReader
{
    private static readonly HashSet<string> AddressOrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "office", "ministry", "nations", "commission", "council", "government", "parliament", "secretariat", "department",
        "embassy", "mission", "agency", "organization", "organisation", "bank", "fund", "inc", "inc.", "ltd", "ltd.",
        "corporation", "company", "group", "platforms", "union", "committee", "court", "assembly", "palace", "presidency",
        "cabinet", "bureau", "authority", "administration", "foundation", "institute", "university", "senate", "congress",
        "party", "board", "ohchr", "unhcr", "unicef", "who", "un", "eu", "house", "chancellery", "kremlin", "directorate",
    };

    /// <summary>Reads a <c>To:</c> or <c>Cc:</c> list: one addressee per item when each item is "Name, Position", else as an address block.</summary>
    public static List<Addressee> ReadList(List<SourceLine> items, AddresseeRole role)
    {
        if (items.Count > 1 && items.TrueForAll(i => i.Text.Contains(',', StringComparison.Ordinal) && !IsPositionLine(i.Text)))
        {
            var result = new List<Addressee>();
            foreach (var item in items)
            {
                if (ReadInline(item.Text, role) is { } addressee)
                {
                    result.Add(addressee);
                }
            }

            return result;
        }

        return ReadBlock(items, role);
    }

    /// <summary>"Open letter to the Minister of Interior of Kenya" → the Minister of Interior of Kenya.</summary>
    public static Addressee? FromTitle(string title)
    {
        var at = title.LastIndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var name = title.Substring(at + 4).Trim().TrimEnd('.', ':');
        foreach (var cut in new[] { " on ", " about ", " regarding ", " concerning ", " ahead of ", ": " })
        {
            var c = name.IndexOf(cut, StringComparison.Ordinal);
            if (c > 0)
            {
                name = name.Substring(0, c);
            }
        }

        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(4);
        }

        if (name.Length == 0 || !char.IsUpper(name[0]) || TextTools.WordCount(name) > 12)
        {
            return null;
        }

        var collective = IsCollective(name) || NameShapes.LooksLikeOrganization(name) && !IsPositionLine(name);
        return new Addressee
        {
            Role = AddresseeRole.To,
            Type = collective ? PartyType.Organization : PartyType.Person,
            Name = name,
            Positions = IsPositionLine(name) ? [.. ReadPositions(name)] : [],
        };
    }

    /// <summary>Reads an address block: usually one addressee, several when each line names a person.</summary>
    public static List<Addressee> ReadBlock(List<SourceLine> lines, AddresseeRole role)
    {
        var result = new List<Addressee>();
        var start = 0;
        while (start < lines.Count)
        {
            // Each line that opens with a name (not a position, not an address) starts another addressee.
            var end = start + 1;
            while (end < lines.Count && !StartsAnotherAddressee(lines[end].Text, lines, end))
            {
                end++;
            }

            if (ReadOne(lines.GetRange(start, end - start), role) is { } addressee)
            {
                result.Add(addressee);
            }

            start = end;
        }

        return result;
    }

    private static bool StartsAnotherAddressee(string text, List<SourceLine> lines, int index)
    {
        if (IsPositionLine(text) || IsAddressLine(text) || CountryNames.Find(text) is not null)
        {
            return false;
        }

        // A previous line wrapped mid-phrase goes on here.
        if (index > 0 && lines[index - 1].Text.Length >= 55)
        {
            return false;
        }

        var (honorific, name, _) = SplitName(text);
        return honorific is not null && name.Length > 0 && NameShapes.LooksLikePerson(name, out _) && !text.Contains(',', StringComparison.Ordinal) ||
               (IsCollective(text) && index > 0);
    }

    /// <summary>Reads one addressee written on one line: "H.E. Mr. Xi Jinping, President of the People's Republic of China".</summary>
    public static Addressee? ReadInline(string text, AddresseeRole role)
    {
        var t = text.Trim().TrimEnd(';', '.', ',').Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (IsCollective(t))
        {
            return new Addressee { Role = role, Type = PartyType.Organization, Name = t };
        }

        var pieces = TextTools.SplitOutsideBrackets(t, ',');
        var (honorific, name, titleFromHonorific) = SplitName(pieces[0]);
        var rest = pieces.Count > 1 ? string.Join(", ", pieces.GetRange(1, pieces.Count - 1)) : null;
        var positions = ImmutableArray.CreateBuilder<Position>();
        if (rest is not null)
        {
            if (IsPositionLine(rest) || NameShapes.IsRole(rest))
            {
                positions.AddRange(ReadPositions(rest));
            }
            else if (titleFromHonorific is not null)
            {
                positions.Add(new Position { Title = titleFromHonorific, Organization = rest, Label = titleFromHonorific + ", " + rest });
            }
        }

        if (name.Length == 0)
        {
            name = pieces[0];
            honorific = null;
        }

        var type = NameShapes.LooksLikePerson(name, out _) || honorific is not null ? PartyType.Person :
            NameShapes.LooksLikeOrganization(name) ? PartyType.Organization : PartyType.Person;
        return new Addressee { Role = role, Type = type, Name = name, Honorific = honorific, Positions = positions.ToImmutable() };
    }

    private static Addressee? ReadOne(List<SourceLine> lines, AddresseeRole role)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var first = lines[0].Text.TrimEnd(',');
        Addressee addressee;
        var inlineFirst = first.Contains(',', StringComparison.Ordinal) ? ReadInline(first, role) : null;
        if (lines.Count == 1 || inlineFirst is not null && lines.Count == 1)
        {
            return inlineFirst ?? ReadInline(first, role);
        }

        var collective = IsCollective(first);
        var (honorific, name, _) = SplitName(first);
        if (inlineFirst is not null)
        {
            addressee = inlineFirst;
        }
        else if (collective || name.Length == 0)
        {
            addressee = new Addressee { Role = role, Type = PartyType.Organization, Name = first };
        }
        else
        {
            var person = NameShapes.LooksLikePerson(name, out _) || honorific is not null || !NameShapes.LooksLikeOrganization(name);
            addressee = new Addressee { Role = role, Type = person ? PartyType.Person : PartyType.Organization, Name = name, Honorific = honorific };
        }

        // Positions: the lines after the name that open with a title, a wrapped line joined to the one before.
        var i = 1;
        var positionText = new StringBuilder();
        var continued = false;
        while (i < lines.Count && !IsAddressLine(lines[i].Text) && CountryNames.Find(lines[i].Text) is null)
        {
            var wrapped = positionText.Length > 0 && IsWrapped(lines[i - 1].Text, lines[i].Text, continued);
            if (!wrapped && !IsPositionLine(lines[i].Text))
            {
                break;
            }

            if (positionText.Length > 0)
            {
                positionText.Append(wrapped ? " " : " and ");
            }

            continued = wrapped;
            positionText.Append(lines[i].Text.TrimEnd(','));
            i++;
        }

        var positions = new List<Position>(addressee.Positions);
        positions.AddRange(positionText.Length > 0 ? ReadPositions(positionText.ToString()) : []);

        // An organisation line after the positions: "United Nations", "Ministry of Foreign Affairs".
        if (i < lines.Count && lines.Count - i >= 2 && !IsAddressLine(lines[i].Text) && CountryNames.Find(lines[i].Text) is null && IsOrganizationLine(lines[i].Text))
        {
            var organization = lines[i].Text.TrimEnd(',');
            if (positions.Count > 0 && positions[positions.Count - 1].Organization is null)
            {
                var last = positions[positions.Count - 1];
                positions[positions.Count - 1] = last with { Organization = organization };
                i++;
            }
        }

        var address = new List<string>();
        for (; i < lines.Count; i++)
        {
            address.Add(lines[i].Text.TrimEnd(','));
        }

        return addressee with { Positions = [.. positions], Address = address.Count > 0 ? Address(address) : null };
    }

    // A long line wrapped mid-phrase goes on in the next; a continuation goes on again only after a word such as "of".
    private static bool IsWrapped(string previous, string next, bool previousWasContinuation) =>
        !previousWasContinuation && previous.Length >= 55 && next.Length > 0 && !IsPositionStart(next) ||
        TextTools.StartsLower(next) ||
        TextTools.Bare(LastWord(previous)) is "of" or "the" or "and" or "for" or "on" or "in" or "to" or "de";

    private static string LastWord(string text)
    {
        var words = TextTools.Words(text);
        return words.Length == 0 ? string.Empty : words[words.Length - 1];
    }

    private static PostalAddress Address(List<string> lines)
    {
        string? country = null;
        string? locality = null;
        var last = lines[lines.Count - 1];
        var cityLine = -1;
        if (CountryNames.Find(last) is { } code)
        {
            country = code;
            cityLine = lines.Count - 2;
        }
        else
        {
            var comma = last.LastIndexOf(',');
            if (comma > 0 && CountryNames.Find(last.Substring(comma + 1)) is { } inline)
            {
                country = inline;
                locality = Locality(last.Substring(0, comma));
            }
            else
            {
                cityLine = lines.Count - 1;
            }
        }

        if (locality is null && cityLine >= 0)
        {
            locality = Locality(lines[cityLine]);
        }

        return new PostalAddress { Lines = [.. lines], Locality = locality, Country = country };
    }

    // "New York, NY 10017" → New York; "1211 Geneva 10" → Geneva; "Pyongyang" → Pyongyang.
    private static string? Locality(string line)
    {
        var comma = line.IndexOf(',');
        var first = comma > 0 ? line.Substring(0, comma) : line;
        var words = new List<string>();
        foreach (var word in TextTools.Words(first))
        {
            var digits = false;
            foreach (var c in word)
            {
                digits |= char.IsDigit(c);
            }

            if (!digits)
            {
                words.Add(word);
            }
        }

        var text = string.Join(" ", words).Trim();
        if (text.Length == 0 || words.Count > 4 || IsAddressLine(first) && words.Count > 2)
        {
            // A street ("Palais des Nations", "405 East 42nd Street") is not a city: look at the part after the comma.
            return comma > 0 ? Locality(line.Substring(comma + 1)) : null;
        }

        foreach (var word in words)
        {
            var bare = TextTools.Bare(word);
            if (bare is "street" or "st" or "avenue" or "ave" or "road" or "rd" or "box" or "po" or "p.o" or "floor" or "suite" or "building" or "rue" or "avenida" or "calle" or "strasse" or "straße" or "palais")
            {
                return comma > 0 ? Locality(line.Substring(comma + 1)) : null;
            }
        }

        return char.IsUpper(text[0]) || TextTools.HasUncasedLetters(text) ? text : null;
    }

    private static bool IsAddressLine(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        var lower = text.ToLowerInvariant();
        return lower.StartsWith("p.o.", StringComparison.Ordinal) || lower.StartsWith("po box", StringComparison.Ordinal) ||
               lower.IndexOf(" street", StringComparison.Ordinal) > 0 || lower.IndexOf(" avenue", StringComparison.Ordinal) > 0 ||
               lower.StartsWith("palais ", StringComparison.Ordinal) || lower.StartsWith("rue ", StringComparison.Ordinal);
    }

    private static bool IsOrganizationLine(string text)
    {
        foreach (var word in TextTools.Words(text))
        {
            if (AddressOrganizationWords.Contains(TextTools.Bare(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a line names an office: it opens with a title ("President of…", "Deputy Secretary General…").</summary>
    public static bool IsPositionLine(string text)
    {
        if (!IsPositionStart(text))
        {
            return false;
        }

        // "President Joe Biden" names a person; "President of the Republic" and "Secretary-General" name offices.
        var (_, name, _) = SplitName(text);
        return name.Length == 0 || !NameShapes.LooksLikePerson(name, out _) || name.StartsWith("of ", StringComparison.Ordinal);
    }

    private static bool IsPositionStart(string text)
    {
        var words = TextTools.Words(text);
        for (var i = 0; i < Math.Min(4, words.Length); i++)
        {
            var bare = TextTools.Bare(words[i]);
            if (Vocabulary.TitleWords.Contains(bare))
            {
                return true;
            }

            if (bare is not ("the" or "un" or "united" or "nations" or "acting" or "former" or "eu" or "european" or "interim" or "federal" or "national" or "special" or "executive" or "chief" or "senior"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Splits positions: "X and Y of Z" into two of Z; "A of B and C of D" into two; "Deputy … in Charge" stays one.</summary>
    public static List<Position> ReadPositions(string text)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (true)
        {
            var split = FindTitleJoin(rest);
            if (split.At < 0)
            {
                break;
            }

            parts.Add(rest.Substring(0, split.At).Trim().TrimEnd(','));
            rest = rest.Substring(split.At + split.Length).Trim();
        }

        parts.Add(rest);
        var positions = new List<Position>();
        foreach (var part in parts)
        {
            positions.Add(Position(part));
        }

        // "President and Prime Minister of Z": the first title shares the last one's organisation.
        for (var i = positions.Count - 2; i >= 0; i--)
        {
            if (positions[i].Organization is null && positions[i + 1].Organization is { } shared)
            {
                positions[i] = positions[i] with { Organization = shared };
            }
        }

        return positions;
    }

    private static (int At, int Length) FindTitleJoin(string text)
    {
        foreach (var joiner in new[] { "; ", " and ", " & ", ", and " })
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(joiner, from, StringComparison.Ordinal);
                if (at <= 0)
                {
                    break;
                }

                var right = text.Substring(at + joiner.Length);
                var left = text.Substring(0, at);
                if (IsPositionStart(right) && IsPositionStart(left) && StartsWithTitleWord(right))
                {
                    return (at, joiner.Length);
                }

                from = at + joiner.Length;
            }
        }

        return (-1, 0);
    }

    private static bool StartsWithTitleWord(string text)
    {
        var word = TextTools.Bare(TextTools.FirstWord(text));
        return Vocabulary.TitleWords.Contains(word) && char.IsUpper(text.TrimStart()[0]);
    }

    private static Position Position(string part)
    {
        var text = part.Trim();
        var of = text.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
        {
            var title = text.Substring(0, of).Trim();
            var organization = text.Substring(of + 4).Trim();
            var next = organization.IndexOf(" of ", StringComparison.Ordinal);
            if (next > 0 && !organization.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && TextTools.WordCount(organization.Substring(0, next)) <= 3 &&
                CountryNames.Find(organization.Substring(0, next)) is null)
            {
                // "Minister of Foreign Affairs of the Republic of Korea"
                title = text.Substring(0, of + 4 + next).Trim();
                organization = organization.Substring(next + 4).Trim();
            }

            if (organization.StartsWith("the ", StringComparison.Ordinal))
            {
                organization = organization.Substring(4);
            }

            if (TextTools.WordCount(organization) <= 2 && next < 0 && CountryNames.Find(organization) is null && !NameShapes.LooksLikeOrganization(organization) &&
                !char.IsUpper(organization.Length > 0 ? organization[0] : 'a'))
            {
                return new Position { Title = text, Label = text };
            }

            return new Position { Title = title, Organization = organization.Length > 0 ? organization : null, Label = text };
        }

        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            return new Position { Title = text.Substring(0, comma), Organization = text.Substring(comma + 2).Trim(), Label = text };
        }

        return new Position { Title = text, Label = text };
    }

    /// <summary>Splits the honorific ("H.E. Mr.", "President") from the name; the title words of the honorific, if any, for a position.</summary>
    public static (string? Honorific, string Name, string? Title) SplitName(string text)
    {
        var words = TextTools.Words(text.Trim());
        var count = 0;
        string? title = null;
        while (count < words.Length && Vocabulary.Honorifics.Contains(TextTools.Bare(words[count]).TrimEnd('.')))
        {
            count++;
        }

        // "The" alone is no honorific; "Prime" without "Minister" neither.
        if (count == 1 && TextTools.Bare(words[0]) == "the")
        {
            count = 0;
        }

        if (count == 0)
        {
            return (null, text.Trim(), null);
        }

        var honorific = string.Join(" ", words, 0, count);
        var name = string.Join(" ", words, count, words.Length - count);
        var titleWords = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var bare = TextTools.Bare(words[i]);
            if (Vocabulary.TitleWords.Contains(bare) && bare is not ("the" or "high" or "vice"))
            {
                titleWords.Add(words[i]);
            }
        }

        if (titleWords.Count > 0)
        {
            title = string.Join(" ", titleWords);
        }

        return (honorific, name, title);
    }

    /// <summary>"Heads of State of the G20", "Members of the Security Council", "Permanent Representatives…": many people addressed as one.</summary>
    public static bool IsCollective(string text)
    {
        var words = TextTools.Words(text);
        if (words.Length < 2)
        {
            return false;
        }

        var first = TextTools.Bare(words[0]);
        if (first is "to" or "dear" && words.Length > 2)
        {
            first = TextTools.Bare(words[1]);
        }

        return Vocabulary.CollectiveWords.Contains(first) && first is not ("special" or "honourable" or "honorable" or "distinguished" or "member" or "board" or "all") &&
               text.IndexOf(" of ", StringComparison.Ordinal) > 0 ||
               (first is "all" or "distinguished" or "honourable" or "honorable" && words.Length > 1 && Vocabulary.CollectiveWords.Contains(TextTools.Bare(words[1])));
    }

    /// <summary>The honorific a salutation gives the addressee: "Dear Chairman Kim Jong-il," → "Chairman".</summary>
    public static string? HonorificFromSalutation(string salutation, string name)
    {
        var greeting = SalutationName(salutation);
        if (greeting is null)
        {
            return null;
        }

        var words = TextTools.Words(name);
        var at = greeting.IndexOf(name, StringComparison.Ordinal);
        if (at < 0 && words.Length > 0)
        {
            at = greeting.IndexOf(" " + words[words.Length - 1], StringComparison.Ordinal);
            at = at < 0 ? -1 : at + 1;
        }

        if (at <= 0)
        {
            return null;
        }

        var prefix = greeting.Substring(0, at).Trim();
        return prefix.Length > 0 && TextTools.WordCount(prefix) <= 4 && char.IsUpper(prefix[0]) ? prefix : null;
    }

    /// <summary>The words of a salutation after "Dear", without its final comma: "Chairman Kim Jong-il".</summary>
    public static string? SalutationName(string salutation)
    {
        var t = salutation.Trim().TrimEnd(',', ':', '!', '.', ';').Trim();
        foreach (var dear in new[] { "My dear ", "Dear ", "Dearest " })
        {
            if (t.StartsWith(dear, StringComparison.OrdinalIgnoreCase))
            {
                return t.Substring(dear.Length).Trim();
            }
        }

        return null;
    }

    /// <summary>An addressee from the salutation alone: "Dear President Biden," → Biden, President; "Dear Members of the Council," → the members.</summary>
    public static Addressee? FromSalutation(string salutation, bool allowTitle = false)
    {
        var greeting = SalutationName(salutation);
        if (greeting is null || greeting.Contains(',', StringComparison.Ordinal) || TextTools.WordCount(greeting) > 10)
        {
            return null;
        }

        if (IsCollective(greeting))
        {
            return new Addressee { Role = AddresseeRole.To, Type = PartyType.Organization, Name = greeting };
        }

        var (honorific, name, _) = SplitName(greeting);
        if (allowTitle && name.Length == 0 && honorific is not null && !honorific.Contains("Excellenc", StringComparison.OrdinalIgnoreCase) &&
            TextTools.Bare(honorific) is not ("sir" or "madam" or "mr" or "mrs" or "ms" or "dr"))
        {
            // "Dear Minister," — an office with no name: better than no addressee, and a warning says so.
            return new Addressee { Role = AddresseeRole.To, Type = PartyType.Person, Name = honorific, Positions = [new Position { Title = honorific }] };
        }

        if (allowTitle || name.Length == 0 || !char.IsUpper(name[0]) || name.Contains(" or ", StringComparison.OrdinalIgnoreCase) ||
            TextTools.Bare(name) is "sir" or "madam" or "colleagues" or "friends" or "all" or "excellencies" || name.StartsWith("of ", StringComparison.Ordinal))
        {
            return null;
        }

        return new Addressee { Role = AddresseeRole.To, Type = NameShapes.LooksLikeOrganization(name) && honorific is null ? PartyType.Organization : PartyType.Person, Name = name, Honorific = honorific };
    }
}
