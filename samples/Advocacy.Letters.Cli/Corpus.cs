using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Advocacy.Letters.Cli.Output;
using Advocacy.Letters.Cli.Terminal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli;

/// <summary>
/// Letters in bulk, in three forms: a JSON Lines corpus (<c>.jsonl</c>), a JSON array of letters (<c>.json</c>), or a
/// folder of one canonical <c>{id}.json</c> file per letter. Reading and writing are the library's
/// (<see cref="LetterCorpus"/>); this class only names the file at fault.
/// </summary>
internal static class Corpus
{
    /// <summary>Tells whether <paramref name="file"/> is a JSON Lines corpus: by its extension, or <c>-</c> with <c>--jsonl</c>.</summary>
    public static bool IsJsonLines(string file, bool stdinIsCorpus) =>
        file == Input.StandardInput ? stdinIsCorpus : file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Converts <paramref name="input"/> (folder, <c>.json</c> array or letter, or <c>.jsonl</c>) to
    /// <paramref name="output"/> (<c>.jsonl</c>, <c>.json</c> array, or a folder) through the library's streaming readers
    /// and atomic writers: the output appears whole or not at all, and an existing one is replaced only when
    /// <paramref name="force"/> is set (<see cref="OutputOptions.Overwrite"/>).
    /// </summary>
    /// <returns>How many letters were written, or why nothing could be (a one-line reason that names the file at fault).</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written.</exception>
    public static (int Written, string? Error) Convert(string input, string output, bool force, Progress progress, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(input) && !File.Exists(input))
        {
            var reason = new FileInfo(input).LinkTarget is { } target ? $"a link to '{target}', which does not exist" : "not found (expected a folder, a .json or a .jsonl file)";
            return (0, $"{input}: {reason}");
        }

        using var writing = PendingOutputs.Begin();
        try
        {
            var options = new OutputOptions { Overwrite = force };
            return (LetterCorpus.Write(Counted(Letters(input, cancellationToken), progress), output, options, cancellationToken), null);
        }
        catch (ConvertException ex)
        {
            return (0, ex.Message);
        }
        catch (LetterJsonException ex)
        {
            return (0, $"{output}: {ex.Message}");
        }
        catch (Exception ex) when (OutputError.IsOutputProblem(ex))
        {
            // Reading faults are ConvertExceptions that name the input; what is left is the output's.
            return (0, OutputError.Message(output, ex));
        }
    }

    /// <summary>Reads the letters of a folder, a <c>.json</c> array (or single letter) or a <c>.jsonl</c> corpus, lazily; a bad one throws <see cref="ConvertException"/>.</summary>
    internal static IEnumerable<Letter> Read(string input) => Letters(input, CancellationToken.None);

    /// <summary>The letters of <paramref name="input"/>; the first entry that is not one ends the conversion.</summary>
    private static IEnumerable<Letter> Letters(string input, CancellationToken cancellationToken)
    {
        if (Directory.Exists(input))
        {
            return Checked(input, LetterCorpus.Read(input));
        }

        return FromFile(input, cancellationToken);
    }

    /// <summary>
    /// A file is opened here, not by the library, so that its reads stop when <paramref name="cancellationToken"/>
    /// fires even while blocked on a pipe: the library's writer then sees the cancellation and removes its temporary file.
    /// </summary>
    private static IEnumerable<Letter> FromFile(string input, CancellationToken cancellationToken)
    {
        Stream file;
        try
        {
            file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (Faults.IsFileProblem(ex))
        {
            throw new ConvertException($"{input}: {Faults.Describe(input, ex)}");
        }

        using var stream = new CancellableReadStream(file, cancellationToken);
        foreach (var letter in Checked(input, LetterCorpus.Read(stream, LetterCorpus.GetForm(input))))
        {
            yield return letter;
        }
    }

    private static IEnumerable<Letter> Checked(string input, IEnumerable<LetterReadResult> entries)
    {
        using var results = entries.GetEnumerator();
        while (true)
        {
            try
            {
                if (!results.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (Faults.IsFileProblem(ex) && ex is not OutputFailedException)
            {
                throw new ConvertException($"{input}: {Faults.Describe(input, ex)}");
            }

            var entry = results.Current;
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
    internal sealed class ConvertException(string message) : Exception(message);
}
