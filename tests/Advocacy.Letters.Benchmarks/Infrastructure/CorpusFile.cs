using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Benchmarks.Infrastructure;

/// <summary>
/// A JSON Lines corpus of varied copies of <see cref="SampleLetters.Dprk2011"/>, generated once per size and cached
/// under the system temp folder. Copies differ in id, title, dates, signatories (a reordered subset, some names in
/// Hangul or with an emoji) and demands (a subset, with the responses' dispositions to match), so lines differ in
/// length and content. Every copy is meant to be valid; a sample is validated while generating.
/// </summary>
public static class CorpusFile
{
    /// <summary>The generator's version: part of the cache key, bump it whenever <see cref="Generate"/> changes.</summary>
    public const string Version = "1";

    /// <summary>One letter in this many (and the first ten) is validated while generating.</summary>
    private const int ValidateEvery = 997;

    private static readonly string[] Titles =
    [
        "ICNK Letter To Kim Jong Il",
        "Joint Letter to Chairman Kim Jong-il on Crimes against Humanity",
        "Open Letter on Political Prison Camps in North Korea",
        "김정일 국방위원장께 드리는 공개서한",
        "Appeal to Kim Jong-il: Close the Camps 🕊️",
    ];

    private static readonly string[] HangulNames =
    [
        "북한인권시민연합",
        "북한민주화네트워크",
        "좋은벗들",
        "국제앰네스티 한국지부",
        "열린북한방송",
    ];

    private static readonly string[] Emoji = ["🕊️", "✊", "📜", "🌏", "🇰🇷"];

    /// <summary>Gets the cache folder under the system temp folder.</summary>
    public static string Folder => Path.Combine(Path.GetTempPath(), "advocacy-letters-benchmarks");

    /// <summary>Gets where the corpus of <paramref name="count"/> letters is cached.</summary>
    public static string PathFor(int count) =>
        Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"corpus-v{Version}-{count}.jsonl"));

    /// <summary>Returns the cached corpus of <paramref name="count"/> letters, generating it first if it is missing.</summary>
    /// <param name="count">How many letters.</param>
    /// <param name="log">Where to say that the corpus is being generated, or <see langword="null"/>.</param>
    public static string Ensure(int count, TextWriter? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var path = PathFor(count);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Folder);
        log?.WriteLine($"generating {count:N0} letters into {path} ...");

        // Atomic: a run that is stopped half-way leaves no half corpus; a racing run's whole corpus is as good.
        LetterJsonLines.WriteFile(Generate(count), path, OutputOptions.Replace);
        log?.WriteLine($"generated {new FileInfo(path).Length:N0} bytes");
        return path;
    }

    /// <summary>Yields <paramref name="count"/> varied copies of the sample letter, one at a time, always the same ones.</summary>
    /// <exception cref="InvalidOperationException">A sampled copy is not valid: the generator is wrong.</exception>
    public static IEnumerable<Letter> Generate(int count)
    {
        var original = SampleLetters.Dprk2011;

        // Seeded, so every machine generates the same corpus; not a security use.
#pragma warning disable CA5394
        var random = new Random(20110908);
#pragma warning restore CA5394
        for (var i = 0; i < count; i++)
        {
            var letter = Vary(original, i, random);
            if (i < 10 || i % ValidateEvery == 0)
            {
                var result = LetterValidator.Validate(letter);
                if (!result.IsValid)
                {
                    var problem = result.Problems.First(p => p.Severity == ValidationSeverity.Error);
                    throw new InvalidOperationException(
                        $"generated letter {i} is not valid: {problem.Path} {problem.Code} {problem.Message}");
                }
            }

            yield return letter;
        }
    }

#pragma warning disable CA5394 // Seeded pseudo-random variation for test data, not a security use.
    private static Letter Vary(Letter original, int index, Random random)
    {
        // Shifting every date back by the same number of days keeps events and responses after the letter, and the
        // letter inside the addressee's time in office.
        var shift = -random.Next(0, 120);

        var signatories = original.Signatories.ToArray();
        random.Shuffle(signatories);
        var signatoryCount = random.Next(5, signatories.Length + 1);
        var signed = signatories.Take(signatoryCount).ToArray();
        if (index % 3 == 0)
        {
            signed[0] = Rename(signed[0], HangulNames[random.Next(HangulNames.Length)] + " · " + signed[0].Name);
        }

        if (index % 5 == 0)
        {
            var at = random.Next(signed.Length);
            signed[at] = Rename(signed[at], signed[at].Name + " " + Emoji[random.Next(Emoji.Length)]);
        }

        // A subset of the demands, in the letter's order, and only the dispositions that answer one of them.
        var demands = original.Demands.Where(_ => random.Next(4) != 0).ToImmutableArray();
        if (demands.IsEmpty)
        {
            demands = [original.Demands[random.Next(original.Demands.Length)]];
        }

        var kept = demands.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var responses = original.Responses
            .Select(r => r with
            {
                Date = Shift(r.Date, shift),
                Dispositions = [.. r.Dispositions.Where(d => kept.Contains(d.Demand))],
            })
            .ToImmutableArray();

        return original with
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{original.Id}-{index:D6}"),
            Title = string.Create(CultureInfo.InvariantCulture, $"{Titles[index % Titles.Length]} (copy {index + 1})"),
            Date = original.Date is { } date ? Shift(date, shift) : null,
            Demands = demands,
            Signatories = [.. signed],
            Events = [.. original.Events.Select(e => e with { Date = Shift(e.Date, shift) })],
            Responses = responses,
        };
    }
#pragma warning restore CA5394

    private static Signatory Rename(Signatory signatory, string name) =>
        signatory with { Name = name, Label = signatory.Label.Replace(signatory.Name, name, StringComparison.Ordinal) };

    /// <summary>Moves a date by whole days, keeping its precision; a month or year moves with its last day, so it never lands before a date moved alike.</summary>
    private static PartialDate Shift(PartialDate date, int days) => date.Precision switch
    {
        DatePrecision.Day => PartialDate.FromDate(date.Start.PlusDays(days)),
        DatePrecision.Month => PartialDate.FromYearMonth(date.End.PlusDays(days).ToYearMonth()),
        _ => PartialDate.FromYear(date.End.PlusDays(days).Year),
    };
}
