using System;
using System.Collections.Generic;
using System.IO;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters;

/// <summary>Real letters that ship with the library as sample data, read from embedded resources.</summary>
public static class SampleLetters
{
    private const string Dprk2011Resource = "Advocacy.Letters.Samples.dprk-letter-2011.json";

    private static readonly Lazy<Letter> Dprk2011Letter = new(() => Load(Dprk2011Resource));

    /// <summary>
    /// Gets the joint letter of 40 human-rights organisations and one individual to Kim Jong-il, released on
    /// 8 September 2011 by the International Coalition to Stop Crimes against Humanity in North Korea (ICNK): every
    /// paragraph, demand and signatory, with its release, delivery and the responses on record, each fact sourced.
    /// </summary>
    /// <remarks>The same data as <c>seeds/dprk-letter-2011.json</c> in the repository; loaded once, on first use.</remarks>
    public static Letter Dprk2011 => Dprk2011Letter.Value;

    /// <summary>Opens the canonical JSON of <see cref="Dprk2011"/>, as shipped.</summary>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    public static Stream OpenDprk2011Json() => Open(Dprk2011Resource);

    /// <summary>
    /// Generates a synthetic corpus of valid letters, the same for the same <paramref name="seed"/> on every machine,
    /// runtime and target framework: for benchmarks, tests and tools that need many varied letters.
    /// </summary>
    /// <param name="count">How many letters to generate; zero gives none.</param>
    /// <param name="seed">Any number: the same seed gives the same letters, in the same order.</param>
    /// <returns>
    /// The letters, made one at a time as they are enumerated (so a corpus of any size costs the memory of one letter);
    /// the letter at index <c>i</c> has the id <c>generated-{i + 1}</c> and depends only on the seed and <c>i</c>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <remarks>
    /// <para>Every letter passes <see cref="Validation.LetterValidator"/> without a problem. Letters vary their
    /// language and script (English, Korean, Russian, Arabic, Chinese and Japanese text, so Latin, Hangul, Cyrillic,
    /// Arabic and CJK), emoji beyond the Basic Multilingual Plane, partial dates (<c>2011</c>, <c>2011-09</c>), list
    /// sizes (one signatory to several hundred, none to a dozen demands), optional members present or absent, and
    /// responses with dispositions. The text is synthetic; names and places are invented.</para>
    /// <para>The generator uses its own pseudo-random numbers (SplitMix64) and no culture-dependent formatting. A
    /// release may change what a seed generates; CHANGELOG.md says so when it does.</para>
    /// </remarks>
    public static IEnumerable<Letter> Generate(int count, long seed)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The number of letters may not be negative.");
        }

        return Letters(count, seed);

        static IEnumerable<Letter> Letters(int count, long seed)
        {
            for (var i = 0; i < count; i++)
            {
                yield return LetterGenerator.Generate(seed, i);
            }
        }
    }

    private static Letter Load(string name)
    {
        using var stream = Open(name);
        return LetterJson.Read(stream);
    }

    private static Stream Open(string name) =>
        typeof(SampleLetters).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded sample '{name}' is missing from the assembly.");
}
