using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// Reads a whole letter: finds its salutation and valediction, takes what comes before as front matter (title,
/// date, place, subject, addressees), what lies between as the body, and what follows as the signatures.
/// </summary>
internal sealed class LetterReader(ImportSession session)
{
    private readonly List<Addressee> addressees = [];
    private string? title;
    private string? subject;
    private PartialDate? date;
    private string? place;

    public Letter Read(string text)
    {
        var lines = SourceReader.Read(text, session);
        var first = lines.FindIndex(l => !l.IsBlank);
        if (first < 0)
        {
            session.Warn(string.Empty, ImportCodes.EmptyInput, 0, "the input holds no text");
            return Assemble([], null, null, null, [], []);
        }

        var salutation = -1;
        for (var i = first; i < lines.Count; i++)
        {
            session.Step(lines[i].Text.Length);
            if (!lines[i].IsBlank && LetterParts.IsSalutation(lines[i].Text))
            {
                salutation = i;
                break;
            }
        }

        var valediction = -1;
        var valedictionRest = string.Empty;
        for (var i = salutation + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && LetterParts.IsValediction(lines[i].Text, out valedictionRest))
            {
                valediction = i;
                break;
            }
        }

        var signaturesStart = valediction >= 0 ? valediction + 1 : TrailingList(lines, Math.Max(salutation + 1, first));
        var bodyStart = salutation >= 0 ? salutation + 1 : FirstProse(lines, first, signaturesStart);
        var bodyEnd = valediction >= 0 ? valediction : signaturesStart;
        if (bodyStart > bodyEnd)
        {
            bodyStart = bodyEnd;
        }

        if (salutation < 0)
        {
            session.Warn("/salutation", ImportCodes.SalutationNotFound, lines[bodyStart < lines.Count ? bodyStart : first].Number,
                "no salutation (\"Dear …,\") was found: the body starts at the first paragraph of prose");
        }

        if (valediction < 0)
        {
            session.Warn("/valediction", ImportCodes.ValedictionNotFound, 0,
                "no valediction (\"Yours sincerely,\") was found: the signatories are the list that ends the letter");
        }

        FrontMatter(lines.GetRange(first, Math.Max(0, (salutation >= 0 ? salutation : bodyStart) - first)));
        var paragraphs = Paragraphs(lines.GetRange(bodyStart, bodyEnd - bodyStart));

        string? closing = null;
        if (paragraphs.Count >= 2 && LetterParts.IsClosing(paragraphs[paragraphs.Count - 1].Text))
        {
            closing = paragraphs[paragraphs.Count - 1].Text;
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        var signatureLines = new List<SourceLine>();
        if (valedictionRest.Length > 0)
        {
            signatureLines.Add(new SourceLine(valedictionRest, lines[valediction].Number));
        }

        signatureLines.AddRange(lines.GetRange(signaturesStart, lines.Count - signaturesStart));
        var signatures = new SignatureBlock(session);
        signatures.Read(signatureLines);
        if (signatures.CopyLines.Count > 0)
        {
            addressees.AddRange(AddresseeReader.ReadList(signatures.CopyLines, AddresseeRole.Cc));
        }

        var salutationText = salutation >= 0 ? Clean(TextTools.StripEmphasis(lines[salutation].Text)) : null;
        var valedictionText = valediction >= 0 ? Clean(ValedictionText(lines[valediction].Text, valedictionRest)) : null;
        Addressees(salutationText, lines, salutation);
        return Assemble(paragraphs, salutationText, closing, valedictionText, signatures.Entries, lines);
    }

    private static string ValedictionText(string line, string rest)
    {
        var t = TextTools.StripEmphasis(line).Trim();
        if (rest.Length == 0)
        {
            return t;
        }

        var at = t.LastIndexOf(rest, StringComparison.Ordinal);
        return at > 0 ? t.Substring(0, at).Trim() : t;
    }

    /// <summary>Where the list of signatures that ends the letter starts, walking back over list-like lines.</summary>
    private int TrailingList(List<SourceLine> lines, int floor)
    {
        var start = lines.Count;
        for (var i = lines.Count - 1; i >= floor; i--)
        {
            session.Step(lines[i].Text.Length);
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (!LetterParts.IsSignatureLike(lines[i].Text))
            {
                break;
            }

            start = i;
        }

        return start;
    }

