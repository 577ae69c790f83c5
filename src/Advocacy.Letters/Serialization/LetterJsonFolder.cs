using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Reads and writes corpora of letters as a folder of files, one canonical letter per <c>{id}.json</c> file.
/// </summary>
/// <remarks>
/// <para>Reading takes the folder's own entries (not its subfolders) in ordinal order of their names, so the order is
/// the same on every machine, and gives one result per entry: each file whose name ends in <c>.json</c>, in any case,
/// is read as strictly as <see cref="LetterJson.ReadFile(string, LetterJsonReadOptions?)"/> reads it; every other
/// entry is reported, never skipped in silence, with a code of <see cref="LetterReadCodes"/>: another file
/// (<see cref="LetterReadCodes.SkippedFile"/>), a subfolder (<see cref="LetterReadCodes.SkippedFolder"/>), a link,
/// dangling or not, which is never followed (<see cref="LetterReadCodes.SkippedLink"/>), and a file that cannot be
/// opened or read (<see cref="LetterReadCodes.FileError"/>). Each result's <see cref="LetterReadResult.Path"/> is the
/// entry's path. Only the names are held at once, not the letters.</para>
/// <para>Writing builds the folder through <see cref="AtomicOutput.WriteFolder"/>: it appears whole, or not at all. A
/// letter's id names its file, so it must be a slug (lower-case letters, digits and hyphens, not starting with a
/// hyphen, at most 64 characters), and no two letters may share one.</para>
/// </remarks>
public static class LetterJsonFolder
{
    private const int MaxIdLength = 64;

    /// <summary>Reads every entry of a folder of letters, one result per entry.</summary>
    /// <param name="folder">The folder's path.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>Every entry in ordinal order of its name; the folder is listed when enumeration starts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A file is not a readable letter and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The folder could not be listed, for example <see cref="DirectoryNotFoundException"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be listed.</exception>
    public static IEnumerable<LetterReadResult> Read(string folder, LetterCorpusOptions? options = null)
    {
        Guard.NotNull(folder);
        return ReadEntries(folder, options ?? LetterCorpusOptions.Default);
    }

