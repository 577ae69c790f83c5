using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;

namespace Advocacy.Letters.Tests.Export;

/// <summary>Letters for the export tests: hostile names, a letter built in code with a null, and a generated corpus.</summary>
internal static class ExportFixtures
{
    /// <summary>Markup, quotes, CDATA and TEI closers, a line break, bidi controls, emoji and an astral letter.</summary>
    public const string HostileName =
        "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" 'single' ]]> </orgName></persName> & &amp;\nsecond line \u202Eevil\u202C \u2066isolate\u2069 \U0001F600 \U0001D54F 김정일";

    /// <summary>Cells a spreadsheet would run as formulas, and one that starts with the guard itself.</summary>
    public static readonly ImmutableArray<string> FormulaNames =
        ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-1", "@SUM(A1:A9)", "\tTab", "\rReturn", "'quoted"];

    /// <summary>The DPRK letter with hostile text in every kind of field an export writes.</summary>
    public static Letter Hostile { get; } = MakeHostile();

    /// <summary>A letter built in code with a null signatory: every writer must refuse it and write nothing.</summary>
    public static Letter WithNullSignatory { get; } =
        SampleLetters.Dprk2011 with { Signatories = SampleLetters.Dprk2011.Signatories.SetItem(2, null!) };

    public static string TempPath() => Path.Combine(Path.GetTempPath(), "letters-export-" + Guid.NewGuid().ToString("N"));

    /// <summary>A deterministic corpus: signatories drawn from a pool (so that pairs co-sign), responses at partial dates with ties.</summary>
    public static ImmutableArray<Letter> Corpus(int count, int seed = 20111008)
    {
        var random = new Random(seed);
        string?[] countries = ["KR", "JP", "US", "GB", "FR", null, "DE", "TH"];
        var pool = Enumerable.Range(1, 40)
            .Select(i => new Signatory
            {
                Type = i % 9 == 0 ? PartyType.Person : PartyType.Organization,
                Name = $"Org {i:D2}",
                Country = countries[i % countries.Length],
                Label = $"Org {i:D2}",
            })
            .ToArray();
        var statuses = Enum.GetValues<DispositionStatus>();
        var letters = ImmutableArray.CreateBuilder<Letter>(count);
        for (var n = 0; n < count; n++)
        {
            var paragraphs = Enumerable.Range(0, 1 + random.Next(3))
                .Select(p => new Paragraph { Id = $"p{p}", Text = $"Paragraph {p} of letter {n}." }).ToImmutableArray();
            var demands = Enumerable.Range(0, 1 + random.Next(4))
                .Select(d => new Demand { Id = $"d{d}", Paragraph = paragraphs[d % paragraphs.Length].Id, Text = $"Paragraph {d % paragraphs.Length}", Summary = $"Demand {d}." })
                .ToImmutableArray();
            var signatories = pool.OrderBy(_ => random.Next()).Take(3 + random.Next(10)).ToImmutableArray();
            var responses = Enumerable.Range(0, random.Next(4))
                .Select(r => new LetterResponse
                {
                    Id = $"r{r}",
                    Date = RandomDate(random),
                    From = new Party { Type = PartyType.Organization, Name = "Ministry", Country = "KP" },
                    Channel = ResponseChannel.Letter,
                    Stance = ResponseStance.Noncommittal,
                    Summary = $"Response {r}.",
                    Dispositions = demands.Where(_ => random.Next(3) > 0)
                        .Select(d => new Disposition { Demand = d.Id, Status = statuses[random.Next(statuses.Length)] })
                        .ToImmutableArray(),
                })
                .ToImmutableArray();
            letters.Add(new Letter
            {
                Id = $"letter-{n:D4}",
                Title = $"Letter {n}",
                Kind = LetterKind.JointLetter,
                Language = "en",
                Date = PartialDate.FromDate(new LocalDate(2011, 1, 1).PlusDays(n)),
                Addressees = [new Addressee { Role = AddresseeRole.To, Type = PartyType.Person, Name = "Head of State" }],
                Body = paragraphs,
                Demands = demands,
                Signatories = signatories,
                Responses = responses,
            });
        }

        return letters.MoveToImmutable();
    }

    /// <summary>Splits RFC 4180 text into records of cells (quoted cells unquoted); a test-only reader.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || record.Count > 0)
        {
            throw new InvalidDataException("The CSV does not end with CRLF.");
        }

        return records;
    }

    private static PartialDate RandomDate(Random random)
    {
        // Few distinct days, so that responses tie; every precision, so that spans overlap.
        var day = new LocalDate(2012, 1 + random.Next(3), 1 + random.Next(3));
        return random.Next(4) switch
        {
            0 => PartialDate.FromYear(2012),
            1 => PartialDate.FromYearMonth(new YearMonth(day.Year, day.Month)),
            _ => PartialDate.FromDate(day),
        };
    }

    private static Letter MakeHostile()
    {
        var dprk = SampleLetters.Dprk2011;
        var kim = dprk.Addressees[0];
        var signatories = dprk.Signatories
            .Take(2)
            .Select(s => s with { Name = HostileName, Label = HostileName, Acronym = "<b>&</b>" })
            .Concat(FormulaNames.Select(name => new Signatory { Type = PartyType.Person, Name = name, Label = name, Country = "KR" }))
            .ToImmutableArray();
        return dprk with
        {
            Id = "hostile-names",
            Title = HostileName,
            Place = "]]><!-- -->",
            Addressees = [kim with { Name = HostileName, Honorific = "\"Mr\" <b>", Positions = [kim.Positions[0] with { Title = HostileName, Organization = "</orgName>&" }] }],
            Signatories = signatories,
            Body = [dprk.Body[0] with { Text = HostileName }, .. dprk.Body.Skip(1)],
            Sources = [dprk.Sources[0] with { Title = HostileName, Publisher = "=cmd|' /C calc'!A0" }, .. dprk.Sources.Skip(1)],
        };
    }
}
