using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Opens a path or stream as a corpus by its form (a folder, JSON Lines, a JSON array, or a single letter) and writes
/// letters in the form a path names: one entry point over <see cref="LetterJsonFolder"/>,
/// <see cref="LetterJsonLines"/>, <see cref="LetterJsonArray"/> and <see cref="LetterJson"/>.
/// </summary>
/// <remarks>
/// <para>The form of a path (<see cref="GetForm"/>): a folder is a <see cref="LetterCorpusForm.Folder"/>; a name
/// ending in <c>.jsonl</c> (any case) is <see cref="LetterCorpusForm.JsonLines"/>; anything else is
/// <see cref="LetterCorpusForm.Json"/>, an array of letters when its first character (after white space and a byte
/// order mark) is <c>[</c>, else a single letter, read exactly as <see cref="LetterJson.Read(Stream, LetterJsonReadOptions?)"/>
/// reads it (the one result has no line or index).</para>
/// <para>Every form streams in bounded memory with the limits of <see cref="LetterCorpusOptions"/>, so a device or
/// an endless stream costs at most one letter's limit.</para>
/// </remarks>
public static class LetterCorpus
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Tells the form of the corpus at <paramref name="path"/>, by what it is and its name; the content is not read.</summary>
    /// <param name="path">The path: a folder, or a file.</param>
    /// <returns>The form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static LetterCorpusForm GetForm(string path)
    {
        Guard.NotNull(path);
        if (Directory.Exists(path))
        {
            return LetterCorpusForm.Folder;
        }

        return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? LetterCorpusForm.JsonLines : LetterCorpusForm.Json;
    }

    /// <summary>Reads the corpus at <paramref name="path"/> in its form, one result per entry.</summary>
    /// <param name="path">A folder, a <c>.jsonl</c> file, a JSON array or a single letter.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>Every entry in order; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">An entry is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The path could not be opened or read, for example <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The path may not be read.</exception>
    public static IEnumerable<LetterReadResult> Read(string path, LetterCorpusOptions? options = null)
    {
        Guard.NotNull(path);
        options ??= LetterCorpusOptions.Default;
        return GetForm(path) switch
        {
            LetterCorpusForm.Folder => LetterJsonFolder.Read(path, options),
            LetterCorpusForm.JsonLines => LetterJsonLines.ReadFile(path, options),
            _ => ReadJsonFile(path, options),
        };
    }

    /// <summary>Reads the corpus at <paramref name="path"/> in its form asynchronously, one result per entry.</summary>
    /// <param name="path">A folder, a <c>.jsonl</c> file, a JSON array or a single letter.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every entry in order; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">An entry is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The path could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The path may not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<LetterReadResult> ReadAsync(string path, LetterCorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        options ??= LetterCorpusOptions.Default;
        return GetForm(path) switch
        {
            LetterCorpusForm.Folder => LetterJsonFolder.ReadAsync(path, options, cancellationToken),
            LetterCorpusForm.JsonLines => LetterJsonLines.ReadFileAsync(path, options, cancellationToken),
            _ => ReadJsonFileAsync(path, options, cancellationToken),
        };
    }

    /// <summary>Reads a corpus from a stream (standard input, say), in the form given.</summary>
    /// <param name="stream">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="form"><see cref="LetterCorpusForm.JsonLines"/> or <see cref="LetterCorpusForm.Json"/> (an array or a single letter, told apart by the first character).</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>Every entry in order; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="form"/> is <see cref="LetterCorpusForm.Folder"/>, which a stream cannot be.</exception>
    /// <exception cref="LetterJsonException">An entry is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<LetterReadResult> Read(Stream stream, LetterCorpusForm form, LetterCorpusOptions? options = null)
    {
        Guard.NotNull(stream);
        options ??= LetterCorpusOptions.Default;
        return form switch
        {
            LetterCorpusForm.JsonLines => LetterJsonLines.Read(stream, options),
            LetterCorpusForm.Json => ReadJson(stream, options),
            _ => throw new ArgumentException("A stream holds JSON Lines or JSON, not a folder.", nameof(form)),
        };
    }

    /// <summary>Reads a corpus from a stream asynchronously, in the form given.</summary>
    /// <param name="stream">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="form"><see cref="LetterCorpusForm.JsonLines"/> or <see cref="LetterCorpusForm.Json"/>.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every entry in order; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="form"/> is <see cref="LetterCorpusForm.Folder"/>.</exception>
    /// <exception cref="LetterJsonException">An entry is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<LetterReadResult> ReadAsync(Stream stream, LetterCorpusForm form, LetterCorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream);
        options ??= LetterCorpusOptions.Default;
        return form switch
        {
            LetterCorpusForm.JsonLines => LetterJsonLines.ReadAsync(stream, options, cancellationToken),
            LetterCorpusForm.Json => ReadJsonAsync(stream, options, cancellationToken),
            _ => throw new ArgumentException("A stream holds JSON Lines or JSON, not a folder.", nameof(form)),
        };
    }

    /// <summary>
    /// Writes letters in the form <paramref name="path"/> names, atomically: a <c>.jsonl</c> file, a <c>.json</c>
    /// array, or else a folder of <c>{id}.json</c> files.
    /// </summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="path">The output's path; its extension chooses the form.</param>
    /// <param name="options">Whether to replace an existing output; <see langword="null"/> to refuse.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="path"/> is <see langword="null"/>, or a letter is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry, or (for a folder) its id cannot name a file; nothing is written.</exception>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The output could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The output may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static int Write(IEnumerable<Letter> letters, string path, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(path);
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var counted = new Counter(letters);
            LetterJsonLines.WriteFile(counted, path, options, cancellationToken);
            return counted.Count;
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var counted = new Counter(letters);
            LetterJsonArray.WriteFile(counted, path, options, cancellationToken);
            return counted.Count;
        }

        return LetterJsonFolder.Write(letters, path, options, cancellationToken);
    }

    private static IEnumerable<LetterReadResult> ReadJsonFile(string path, LetterCorpusOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, FileOptions.SequentialScan);
        foreach (var entry in ReadJson(stream, options))
        {
            yield return entry;
        }
    }

    private static async IAsyncEnumerable<LetterReadResult> ReadJsonFileAsync(string path, LetterCorpusOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var entry in ReadJsonAsync(stream, options, cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }
        }
    }

    private static IEnumerable<LetterReadResult> ReadJson(Stream stream, LetterCorpusOptions options)
    {
        var peek = new Peek(options);
        while (!peek.Done)
        {
            peek.Advance(stream.Read(peek.Room.Span));
        }

        var whole = new PrefixedStream(peek.Buffer, peek.Length, stream);
        return peek.IsArray ? LetterJsonArray.Read(whole, options) : [ReadOne(() => LetterJson.Read(whole, options.ReadOptions), options)];
    }

    private static async IAsyncEnumerable<LetterReadResult> ReadJsonAsync(Stream stream, LetterCorpusOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var peek = new Peek(options);
        while (!peek.Done)
        {
            peek.Advance(await stream.ReadAsync(peek.Room, cancellationToken).ConfigureAwait(false));
        }

        var whole = new PrefixedStream(peek.Buffer, peek.Length, stream);
        if (!peek.IsArray)
        {
            LetterReadResult one;
            try
            {
                one = LetterReadResult.Read(await LetterJson.ReadAsync(whole, options.ReadOptions, cancellationToken).ConfigureAwait(false));
            }
            catch (LetterJsonException ex) when (!options.StopAtFirstError)
            {
                one = LetterReadResult.Unreadable(ex);
            }

            yield return one;
            yield break;
        }

        await foreach (var entry in LetterJsonArray.ReadAsync(whole, options, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    private static LetterReadResult ReadOne(Func<Letter> read, LetterCorpusOptions options)
    {
        try
        {
            return LetterReadResult.Read(read());
        }
        catch (LetterJsonException ex) when (!options.StopAtFirstError)
        {
            return LetterReadResult.Unreadable(ex);
        }
    }

    /// <summary>Reads up to the first character that is not white space (or a byte order mark), within the size limit.</summary>
    private sealed class Peek(LetterCorpusOptions options)
    {
        public byte[] Buffer { get; private set; } = new byte[ChunkBytes];

        public int Length { get; private set; }

        public bool Done { get; private set; }

        public bool IsArray { get; private set; }

        public Memory<byte> Room
        {
            get
            {
                if (Length == Buffer.Length)
                {
                    var grown = new byte[Buffer.Length * 2];
                    Buffer.AsSpan(0, Length).CopyTo(grown);
                    Buffer = grown;
                }

                return Buffer.AsMemory(Length);
            }
        }

        public void Advance(int count)
        {
            var from = Length;
            Length += count;
            for (var i = from; i < Length; i++)
            {
                var b = Buffer[i];
                var isBom = i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') && !isBom)
                {
                    IsArray = b == '[';
                    Done = true;
                    return;
                }
            }

            // The end, or white space past the size limit: a single document, which the reader refuses in its words.
            Done = count == 0 || Length > options.ReadOptions.MaxDocumentBytes;
        }
    }

    private sealed class Counter(IEnumerable<Letter> letters) : IEnumerable<Letter>
    {
        public int Count { get; private set; }

        public IEnumerator<Letter> GetEnumerator()
        {
            foreach (var letter in letters)
            {
                Count++;
                yield return letter;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
