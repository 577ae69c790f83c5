using System;
using System.Collections.Generic;
using System.IO;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli;

/// <summary>
/// Letters in bulk, in three forms: a JSON Lines corpus (<c>.jsonl</c>), a JSON array of letters (<c>.json</c>), or a
/// folder of one canonical <c>{id}.json</c> file per letter.
/// </summary>
internal static class Corpus
{
    /// <summary>Tells whether <paramref name="file"/> is a JSON Lines corpus: by its extension, or <c>-</c> with <c>--jsonl</c>.</summary>
    public static bool IsJsonLines(string file, bool stdinIsCorpus) =>
        file == Input.StandardInput ? stdinIsCorpus : file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Converts <paramref name="input"/> (folder, <c>.json</c> array or letter, or <c>.jsonl</c>) to
    /// <paramref name="output"/> (<c>.jsonl</c>, <c>.json</c> array, or a folder), through the library's streaming
    /// readers and atomic writers: the output appears whole or not at all, and an existing one is never replaced.
    /// </summary>
    /// <returns>How many letters were written, or why nothing could be (a one-line reason with its location).</returns>
    public static (int Written, string? Error) Convert(string input, string output)
    {
        try
        {
            if (!Directory.Exists(input) && !File.Exists(input))
            {
                return (0, $"{input}: not found (expected a folder, a .json or a .jsonl file)");
            }

            return (LetterCorpus.Write(Read(input), output), null);
        }
        catch (ConvertException ex)
        {
            return (0, ex.Message);
        }
        catch (LetterJsonException ex)
        {
            return (0, $"{output}: {ex.Message}");
        }
        catch (Exception ex) when (Input.IsFileProblem(ex))
        {
            return (0, ex is OutputExistsException ? ex.Message : $"{output}: {Input.Describe(output, ex)}");
        }
    }

    /// <summary>Reads the letters of a folder, a <c>.json</c> array (or single letter) or a <c>.jsonl</c> corpus, lazily; a bad one throws <see cref="ConvertException"/>.</summary>
    internal static IEnumerable<Letter> Read(string input)
    {
        foreach (var entry in LetterCorpus.Read(input))
        {
            if (!entry.Succeeded)
            {
                var where = entry.Path ?? input;
                throw new ConvertException(entry.Index is { } index
                    ? $"{where}: item {index}: {entry.Message}"
                    : $"{where}: {entry.Message}");
            }

            yield return entry.Letter;
        }
    }

    /// <summary>A conversion that cannot go on, with a one-line reason that names the file and the place.</summary>
    internal sealed class ConvertException(string message) : Exception(message);
}