    /// <summary>Reads every entry of a folder of letters asynchronously, one result per entry.</summary>
    /// <param name="folder">The folder's path.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every entry in ordinal order of its name; the folder is listed when enumeration starts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A file is not a readable letter and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The folder could not be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<LetterReadResult> ReadAsync(string folder, LetterCorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(folder);
        return ReadEntriesAsync(folder, options ?? LetterCorpusOptions.Default, cancellationToken);
    }

    /// <summary>Writes letters as a folder of <c>{id}.json</c> files, atomically: the folder appears whole or not at all.</summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="folder">The folder's path.</param>
    /// <param name="options">Whether to replace an existing output; <see langword="null"/> to refuse a file, a link or a folder that is not empty.</param>
    /// <param name="cancellationToken">Cancels the write between letters; nothing is left behind.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="folder"/> is <see langword="null"/>, or a letter is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry (its pointer starts with the letter's index), or its id cannot name a file or names one twice; no folder is written.</exception>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="folder"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The folder could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The parent folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static int Write(IEnumerable<Letter> letters, string folder, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(folder);
        var count = 0;
        AtomicOutput.WriteFolder(folder, output =>
        {
            count = 0;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var letter in letters)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (name, bytes) = Entry(letter, count, output, ids);
                output.CreateFile(name, stream => stream.Write(bytes));
                count++;
            }
        }, options, cancellationToken);
        return count;
    }

    /// <summary>Writes letters as a folder of <c>{id}.json</c> files, atomically and asynchronously; see <see cref="Write"/>.</summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="folder">The folder's path.</param>
    /// <param name="options">Whether to replace an existing output; <see langword="null"/> to refuse.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="folder"/> is <see langword="null"/>, or a letter is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry, or its id cannot name a file or names one twice; no folder is written.</exception>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="folder"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The folder could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The parent folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteAsync(IAsyncEnumerable<Letter> letters, string folder, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(folder);
        var count = 0;
        await AtomicOutput.WriteFolderAsync(folder, async (output, token) =>
        {
            count = 0;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var letter in letters.WithCancellation(token).ConfigureAwait(false))
            {
                var (name, bytes) = Entry(letter, count, output, ids);
                await output.CreateFileAsync(name, (stream, t) => stream.WriteAsync(bytes, t).AsTask(), token).ConfigureAwait(false);
                count++;
            }
        }, options, cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Tells whether <paramref name="id"/> can name a letter's file: a slug of lower-case letters, digits and hyphens.</summary>
    internal static bool IsFileNameId(string id)
    {
        if (id.Length is 0 or > MaxIdLength || id[0] == '-')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Name, byte[] Bytes) Entry(Letter letter, int index, OutputFolder output, HashSet<string> ids)
    {
        Guard.NotNull(letter);
        var at = "/" + index.ToString(CultureInfo.InvariantCulture);
        byte[] bytes;
        try
        {
            bytes = LetterJson.ToUtf8Bytes(letter);
        }
        catch (LetterJsonException ex)
        {
            throw new LetterJsonException(ex.Reason, at + ex.Pointer, null, null, ex);
        }

        if (!IsFileNameId(letter.Id))
        {
            throw new LetterJsonException(
                $"{output.DisplayPath}: the letter id \"{Excerpt.Of(letter.Id)}\" cannot name a file: ids must be slugs (a-z, 0-9 and '-', at most {MaxIdLength} characters)",
                at + "/id", null, null, null);
        }

        if (!ids.Add(letter.Id))
        {
            throw new LetterJsonException($"{output.DisplayPath}: two letters have the id \"{letter.Id}\", and each names its own file", at + "/id", null, null, null);
        }

        return (letter.Id + ".json", bytes);
    }

    private static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(path => Path.GetFileName(path)!).OrderBy(name => name, StringComparer.Ordinal).ToList();

    private static IEnumerable<LetterReadResult> ReadEntries(string folder, LetterCorpusOptions options)
    {
        foreach (var name in Entries(folder))
        {
            yield return ReadEntry(Path.Combine(folder, name), name, options);
        }
    }

    private static async IAsyncEnumerable<LetterReadResult> ReadEntriesAsync(string folder, LetterCorpusOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var name in Entries(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(folder, name);
            if (Classify(path, name) is { } skipped)
            {
                yield return skipped;
                continue;
            }

            LetterReadResult result;
            try
            {
                result = LetterReadResult.Read(await LetterJson.ReadFileAsync(path, options.ReadOptions, cancellationToken).ConfigureAwait(false), path: path);
            }
            catch (Exception ex) when (ex is LetterJsonException or IOException or UnauthorizedAccessException)
            {
                result = Failed(path, ex, options);
            }

            yield return result;
        }
    }

    private static LetterReadResult ReadEntry(string path, string name, LetterCorpusOptions options)
    {
        if (Classify(path, name) is { } skipped)
        {
            return skipped;
        }

        try
        {
            return LetterReadResult.Read(LetterJson.ReadFile(path, options.ReadOptions), path: path);
        }
        catch (Exception ex) when (ex is LetterJsonException or IOException or UnauthorizedAccessException)
        {
            return Failed(path, ex, options);
        }
    }

    private static LetterReadResult Failed(string path, Exception ex, LetterCorpusOptions options)
    {
        if (ex is LetterJsonException error)
        {
            return options.StopAtFirstError ? throw error : LetterReadResult.Unreadable(error, path: path);
        }

        return LetterReadResult.NotRead(LetterReadCodes.FileError, ex switch
        {
            UnauthorizedAccessException => "the file may not be read (access denied)",
            FileNotFoundException => "the file was removed while the folder was read",
            _ => "the file could not be read: " + ex.Message,
        }, path);
    }

    /// <summary>The result for an entry that is not read, or <see langword="null"/> for a regular <c>.json</c> file.</summary>
    private static LetterReadResult? Classify(string path, string name)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LetterReadResult.NotRead(LetterReadCodes.FileError, "the entry could not be examined: " + ex.Message, path);
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0)
        {
            var dangling = IsDangling(path);
            return LetterReadResult.NotRead(LetterReadCodes.SkippedLink, dangling
                ? "a link to something that does not exist; links are not followed"
                : "a link; links are not followed: copy the file into the folder to read it", path);
        }

        if ((attributes & FileAttributes.Directory) != 0)
        {
            return LetterReadResult.NotRead(LetterReadCodes.SkippedFolder, "a folder; only the .json files directly in the corpus folder are read", path);
        }

        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return LetterReadResult.NotRead(LetterReadCodes.SkippedFile, "not a .json file", path);
        }

        return IsSpecial(attributes) || Posix.IsOrdinaryEntry(path) == false
            ? LetterReadResult.NotRead(LetterReadCodes.SkippedFile, "not a regular file (a device, pipe or socket)", path)
            : null;
    }

    private static bool IsDangling(string path)
    {
#if NETSTANDARD2_0
        _ = path;
        return false;
#else
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true) is { Exists: false };
        }
        catch (IOException)
        {
            // A loop of links: nothing to read at its end either.
            return true;
        }
#endif
    }

    private static bool IsSpecial(FileAttributes attributes) => (attributes & FileAttributes.Device) != 0;
}
