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
/// Reads and writes corpora of letters as one JSON array (<c>[{…}, {…}]</c>), item by item: memory stays flat however
/// long the array, and a bad item is reported with its index, pointer and line while the rest goes on loading.
/// </summary>
/// <remarks>
/// <para>Each item is read as strictly as <see cref="LetterJson"/> reads a document, within
/// <see cref="LetterCorpusOptions.ReadOptions"/>; <see cref="LetterJsonReadOptions.MaxDocumentBytes"/> limits each
/// item, not the array, which may be any length. An item's error is located in the whole file: its pointer starts with
/// the item's index (<c>/3/signatories/0/name</c>), its line and byte count from the start of the file. An item over
/// the size limit is reported and skipped without being held. Malformed JSON outside an item (a missing comma, a
/// truncated file) and anything but white space after the closing <c>]</c> are reported as a last entry, and reading
/// stops there. A leading UTF-8 byte order mark is ignored.</para>
/// <para>Writing puts each canonical letter in the array, indented one level: <c>[</c>, the letters separated by
/// <c>,</c> and a line end, <c>]</c> and a final newline.</para>
/// </remarks>
public static class LetterJsonArray
{
    private const int ReadChunkBytes = 64 * 1024;

    /// <summary>Reads the letters of a JSON array, one result per item.</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>Every item in order, each with its letter or its error; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">An item is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<LetterReadResult> Read(Stream utf8Json, LetterCorpusOptions? options = null)
    {
        Guard.NotNull(utf8Json);
        return ReadItems(utf8Json, options ?? LetterCorpusOptions.Default);
    }

