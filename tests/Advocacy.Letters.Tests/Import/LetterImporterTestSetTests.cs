using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Advocacy.Letters.Import;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>
/// Scores the importer on the whole test set, as it will be judged on letters it has never seen: signatory F1 on
/// names; acronym, country and type of the matched ones; demand recall and precision; addressees. Prints the
/// figures (recorded in the README) and every miss.
/// </summary>
public class LetterImporterTestSetTests
{
    [Fact]
    public void Import_TestSet_MeetsTheTargets()
    {
        var score = new Score();
        var report = new StringBuilder();
        var cases = ImportTestSet.All().ToList();
        foreach (var testCase in cases)
        {
            var result = ImportTestSet.Import(testCase);
            score.Add(testCase, result.Letter, report);
        }

        report.Insert(0, score.Summary(cases.Count));
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Console.WriteLine(score.Summary(cases.Count));

        Assert.True(cases.Count >= 17, $"{cases.Count} letters");
        Assert.True(score.SignatoryF1 >= 0.97, report.ToString());
        Assert.True(score.AcronymAccuracy >= 0.95, report.ToString());
        Assert.True(score.CountryAccuracy >= 0.95, report.ToString());
        Assert.True(score.TypeAccuracy >= 0.95, report.ToString());
        Assert.True(score.DemandRecall >= 0.85, report.ToString());
        Assert.True(score.DemandPrecision >= 0.7, report.ToString());
        Assert.True(score.AddresseeRecall >= 0.9, report.ToString());
    }

    [Fact]
    public void Import_TestSet_EveryLetterImportsAndValidatesOrSaysWhy()
    {
        foreach (var testCase in ImportTestSet.All())
        {
            var result = ImportTestSet.Import(testCase);
            Assert.NotEmpty(result.Letter.Signatories);
            Assert.NotEmpty(result.Letter.Body);
            Assert.True(result.IsValid, testCase.Name + ": " + string.Join("; ", result.Errors));
        }
    }

    internal sealed class Score
    {
        private int expectedSignatories;
        private int foundSignatories;
        private int matchedSignatories;
        private int acronymsRight;
        private int countriesRight;
        private int typesRight;
        private int expectedDemands;
        private int recalledDemands;
        private int foundDemands;
        private int preciseDemands;
        private int expectedAddressees;
        private int matchedAddressees;

        public double SignatoryPrecision => Ratio(matchedSignatories, foundSignatories);

        public double SignatoryRecall => Ratio(matchedSignatories, expectedSignatories);

        public double SignatoryF1 => SignatoryPrecision + SignatoryRecall == 0 ? 0 : 2 * SignatoryPrecision * SignatoryRecall / (SignatoryPrecision + SignatoryRecall);

        public double AcronymAccuracy => Ratio(acronymsRight, matchedSignatories);

        public double CountryAccuracy => Ratio(countriesRight, matchedSignatories);

        public double TypeAccuracy => Ratio(typesRight, matchedSignatories);

        public double DemandRecall => Ratio(recalledDemands, expectedDemands);

        public double DemandPrecision => Ratio(preciseDemands, foundDemands);

        public double AddresseeRecall => Ratio(matchedAddressees, expectedAddressees);

        public void Add(ImportCase testCase, Letter letter, StringBuilder report)
        {
            var found = letter.Signatories.ToList();
            expectedSignatories += testCase.Signatories.Count;
            foundSignatories += found.Count;
            var unmatched = new List<Signatory>(found);
            foreach (var expected in testCase.Signatories)
            {
                var match = unmatched.FirstOrDefault(s => Normal(s.Name) == Normal(expected.Name));
                if (match is null)
                {
                    report.Append(CultureInfo.InvariantCulture, $"{testCase.Name}: missed signatory \"{expected.Name}\"\n");
                    continue;
                }

                unmatched.Remove(match);
                matchedSignatories++;
                Check(ref acronymsRight, expected.Acronym, match.Acronym, "acronym");
                Check(ref countriesRight, expected.Country, match.Country, "country");
                Check(ref typesRight, expected.Type.ToString(), match.Type.ToString(), "type");

                void Check(ref int right, string? want, string? got, string what)
                {
                    if (want == got)
                    {
                        right++;
                    }
                    else
                    {
                        report.Append(CultureInfo.InvariantCulture, $"{testCase.Name}: \"{expected.Name}\" {what} {got ?? "none"}, expected {want ?? "none"}\n");
                    }
                }
            }

            foreach (var extra in unmatched)
            {
                report.Append(CultureInfo.InvariantCulture, $"{testCase.Name}: extra signatory \"{extra.Name}\" (label \"{extra.Label}\")\n");
            }

            var demands = letter.Demands.Select(d => d.Text).ToList();
            expectedDemands += testCase.Demands.Count;
            foundDemands += demands.Count;
            foreach (var expected in testCase.Demands)
            {
                if (demands.Any(d => Overlaps(d, expected)))
                {
                    recalledDemands++;
                }
                else
                {
                    report.Append(CultureInfo.InvariantCulture, $"{testCase.Name}: missed demand \"{expected}\"\n");
                }
            }

            foreach (var demand in demands)
            {
                if (testCase.Demands.Any(e => Overlaps(demand, e)))
                {
                    preciseDemands++;
                }
                else
                {
                    report.Append(CultureInfo.InvariantCulture, $"{testCase.Name}: extra demand \"{demand}\"\n");
                }
            }

            expectedAddressees += testCase.Addressees.Count;
            foreach (var (name, role) in testCase.Addressees)
            {
                if (letter.Addressees.Any(a => Normal(a.Name).Contains(Normal(name), StringComparison.Ordinal) && (a.Role == AddresseeRole.To ? "to" : "cc") == role))
                {
                    matchedAddressees++;
                }
                else
                {
                    report.Append(CultureInfo.InvariantCulture, $"{testCase.Name}: missed addressee \"{name}\" ({role}); found {string.Join(", ", letter.Addressees.Select(a => $"\"{a.Name}\" ({a.Role})"))}\n");
                }
            }
        }

        public string Summary(int letters) => string.Create(CultureInfo.InvariantCulture,
            $"""
            {letters} letters, {expectedSignatories} signatories, {expectedDemands} demands, {expectedAddressees} addressees
            signatories  precision {SignatoryPrecision:F3}  recall {SignatoryRecall:F3}  F1 {SignatoryF1:F3}
            of matched   acronym {AcronymAccuracy:F3}  country {CountryAccuracy:F3}  type {TypeAccuracy:F3}
            demands      recall {DemandRecall:F3}  precision {DemandPrecision:F3}
            addressees   recall {AddresseeRecall:F3}

            """);

        private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

        // One demand found for one expected: the same words, one inside the other, or most words shared.
        private static bool Overlaps(string found, string expected)
        {
            var a = Normal(found);
            var b = Normal(expected);
            if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal) && a.Length * 2 >= b.Length)
            {
                return true;
            }

            var wordsA = a.Split(' ').ToHashSet();
            var wordsB = b.Split(' ').ToHashSet();
            var shared = wordsA.Intersect(wordsB).Count();
            return shared >= 0.6 * Math.Max(wordsA.Count, wordsB.Count);
        }

        private static string Normal(string text)
        {
            var builder = new StringBuilder();
            var space = false;
            foreach (var c in text.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (space && builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    space = false;
                    builder.Append(c);
                }
                else if (c is not ('\'' or '’'))
                {
                    space = true;
                }
            }

            return builder.ToString();
        }
    }
}
