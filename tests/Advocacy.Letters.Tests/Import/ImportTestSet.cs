using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Html;
using Advocacy.Letters.Import;
using Advocacy.Letters.Tests.Infrastructure;

namespace Advocacy.Letters.Tests.Import;

/// <summary>
/// The import test set: every letter in <c>Import/Letters/</c> with its <c>.expected.json</c> sidecar, the DPRK seed
/// with the dataset as its truth, and a generated 300-signatory letter.
/// </summary>
internal static class ImportTestSet
{
    public static string Folder => Path.Combine(Repository.TestsSource, "Import", "Letters");

    public static IEnumerable<ImportCase> All()
    {
        foreach (var file in Directory.GetFiles(Folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var sidecar = Path.ChangeExtension(file, ".expected.json");
            using var document = JsonDocument.Parse(File.ReadAllText(sidecar));
            var root = document.RootElement;
            var format = file.EndsWith(".md", StringComparison.Ordinal) ? LetterImportFormat.Markdown : LetterImportFormat.Text;
            var html = file.EndsWith(".html", StringComparison.Ordinal);
            yield return new ImportCase(
                Path.GetFileName(file),
                File.ReadAllText(file),
                format,
                [.. root.GetProperty("signatories").EnumerateArray().Select(s => new ExpectedSignatory(
                    s.GetProperty("name").GetString()!, s.GetProperty("acronym").GetString(), s.GetProperty("country").GetString(),
                    s.GetProperty("type").GetString() == "person" ? PartyType.Person : PartyType.Organization))],
                [.. root.GetProperty("demands").EnumerateArray().Select(d => d.GetString()!)],
                [.. root.GetProperty("addressees").EnumerateArray().Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("role").GetString()!))])
            {
                IsHtml = html,
            };
        }

        var dprk = SampleLetters.Dprk2011;
        yield return new ImportCase(
            "dprk-letter-2011.txt (seed)",
            File.ReadAllText(Repository.DprkText),
            LetterImportFormat.Text,
            [.. dprk.Signatories.Select(s => new ExpectedSignatory(s.Name, s.Acronym, s.Country, s.Type))],
            [.. dprk.Demands.Select(d => d.Text)],
            [.. dprk.Addressees.Select(a => (a.Name, a.Role == AddresseeRole.To ? "to" : "cc"))]);

