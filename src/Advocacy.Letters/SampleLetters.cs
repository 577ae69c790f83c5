using System;
using System.IO;
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

    private static Letter Load(string name)
    {
        using var stream = Open(name);
        return LetterJson.Read(stream);
    }

    private static Stream Open(string name) =>
        typeof(SampleLetters).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded sample '{name}' is missing from the assembly.");
}
