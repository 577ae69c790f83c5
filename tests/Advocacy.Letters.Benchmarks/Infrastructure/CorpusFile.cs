using System;
using System.Globalization;
using System.IO;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Benchmarks.Infrastructure;

/// <summary>
/// The JSON Lines corpus of <see cref="SampleLetters.Generate"/> (what <c>letters generate --count N --seed 20110908</c>
/// writes), generated once per size and cached under the system temp folder: the same corpus the README and the
/// app's tests use, the same bytes on every machine.
/// </summary>
public static class CorpusFile
{
    /// <summary>The corpus's version: part of the cache key, bump it whenever the generator changes.</summary>
    public const string Version = "2";

    /// <summary>The seed every benchmark uses.</summary>
    public const long Seed = 20110908;

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

    /// <summary>Yields the corpus's <paramref name="count"/> letters, one at a time, always the same ones.</summary>
    public static System.Collections.Generic.IEnumerable<Letter> Generate(int count) => SampleLetters.Generate(count, Seed);
}
