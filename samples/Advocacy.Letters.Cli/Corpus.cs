using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Advocacy.Letters.Cli.Output;
using Advocacy.Letters.Cli.Terminal;
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
    /// (<c>.jsonl</c>, <c>.json</c> array, or a folder), whole or not at all (<see cref="AtomicOutput"/>); an existing
    /// output is replaced only when <paramref name="force"/> is set.
    /// </summary>
    /// <returns>How many letters were written, or why nothing could be (a one-line reason that names the file at fault).</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written.</exception>
    public static (int Written, string? Error) Convert(string input, string output, bool force, Progress progress, CancellationToken cancellationToken)
    {
        try
        {
            var letters = Counted(Read(input), progress);
            var written = 0;
            if (output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                AtomicOutput.WriteFile(output, force, (stream, cancel) => written = WriteJsonLines(letters, stream, cancel), cancellationToken);
            }
            else if (output.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                AtomicOutput.WriteFile(output, force, (stream, cancel) => written = WriteArray(letters, stream, cancel), cancellationToken);
            }
            else
            {
                AtomicOutput.WriteFolder(output, force, (folder, cancel) => written = WriteFolder(letters, folder, output, cancel), cancellationToken);
            }

            return (written, null);
        }
        catch (ConvertException ex)
        {
            return (0, ex.Message);
        }
        catch (OutputRefusedException ex)
        {
            return (0, ex.Message);
        }
        catch (Exception ex) when (Faults.IsFileProblem(ex) && ex is not OutputFailedException)
        {
            // Reading faults are ConvertExceptions that name the input; what is left is the output's.
            return (0, $"{output}: {Faults.Describe(output, ex)}");
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
            var reason = new FileInfo(input).LinkTarget is { } target ? $"a link to '{target}', which does not exist" : "not found (expected a folder, a .json or a .jsonl file)";
            throw new ConvertException($"{input}: {reason}");
        }

        return IsJsonLines(input, stdinIsCorpus: false) ? ReadJsonLines(input) : ReadArray(input);
    }

    private static IEnumerable<Letter> ReadFolder(string folder)
    {
        string[] files;
        try
        {
            files = [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (Faults.IsFileProblem(ex))
        {
            throw new ConvertException($"{folder}: {Faults.Describe(folder, ex)}");
        }

        foreach (var file in files)
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
            catch (Exception ex) when (Faults.IsFileProblem(ex))
            {
                // A dangling link in the folder is the input's fault, and says so.
                throw new ConvertException($"{file}: {Faults.Describe(file, ex)}");
            }

            yield return letter;
        }
    }

    private static IEnumerable<Letter> ReadJsonLines(string file)
    {
        using var lines = LetterJsonLines.ReadFile(file).GetEnumerator();
        while (true)
        {
            try
            {
                if (!lines.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (Faults.IsFileProblem(ex))
            {
                throw new ConvertException($"{file}: {Faults.Describe(file, ex)}");
            }

            var line = lines.Current;
            yield return line.Succeeded ? line.Letter : throw new ConvertException($"{file}: {line.Error.Message}");
        }
    }

    /// <summary>Reads a JSON array of letters (or a single letter), each item as strictly as a letter file.</summary>
    private static IEnumerable<Letter> ReadArray(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (Faults.IsFileProblem(ex))
        {
            throw new ConvertException($"{file}: {Faults.Describe(file, ex)}");
        }

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

    private static int WriteJsonLines(IEnumerable<Letter> letters, Stream stream, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var letter in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LetterJsonLines.Write([letter], stream);
            count++;
        }

        return count;
    }

    /// <summary>Writes a JSON array whose items are the canonical letters, indented one level.</summary>
    private static int WriteArray(IEnumerable<Letter> letters, Stream stream, CancellationToken cancellationToken)
    {
        using var output = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        var count = 0;
        output.Write('[');
        foreach (var letter in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Write(count++ == 0 ? "\n" : ",\n");
            var lines = LetterJson.ToJson(letter).TrimEnd('\n').Split('\n');
            output.Write(string.Join("\n", lines.Select(line => "  " + line)));
        }

        output.Write(count == 0 ? "]\n" : "\n]\n");
        return count;
    }

    private static int WriteFolder(IEnumerable<Letter> letters, string folder, string given, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var letter in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The id names the file, so it must be a plain slug: no path separators, no "..", no clashes.
            if (!IsFileName(letter.Id) || !seen.Add(letter.Id))
            {
                throw new ConvertException($"{given}: cannot name a file after the letter id \"{letter.Id}\" (ids must be unique slugs)");
            }

            using var file = AtomicOutput.CreateNew(Path.Combine(folder, letter.Id + ".json"));
            LetterJson.Write(letter, file);
            file.Flush(flushToDisk: true);
            count++;
        }

        return count;
    }

    private static bool IsFileName(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && id[0] != '-';

    private static IEnumerable<Letter> Counted(IEnumerable<Letter> letters, Progress progress)
    {
        var count = 0L;
        foreach (var letter in letters)
        {
            yield return letter;
            progress.Report(++count);
        }
    }

    /// <summary>A conversion that cannot go on, with a one-line reason that names the file and the place.</summary>
    private sealed class ConvertException(string message) : Exception(message);
}