        yield return Generated(300);
    }

    /// <summary>Imports one letter of the set as its file says: HTML through <see cref="HtmlLetterImporter"/>, else as text or Markdown.</summary>
    public static LetterImportResult Import(ImportCase testCase) => testCase.IsHtml
        ? HtmlLetterImporter.Import(testCase.Text)
        : LetterImporter.Import(testCase.Text, new LetterImportOptions { Format = testCase.Format });

    /// <summary>A letter of <paramref name="count"/> signatories in every shape a list mixes, made the same way each time.</summary>
    public static ImportCase Generated(int count)
    {
        string[] adjectives = ["Free", "United", "Open", "Independent", "Civic", "Democratic", "Progressive", "Popular", "Young", "Rural", "Urban", "Coastal", "Northern", "Southern"];
        string[] topics = ["Human Rights", "Press Freedom", "Climate Justice", "Women's Rights", "Land Rights", "Labour Rights", "Legal Aid", "Child Rights", "Migrant Rights", "Digital Rights", "Peace", "Water"];
        string[] kinds = ["Network", "Centre", "Coalition", "Association", "Foundation", "Institute", "Forum", "Alliance", "Initiative", "Council", "Collective"];
        (string Name, string Code)[] countries = [("Kenya", "KE"), ("Brazil", "BR"), ("India", "IN"), ("Germany", "DE"), ("Philippines", "PH"), ("Mexico", "MX"), ("UK", "GB"), ("USA", "US"), ("South Africa", "ZA"), ("Czech Republic", "CZ"), ("ROK", "KR"), ("Côte d'Ivoire", "CI")];
        string[] given = ["Amina", "Carlos", "Priya", "Jonas", "Maria", "Kwame", "Elena", "Tariq", "Sofia", "Hiroshi", "Leila", "Mateo"];
        string[] family = ["Okafor", "Silva", "Raman", "Berg", "Lopez", "Mensah", "Novak", "Haddad", "Rossi", "Sato", "Karimi", "Duarte"];

        var text = new StringBuilder();
        text.Append("Joint letter of ").Append(count).Append(" organisations on the protection of civic space\n\n");
        text.Append("1 June 2023\n\nH.E. Ms. Michelle Bachelet\nUnited Nations High Commissioner for Human Rights\nPalais des Nations\n1211 Geneva 10\nSwitzerland\n\n");
        text.Append("Dear High Commissioner,\n\nAcross the world, civil society organisations face raids, closures and smear campaigns for their peaceful work.\n\n");
        text.Append("We urge you to publish an annual report on reprisals against civil society. Member states should repeal laws that restrict the registration and funding of associations.\n\n");
        text.Append("Yours sincerely,\n\nOrganisations\n\n");
        var expected = new List<ExpectedSignatory>();
        var number = 1;
        for (var i = 0; i < count; i++)
        {
            var words = $"{adjectives[i % adjectives.Length]} {topics[i / adjectives.Length % topics.Length]} {kinds[i % kinds.Length]}";
            var name = i >= adjectives.Length * topics.Length ? words + " of " + family[i % family.Length] + " County" : words;
            var country = countries[(i * 7) % countries.Length];
            var acronym = new string([.. name.Split(' ').Where(w => char.IsUpper(w[0])).Select(w => w[0])]);
            if (i % 10 == 9)
            {
                continue;
            }

            string line;
            switch (i % 5)
            {
                case 0:
                    line = $"{name} ({country.Name})";
                    expected.Add(new(name, null, country.Code, PartyType.Organization));
                    break;
                case 1:
                    line = $"{name} - {acronym} ({country.Name})";
                    expected.Add(new(name, acronym, country.Code, PartyType.Organization));
                    break;
                case 2:
                    line = $"{name}, {country.Name}";
                    expected.Add(new(name, null, country.Code, PartyType.Organization));
                    break;
                case 3:
                    line = $"{acronym} ({name})({country.Name})";
                    expected.Add(new(name, acronym, country.Code, PartyType.Organization));
                    break;
                default:
                    line = $"{name} ({acronym})";
                    expected.Add(new(name, acronym, null, PartyType.Organization));
                    break;
            }

            // Numbered with gaps, as lists edited by hand are.
            text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(line).Append('\n');
            number += i % 13 == 0 ? 2 : 1;
        }

        text.Append("\nIndividuals\n\n");
        for (var i = 9; i < count; i += 10)
        {
            var person = $"{given[i / 10 % given.Length]} {family[i / 7 % family.Length]}";
            var country = countries[i % countries.Length];
            text.Append("- ").Append(person).Append(", Professor, University of ").Append(family[i % family.Length]).Append(", ").Append(country.Name).Append('\n');
            expected.Add(new(person, null, country.Code, PartyType.Person));
        }

        return new ImportCase(
            $"generated-{count}-signatories",
            text.ToString(),
            LetterImportFormat.Text,
            expected,
            ["We urge you to publish an annual report on reprisals against civil society", "Member states should repeal laws that restrict the registration and funding of associations"],
            [("Michelle Bachelet", "to")]);
    }
}

/// <summary>One letter of the test set and what it should import as.</summary>
internal sealed record ImportCase(
    string Name,
    string Text,
    LetterImportFormat Format,
    IReadOnlyList<ExpectedSignatory> Signatories,
    IReadOnlyList<string> Demands,
    IReadOnlyList<(string Name, string Role)> Addressees)
{
    /// <summary>Gets a value indicating whether the letter is an HTML page, read by <see cref="HtmlLetterImporter"/>.</summary>
    public bool IsHtml { get; init; }

    public override string ToString() => Name;
}

/// <summary>A signatory the letter should yield.</summary>
internal sealed record ExpectedSignatory(string Name, string? Acronym, string? Country, PartyType Type);