    private int FirstProse(List<SourceLine> lines, int first, int limit)
    {
        var i = first;
        while (i < limit)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }

            var end = i;
            var longest = 0;
            var joined = new StringBuilder();
            while (end < limit && !lines[end].IsBlank)
            {
                longest = Math.Max(longest, lines[end].Text.Length);
                joined.Append(lines[end].Text).Append(' ');
                end++;
            }

            session.Step(joined.Length);
            var text = joined.ToString().Trim();
            var labelled = LetterParts.Subject(text) is not null || LetterParts.To(text) is not null || SignatureBlock.CopyMark(text) is not null;
            if (!labelled && !lines[i].IsHeading && LetterParts.IsProse(text, longest))
            {
                return i;
            }

            i = end;
        }

        return limit;
    }

    private void FrontMatter(List<SourceLine> lines)
    {
        var blocks = Blocks(lines);
        var candidates = new List<List<SourceLine>>();
        var hasToList = false;
        foreach (var block in blocks)
        {
            var kept = new List<SourceLine>();
            for (var i = 0; i < block.Count; i++)
            {
                var line = block[i];
                var text = line.Text;
                session.Step(text.Length);
                if (line.IsHeading)
                {
                    if (title is null)
                    {
                        title = Clean(TextTools.StripEmphasis(text));
                    }

                    continue;
                }

                if (LetterParts.Subject(text) is { } subjectText)
                {
                    var builder = new StringBuilder(subjectText);
                    while (i + 1 < block.Count && Labelled(block[i + 1].Text) == false && block[i + 1].Text.Length > 0 && DateLine.TryRead(block[i + 1].Text) is null)
                    {
                        builder.Append(' ').Append(block[++i].Text);
                    }

                    subject ??= Clean(builder.ToString());
                    continue;
                }

                var to = LetterParts.To(text);
                var cc = to is null ? SignatureBlock.CopyMark(text) : null;
                if (to is not null || cc is not null)
                {
                    var listed = new List<SourceLine>();
                    var first = to ?? cc!;
                    foreach (var item in TextTools.SplitOutsideBrackets(first, ';'))
                    {
                        if (item.Length > 0)
                        {
                            listed.Add(new SourceLine(item, line.Number));
                        }
                    }

                    while (i + 1 < block.Count && !Labelled(block[i + 1].Text))
                    {
                        var next = block[++i];
                        foreach (var item in TextTools.SplitOutsideBrackets(TextTools.StripListMarker(next.Text, out _), ';'))
                        {
                            if (item.Length > 0)
                            {
                                listed.Add(new SourceLine(item, next.Number));
                            }
                        }
                    }

                    var role = to is not null ? AddresseeRole.To : AddresseeRole.Cc;
                    hasToList |= role == AddresseeRole.To;
                    addressees.AddRange(AddresseeReader.ReadList(listed, role));
                    continue;
                }

                if (LetterParts.IsFrom(text))
                {
                    continue;
                }

                if (date is null && DateLine.TryRead(text) is { } dateLine)
                {
                    date = dateLine.Date;
                    place ??= dateLine.Place is { } p ? Clean(p) : null;
                    if (dateLine.Ambiguous)
                    {
                        session.Warn("/date", ImportCodes.DateAmbiguous, line.Number, $"\"{Excerpt.Of(text)}\" reads either way: it was read day first, as {dateLine.Date}");
                    }

                    continue;
                }

                if (LetterParts.StartsWithLabel(text, ["place:", "location:"]) is { } placeText)
                {
                    place = Clean(placeText);
                    continue;
                }

                kept.Add(line);
            }

            if (kept.Count > 0)
            {
                candidates.Add(kept);
            }
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            var block = candidates[c];
            var joined = string.Join(" ", block.Select(l => l.Text));
            var longest = block.Max(l => l.Text.Length);
            if (LetterParts.IsProse(joined, longest))
            {
                session.Warn("/body", ImportCodes.PreambleSkipped, block[0].Number, $"the text before the letter (\"{Excerpt.Of(joined)}\") was left out of the body");
                continue;
            }

            var others = candidates.Count - c - 1 > 0 || hasToList;
            if (title is null && c == 0 && block.Count <= 3 && LooksLikeTitle(joined, others))
            {
                title = Clean(joined);
                continue;
            }

            addressees.AddRange(AddresseeReader.ReadBlock(block, AddresseeRole.To));
        }
    }

    private static bool Labelled(string text) =>
        LetterParts.Subject(text) is not null || LetterParts.To(text) is not null || SignatureBlock.CopyMark(text) is not null || LetterParts.IsFrom(text);

    private static bool LooksLikeTitle(string text, bool othersFollow)
    {
        var lower = text.ToLowerInvariant();
        foreach (var cue in new[] { "letter", "statement", "appeal", "petition", "open ", "joint ", "re:", "declaration", "call to", "call for", "calls for", "calls on", "urges", "urge " })
        {
            if (lower.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (!othersFollow || AddresseeReader.IsCollective(text) || AddresseeReader.IsPositionLine(text))
        {
            return false;
        }

        var (honorific, name, _) = AddresseeReader.SplitName(text);
        if (honorific is not null || NameShapes.LooksLikePerson(name, out _))
        {
            return false;
        }

        return TextTools.WordCount(text) >= 5 || lower.IndexOf(" on ", StringComparison.Ordinal) > 0 || lower.IndexOf(" to ", StringComparison.Ordinal) > 0;
    }

    private void Addressees(string? salutation, List<SourceLine> lines, int salutationLine)
    {
        if (!addressees.Any(a => a.Role == AddresseeRole.To) && salutation is not null && AddresseeReader.FromSalutation(salutation) is { } greeted)
        {
            addressees.Insert(0, greeted);
            session.Warn("/addressees/0", ImportCodes.AddresseeFromSalutation, lines[salutationLine].Number,
                $"the only addressee found is the one the salutation names (\"{Excerpt.Of(greeted.Name)}\"): add the full name and position");
        }

        if (!addressees.Any(a => a.Role == AddresseeRole.To) && (title ?? subject) is { } heading && AddresseeReader.FromTitle(heading) is { } named)
        {
            addressees.Insert(0, named);
            session.Warn("/addressees/0", ImportCodes.AddresseeFromSalutation, 0,
                $"the only addressee found is the one the title names (\"{Excerpt.Of(named.Name)}\"): add the full name and position");
        }

        if (!addressees.Any(a => a.Role == AddresseeRole.To) && salutation is not null && AddresseeReader.FromSalutation(salutation, allowTitle: true) is { } office)
        {
            addressees.Insert(0, office);
            session.Warn("/addressees/0", ImportCodes.AddresseeFromSalutation, lines[salutationLine].Number,
                $"the only addressee found is the office the salutation names (\"{Excerpt.Of(office.Name)}\"): add the name");
        }

        if (!addressees.Any(a => a.Role == AddresseeRole.To))
        {
            session.Warn("/addressees", ImportCodes.AddresseeNotFound, 0, "no addressee was found: add one with the role \"to\"");
            return;
        }

        if (salutation is null)
        {
            return;
        }

        var index = addressees.FindIndex(a => a.Role == AddresseeRole.To);
        var first = addressees[index];
        if (first.Type == PartyType.Person && first.Honorific is null && AddresseeReader.HonorificFromSalutation(salutation, first.Name) is { } honorific)
        {
            addressees[index] = first with { Honorific = honorific };
        }
    }

    private List<BodyParagraph> Paragraphs(List<SourceLine> lines)
    {
        var paragraphs = new List<BodyParagraph>();
        foreach (var block in Blocks(lines))
        {
            session.Step(block.Count);
            var hasMarkers = block.Any(l => TextTools.HasListMarker(l.Text));
            var current = (StringBuilder?)null;
            var currentList = false;
            var currentLine = 0;

            void Flush()
            {
                if (current is { Length: > 0 })
                {
                    paragraphs.Add(new BodyParagraph(current.ToString(), currentList, currentLine));
                }

                current = null;
            }

            var width = block.Max(l => l.Text.Length);
            var longLines = block.Count > 1 && block.Average(l => l.Text.Length) > 110;
            for (var i = 0; i < block.Count; i++)
            {
                var line = block[i];
                var text = Clean(line.Text);
                var stripped = hasMarkers ? TextTools.StripListMarker(text, out var marked) : text;
                marked = hasMarkers && stripped.Length != text.Length;
                if (marked || current is null || line.IsHeading)
                {
                    Flush();
                    current = new StringBuilder(stripped);
                    currentList = marked;
                    currentLine = line.Number;
                }
                else
                {
                    current.Append(' ').Append(stripped);
                }

                var next = i + 1 < block.Count ? block[i + 1].Text : null;
                var breakHere = line.IsHeading ||
                                (longLines && (TextTools.EndsSentence(text) || text.EndsWith(':'))) ||
                                (!longLines && next is not null && TextTools.EndsSentence(text) && text.Length < width * 0.6 && !TextTools.StartsLower(next));
                if (breakHere && !currentList)
                {
                    Flush();
                }
            }

            Flush();
        }

        // A paragraph cut by a page break or a stray blank line goes on in lower case: join it back.
        for (var i = paragraphs.Count - 2; i >= 0; i--)
        {
            var a = paragraphs[i];
            var b = paragraphs[i + 1];
            if (!a.IsListItem && !b.IsListItem && !TextTools.EndsSentence(a.Text) && !a.Text.EndsWith(':') && TextTools.StartsLower(b.Text))
            {
                a.Text = a.Text + " " + b.Text;
                paragraphs.RemoveAt(i + 1);
                session.Warn("/body", ImportCodes.ParagraphsJoined, b.Line, "a paragraph split by a page break or blank line was joined back together");
            }
        }

        return paragraphs;
    }

    private static List<List<SourceLine>> Blocks(List<SourceLine> lines)
    {
        var blocks = new List<List<SourceLine>>();
        List<SourceLine>? current = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(line);
        }

        return blocks;
    }

    /// <summary>Text for the model: one line, tabs as spaces, single spaces, trimmed.</summary>
    internal static string Clean(string text)
    {
        if (!text.Contains('\t', StringComparison.Ordinal) && !text.Contains("  ", StringComparison.Ordinal))
        {
            return text.Trim();
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private Letter Assemble(List<BodyParagraph> paragraphs, string? salutation, string? closing, string? valediction, List<SignatureEntry> entries, List<SourceLine> lines)
    {
        _ = lines;
        var tidied = Tidy(addressees);
        var body = ImmutableArray.CreateBuilder<Paragraph>();
        var finder = new DemandFinder(session, tidied.FirstOrDefault(a => a.Role == AddresseeRole.To)?.Name);
        var leadIn = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var id = "p" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var paragraph = paragraphs[i];
            body.Add(new Paragraph { Id = id, Text = paragraph.Text });
            finder.Find(id, paragraph, leadIn && paragraph.IsListItem);
            leadIn = DemandFinder.IsLeadIn(paragraph) || (leadIn && paragraph.IsListItem);
        }

        if (finder.Demands.Count == 0 && paragraphs.Count > 0)
        {
            session.Warn("/demands", ImportCodes.DemandsNotFound, 0, "no sentence asking something of the addressee was found");
        }

        var signatories = Signatories(entries);
        var resolvedTitle = Optional(title) ?? Optional(subject);
        if (resolvedTitle is null)
        {
            var to = tidied.FirstOrDefault(a => a.Role == AddresseeRole.To);
            resolvedTitle = to is null ? "Imported letter" : Clean("Letter to " + to.Name);
            session.Warn("/title", ImportCodes.TitleGuessed, 0, $"the text has no title or subject line: \"{Excerpt.Of(resolvedTitle)}\" was made up");
        }

        var kind = signatories.Length > 1 ? LetterKind.JointLetter : LetterKind.OpenLetter;
        var lowerTitle = resolvedTitle.ToLowerInvariant();
        if (lowerTitle.Contains("petition", StringComparison.Ordinal))
        {
            kind = LetterKind.Petition;
        }
        else if (lowerTitle.Contains("appeal", StringComparison.Ordinal) && signatories.Length <= 1)
        {
            kind = LetterKind.Appeal;
        }

        return new Letter
        {
            Id = Id(resolvedTitle),
            Title = resolvedTitle,
            Kind = kind,
            Language = session.Options.Language,
            Date = date,
            Place = Optional(place),
            Addressees = tidied,
            Salutation = salutation is { Length: > 0 } ? salutation : null,
            Body = body.ToImmutable(),
            Closing = closing,
            Valediction = valediction is { Length: > 0 } ? valediction : null,
            Demands = finder.Demands.ToImmutable(),
            Signatories = signatories,
        };
    }

    /// <summary>Every text of the addressees on one clean line; an addressee left with no name is dropped, an empty optional text is none.</summary>
    private static ImmutableArray<Addressee> Tidy(List<Addressee> list)
    {
        var result = ImmutableArray.CreateBuilder<Addressee>();
        foreach (var addressee in list)
        {
            if (Optional(addressee.Name) is not { } name)
            {
                continue;
            }

            var positions = ImmutableArray.CreateBuilder<Position>();
            foreach (var position in addressee.Positions)
            {
                if (Optional(position.Title) is { } positionTitle)
                {
                    positions.Add(position with { Title = positionTitle, Organization = Optional(position.Organization), Label = Optional(position.Label) });
                }
            }

            var address = addressee.Address is { } a
                ? a with { Lines = [.. a.Lines.Select(Optional).OfType<string>()], Locality = Optional(a.Locality) }
                : null;
            result.Add(addressee with { Name = name, Honorific = Optional(addressee.Honorific), Positions = positions.ToImmutable(), Address = address });
        }

        return result.ToImmutable();
    }

    private static string? Optional(string? text) => text is null ? null : Clean(text) is { Length: > 0 } clean ? clean : null;

    private ImmutableArray<Signatory> Signatories(List<SignatureEntry> entries)
    {
        var result = ImmutableArray.CreateBuilder<Signatory>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var guessed = 0;
        foreach (var entry in entries)
        {
            var signatory = entry.Signatory with { Label = Clean(entry.Signatory.Label), Name = Clean(entry.Signatory.Name), Acronym = Optional(entry.Signatory.Acronym) };
            if (signatory.Name.Length == 0 || signatory.Label.Length == 0)
            {
                continue;
            }

            var key = signatory.Name + "\u0001" + signatory.Country;
            if (!seen.Add(key))
            {
                session.Warn("/signatories", ImportCodes.TextSkipped, entry.Line, $"\"{Excerpt.Of(signatory.Label)}\" signed twice: the second signature was left out");
                continue;
            }

            var path = "/signatories/" + result.Count.ToString(CultureInfo.InvariantCulture);
            if (entry.TypeGuessed && guessed++ < 20)
            {
                session.Warn(path + "/type", ImportCodes.SignatoryTypeGuessed, entry.Line, $"\"{Excerpt.Of(signatory.Name)}\" was taken for a person from the shape of the name");
            }

            if (entry.Region is { } region)
            {
                session.Warn(path + "/country", ImportCodes.RegionNotRecorded, entry.Line, $"\"{Excerpt.Of(region)}\" is a region, not a country: no country was recorded");
            }

            if (entry.OnBehalf)
            {
                session.Warn(path, ImportCodes.SignatoryOnBehalf, entry.Line, $"\"{Excerpt.Of(signatory.Label)}\" was read as a signature of {Excerpt.Of(signatory.Name)}");
            }

            result.Add(signatory);
        }

        if (result.Count == 0)
        {
            session.Warn("/signatories", ImportCodes.SignatoriesNotFound, 0, "no list of signatories was found after the letter");
        }

        return result.ToImmutable();
    }

    private string Id(string resolvedTitle)
    {
        if (session.Options.Id is { } wanted)
        {
            var slug = TextTools.Slug(wanted, 64);
            if (slug != wanted)
            {
                session.Warn("/id", ImportCodes.IdChanged, 0, $"\"{Excerpt.Of(wanted)}\" is not a slug: \"{slug}\" is used instead");
            }

            if (slug.Length > 0)
            {
                return slug;
            }
        }

        var fromTitle = TextTools.Slug(resolvedTitle, 56);
        if (fromTitle.Length == 0)
        {
            fromTitle = "letter";
        }

        return date is { } d ? fromTitle + "-" + d.Year.ToString(CultureInfo.InvariantCulture) : fromTitle;
    }
}
