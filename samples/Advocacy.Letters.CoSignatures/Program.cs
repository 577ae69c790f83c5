using Advocacy.Letters;

// A corpus: the 2011 letter and two follow-ups that print some of the same names in capitals or without accents.
// Read your own with LetterJsonLines.ReadFile("corpus.jsonl"), or LetterJson.ReadFile for each file.
Letter first = SampleLetters.Dprk2011;
Letter second = (first with
{
    Id = "dprk-2012-follow-up",
    Signatories = [.. first.Signatories.Take(2).Select(s => s with { Name = s.Name.ToUpperInvariant() })],
}).AddSignatory(Organization("Comité des droits de l'homme"));
Letter third = (second with { Id = "dprk-2013-follow-up", Signatories = [Organization("Comite des droits de l'homme")] })
    .AddSignatory(first.Signatories[1]);
Letter[] corpus = [first, second, third];

// PartyKey says who a party is: the same name whatever its case, accents or width, and the same country.
var coSigners = corpus
    .SelectMany(letter => letter.Signatories.DistinctBy(PartyKey.Of))
    .GroupBy(PartyKey.Of)
    .Where(party => party.Count() > 1)
    .OrderByDescending(party => party.Count())
    .ThenBy(party => party.Key.Name, StringComparer.Ordinal);
foreach (var party in coSigners)
{
    Console.WriteLine($"{party.Count()} letters: {string.Join(" = ", party.Select(s => s.Name).Distinct())}");
}

static Signatory Organization(string name) => new() { Type = PartyType.Organization, Name = name, Label = name };
