using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
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
    /// Converts <paramref name="input"/> (folder, <c>.json</c> array or <c>.jsonl</c>) to <paramref name="output"/>
    /// (<c>.jsonl</c>, <c>.json</c> array, or a folder). A file is written whole or not at all.
    /// </summary>
    /// <returns>How many letters were written, or why nothing could be (a one-line reason with its location).</returns>
    public static (int Written, string? Error) Convert(string input, string output)
    {
        string? temporary = null;
        try
        {
            var letters = Read(input);
            if (output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || output.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                // Write beside the target, then move: a bad letter halfway leaves no half-written file behind.
                temporary = output + ".partial";
                var written = output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                    ? WriteJsonLines(letters, temporary)
                    : WriteArray(letters, temporary);
                File.Move(temporary, output, overwrite: true);
                temporary = null;
                return (written, null);
            }

            return (WriteFolder(letters, output), null);
        }
        catch (ConvertException ex)
        {
            return (0, ex.Message);
        }
        catch (Exception ex) when (Input.IsFileProblem(ex))
        {
            return (0, $"{output}: {Input.Describe(output, ex)}");
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }

    private static IEnumerable<Letter> Read(string input)
    {
        if (Directory.Exists(input))
        {
            return ReadFolder(input);
        }

        if (!File.Exists(input))
        {
            throw new ConvertException($"{input}: not found (expected a folder, a .json or a .jsonl file)");
        }

        return IsJsonLines(input, stdinIsCorpus: false) ? ReadJsonLines(input) : ReadArray(input);
    }

    private static IEnumerable<Letter> ReadFolder(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            Letter letter;
            try
            {
                letter = LetterJson.ReadFile(file);
            }
            catch (LetterJsonException ex)
            {
                throw new ConvertException($"{file}: {ex.Message}");
            }

            yield return letter;
        }
    }

    private static IEnumerable<Letter> ReadJsonLines(string file)
    {
        foreach (var line in LetterJsonLines.ReadFile(file))
        {
            yield return line.Succeeded ? line.Letter : throw new ConvertException($"{file}: {line.Error.Message}");
        }
    }

    /// <summary>Reads a JSON array of letters (or a single letter), each item as strictly as a letter file.</summary>
    private static IEnumerable<Letter> ReadArray(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var items = new List<(int Start, int Length)>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return [LetterJson.Parse(bytes)];
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                items.Add((start, (int)reader.BytesConsumed - start));
            }
        }
        catch (JsonException ex)
        {
            var reason = ex is LetterJsonException letterError ? letterError.Message : ex.Message;
            throw new ConvertException($"{file}: {reason}");
        }

        return ParseItems(file, bytes, items);
    }

    private static IEnumerable<Letter> ParseItems(string file, byte[] bytes, List<(int Start, int Length)> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var (start, length) = items[i];
            Letter letter;
            try
            {
                letter = LetterJson.Parse(bytes.AsSpan(start, length));
            }
            catch (LetterJsonException ex)
            {
                // Locate the problem in the whole file: the item's own line count starts where the item does.
                var line = bytes.AsSpan(0, start).Count((byte)'\n') + (ex.LineNumber ?? 0) + 1;
                throw new ConvertException($"{file}: item {i}: {ex.Reason} at /{i}{ex.Pointer} (line {line})");
            }

            yield return letter;
        }
    }

    private static int WriteJsonLines(IEnumerable<Letter> letters, string path)
    {
        var count = 0;
        LetterJsonLines.WriteFile(Counted(letters, () => count++), path);
        return count;
    }

    /// <summary>Writes a JSON array whose items are the canonical letters, indented one level.</summary>
    private static int WriteArray(IEnumerable<Letter> letters, string path)
    {
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        var count = 0;
        output.Write('[');
        foreach (var letter in letters)
        {
            output.Write(count++ == 0 ? "\n" : ",\n");
            var lines = LetterJson.ToJson(letter).TrimEnd('\n').Split('\n');
            output.Write(string.Join("\n", lines.Select(line => "  " + line)));
        }

        output.Write(count == 0 ? "]\n" : "\n]\n");
        return count;
    }

    private static int WriteFolder(IEnumerable<Letter> letters, string folder)
    {
        Directory.CreateDirectory(folder);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var letter in letters)
        {
            // The id names the file, so it must be a plain slug: no path separators, no "..", no clashes.
            if (!LetterIds.IsValid(letter.Id) || !seen.Add(letter.Id))
            {
                throw new ConvertException($"{folder}: cannot name a file after the letter id \"{letter.Id}\" (ids must be unique slugs)");
            }

            LetterJson.WriteFile(letter, Path.Combine(folder, letter.Id + ".json"));
            count++;
        }

        return count;
    }

    private static IEnumerable<Letter> Counted(IEnumerable<Letter> letters, Action onEach)
    {
        foreach (var letter in letters)
        {
            onEach();
            yield return letter;
        }
    }

    /// <summary>A conversion that cannot go on, with a one-line reason that names the file and the place.</summary>
    private sealed class ConvertException(string message) : Exception(message);
}