    /// <summary>Reads the letters of a JSON array asynchronously, one result per item.</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every item in order, each with its letter or its error; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">An item is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<LetterReadResult> ReadAsync(Stream utf8Json, LetterCorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);
        return ReadItemsAsync(utf8Json, options ?? LetterCorpusOptions.Default, cancellationToken);
    }

    /// <summary>Reads the letters of a JSON array file, one result per item.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>Every item in order; the file is opened when enumeration starts and closed when it ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">An item is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static IEnumerable<LetterReadResult> ReadFile(string path, LetterCorpusOptions? options = null)
    {
        Guard.NotNull(path);
        return ReadFileItems(path, options ?? LetterCorpusOptions.Default);
    }

    /// <summary>Reads the letters of a JSON array file asynchronously, one result per item.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every item in order; the file is opened when enumeration starts and closed when it ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">An item is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<LetterReadResult> ReadFileAsync(string path, LetterCorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        return ReadFileItemsAsync(path, options ?? LetterCorpusOptions.Default, cancellationToken);
    }

    /// <summary>Writes letters as one JSON array of canonical letters.</summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write between letters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="utf8Json"/> is <see langword="null"/>, or holds a <see langword="null"/> letter.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry; its <see cref="LetterJsonException.Pointer"/> starts with the letter's index (<c>/3/title</c>). No byte of that letter is written; the letters before it are.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void Write(IEnumerable<Letter> letters, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(utf8Json);
        long index = 0;
        foreach (var letter in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            utf8Json.Write(Item(letter, index++));
        }

        utf8Json.Write(Close(index));
        utf8Json.Flush();
    }

    /// <summary>Writes letters as one JSON array of canonical letters, asynchronously.</summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every letter is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="utf8Json"/> is <see langword="null"/>, or holds a <see langword="null"/> letter.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry; its pointer starts with the letter's index. No byte of that letter is written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(IAsyncEnumerable<Letter> letters, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(utf8Json);
        long index = 0;
        await foreach (var letter in letters.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await utf8Json.WriteAsync(Item(letter, index++), cancellationToken).ConfigureAwait(false);
        }

        await utf8Json.WriteAsync(Close(index), cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes letters to a JSON array file atomically, through <see cref="AtomicOutput.WriteFile"/>: the file appears
    /// whole or not at all, and an existing file is replaced only when <paramref name="options"/> say so.
    /// </summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Whether to replace an existing file; <see langword="null"/> to refuse.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="path"/> is <see langword="null"/>, or a letter is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry (located as for <see cref="Write"/>); no file is written.</exception>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The file could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void WriteFile(IEnumerable<Letter> letters, string path, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(path);
        AtomicOutput.WriteFile(path, stream => Write(letters, stream, cancellationToken), options, cancellationToken);
    }

    /// <summary>Writes letters to a JSON array file atomically and asynchronously; see <see cref="WriteFile"/>.</summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Whether to replace an existing file; <see langword="null"/> to refuse.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="path"/> is <see langword="null"/>, or a letter is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry; no file is written.</exception>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The file could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteFileAsync(IAsyncEnumerable<Letter> letters, string path, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(path);
        return AtomicOutput.WriteFileAsync(path, (stream, token) => WriteAsync(letters, stream, token), options, cancellationToken);
    }

    /// <summary>The letter as an array item, written through the write-time contract check: <c>[\n</c> or <c>,\n</c>, then the letter indented by two spaces.</summary>
    private static byte[] Item(Letter letter, long index)
    {
        Guard.NotNull(letter);
        PooledBufferWriter buffer;
        try
        {
            buffer = LetterJson.WriteToBuffer(letter, indented: true);
        }
        catch (LetterJsonException ex)
        {
            throw new LetterJsonException(ex.Reason, "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ex.Pointer, null, null, ex);
        }

        using (buffer)
        {
            // Canonical JSON has no line end inside a string (they are escaped), so every LF but the last starts a line.
            var json = buffer.WrittenSpan[..^1];
            var lineEnds = json.Count((byte)'\n');
            var item = new byte[2 + 2 + json.Length + (lineEnds * 2)];
            var at = 0;
            item[at++] = index == 0 ? (byte)'[' : (byte)',';
            item[at++] = (byte)'\n';
            item[at++] = (byte)' ';
            item[at++] = (byte)' ';
            foreach (var b in json)
            {
                item[at++] = b;
                if (b == '\n')
                {
                    item[at++] = (byte)' ';
                    item[at++] = (byte)' ';
                }
            }

            return item;
        }
    }

    private static byte[] Close(long count) => count == 0 ? "[]\n"u8.ToArray() : "\n]\n"u8.ToArray();

    private static IEnumerable<LetterReadResult> ReadFileItems(string path, LetterCorpusOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadChunkBytes, FileOptions.SequentialScan);
        foreach (var item in ReadItems(stream, options))
        {
            yield return item;
        }
    }

    private static async IAsyncEnumerable<LetterReadResult> ReadFileItemsAsync(string path, LetterCorpusOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadChunkBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in ReadItemsAsync(stream, options, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<LetterReadResult> ReadItems(Stream stream, LetterCorpusOptions options)
    {
        var scanner = new JsonArrayScanner(options);
        while (true)
        {
            switch (scanner.Next())
            {
                case JsonArrayScanner.Step.NeedMore:
                    scanner.Advance(stream.Read(scanner.Room.Span));
                    break;
                case JsonArrayScanner.Step.Result:
                    yield return scanner.TakeResult();
                    break;
                default:
                    yield break;
            }
        }
    }

    private static async IAsyncEnumerable<LetterReadResult> ReadItemsAsync(Stream stream, LetterCorpusOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scanner = new JsonArrayScanner(options);
        while (true)
        {
            switch (scanner.Next())
            {
                case JsonArrayScanner.Step.NeedMore:
                    scanner.Advance(await stream.ReadAsync(scanner.Room, cancellationToken).ConfigureAwait(false));
                    break;
                case JsonArrayScanner.Step.Result:
                    yield return scanner.TakeResult();
                    break;
                default:
                    yield break;
            }
        }
    }
}
