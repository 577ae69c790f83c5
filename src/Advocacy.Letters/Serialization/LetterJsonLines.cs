using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Reads and writes corpora of letters as JSON Lines (<c>.jsonl</c>): one canonical letter per line, UTF-8, LF line
/// ends. Reading streams: memory stays flat however large the file, and a bad line is reported with its line number
/// while the rest goes on loading.
/// </summary>
/// <remarks>
/// <para>Each line is read as strictly as <see cref="LetterJson"/> reads a document. Besides malformed letters, a
/// line is reported when it is empty, longer than <see cref="LetterCorpusOptions.MaxLineBytes"/>, or starts with
/// a byte order mark. A line over the limit is reported as soon as the limit is passed and skipped to its end; a line
/// that still has no end after 64 times the limit ends the read, so an endless input without line ends
/// (<c>/dev/zero</c>) ends too. A UTF-16 file cannot be read as UTF-8 at all: its first line is reported and reading stops.
/// A CR before an LF is accepted. Every error is a <see cref="LetterJsonException"/> whose
/// <see cref="System.Text.Json.JsonException.LineNumber"/> is the zero-based line in the file.</para>
/// <para>Writing puts each letter on one line in the canonical member order, without indentation.</para>
/// </remarks>
public static class LetterJsonLines
{
    private const int ReadChunkBytes = 64 * 1024;

    // Batches in flight per worker in ReadParallel, and the lines and bytes in a batch: enough to ride out a slow line
    // and to make the hand-offs between threads rare (each wakes the caller's thread, which then takes a core from a
    // worker), few enough to keep memory flat (at most 4 batches of 64 lines or 256 kB a worker, or one longer line).
    internal const int ParallelWindowPerThread = 4;
    internal const int MaxLinesPerBatch = 64;
    internal const int MaxBatchBytes = 256 * 1024;

    /// <summary>Reads the letters of a JSON Lines stream, one result per line.</summary>
    /// <param name="utf8Lines">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>Every line in order, each with its letter or its error; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Lines"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A line is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<LetterReadResult> Read(Stream utf8Lines, LetterCorpusOptions? options = null)
    {
        Guard.NotNull(utf8Lines);
        return ReadLines(utf8Lines, options ?? LetterCorpusOptions.Default);
    }

    /// <summary>Reads the letters of a JSON Lines stream asynchronously, one result per line.</summary>
    /// <param name="utf8Lines">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every line in order, each with its letter or its error; read lazily as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Lines"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A line is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<LetterReadResult> ReadAsync(
        Stream utf8Lines,
        LetterCorpusOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Lines);
        return ReadLinesAsync(utf8Lines, options ?? LetterCorpusOptions.Default, cancellationToken);
    }

    /// <summary>Reads the letters of a JSON Lines file, one result per line.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>Every line in order; the file is opened when enumeration starts and closed when it ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A line is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static IEnumerable<LetterReadResult> ReadFile(string path, LetterCorpusOptions? options = null)
    {
        Guard.NotNull(path);
        return ReadFileLines(path, options ?? LetterCorpusOptions.Default);
    }

    /// <summary>Reads the letters of a JSON Lines file asynchronously, one result per line.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every line in order; the file is opened when enumeration starts and closed when it ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A line is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<LetterReadResult> ReadFileAsync(
        string path,
        LetterCorpusOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        return ReadFileLinesAsync(path, options ?? LetterCorpusOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Reads the letters of a JSON Lines stream on every core: <paramref name="threads"/> workers take batches of lines
    /// from the stream in turn, read each line into a letter and run <paramref name="process"/> on it, and the results
    /// come back in the order of the lines. When the stream can seek (a file), the thread that enumerates the results
    /// is one of the workers, between results.
    /// </summary>
    /// <typeparam name="TResult">What <paramref name="process"/> makes of a line, for example its validation result.</typeparam>
    /// <param name="utf8Lines">The stream, read from its current position to its end by the workers, one at a time, while the results are enumerated; it is not closed.</param>
    /// <param name="process">Runs on a worker for each line's result, as <see cref="Read"/> would give it; it must be thread-safe. On a stream that can seek, the thread that enumerates the results is one of the workers.</param>
    /// <param name="threads">How many workers, 1 or more: <see cref="Environment.ProcessorCount"/> uses every core; 1 runs everything on the caller's thread.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>One result per line, in line order; read lazily as it is enumerated.</returns>
    /// <remarks>
    /// Memory stays bounded: at most a few batches of lines per worker are in flight at once, whatever the stream's
    /// length. Return from <paramref name="process"/> only what is needed (a validation result, not the letter): a
    /// result waits for its turn in the order, and a letter kept in it survives the garbage collections meanwhile,
    /// which then copy it. A failure (an unreadable stream, a bad line under
    /// <see cref="LetterCorpusOptions.StopAtFirstError"/>, or an exception from <paramref name="process"/>) is thrown
    /// at its place in the order, after every result before it.
    /// Ending the enumeration early stops the reading; disposing the enumerator waits for the threads to stop.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Lines"/> or <paramref name="process"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than 1.</exception>
    /// <exception cref="LetterJsonException">A line is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<TResult> ReadParallel<TResult>(
        Stream utf8Lines,
        Func<LetterReadResult, TResult> process,
        int threads,
        LetterCorpusOptions? options = null)
    {
        Guard.NotNull(utf8Lines);
        Guard.NotNull(process);
        if (threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread is needed");
        }

        options ??= LetterCorpusOptions.Default;
        var read = options;
        return InOrder(OrderedParallel<LineBatch, BatchResults<TResult>>.Select(
            RawBatches(utf8Lines, options),
            batch => BatchResults<TResult>.Of(batch, line => process(line), read),
            threads,
            ParallelWindowPerThread * threads,

            // A file's reads never wait for a writer, so the enumerating thread can be one of the workers; a pipe's
            // can, and then a result ready for the caller would wait behind one.
            callerWorks: utf8Lines.CanSeek));
    }

    /// <summary>Reads the letters of a JSON Lines file on every core, results in line order; see <see cref="ReadParallel"/>.</summary>
    /// <typeparam name="TResult">What <paramref name="process"/> makes of a line.</typeparam>
    /// <param name="path">The file's path.</param>
    /// <param name="process">Runs on a worker for each line's result; it must be thread-safe. For a regular file, the thread that enumerates the results is one of the workers.</param>
    /// <param name="threads">How many workers, 1 or more.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="LetterCorpusOptions.Default"/>.</param>
    /// <returns>One result per line, in line order; the file is opened when enumeration starts and closed when it ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="process"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than 1.</exception>
    /// <exception cref="LetterJsonException">A line is bad and <see cref="LetterCorpusOptions.StopAtFirstError"/> is set.</exception>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static IEnumerable<TResult> ReadFileParallel<TResult>(
        string path,
        Func<LetterReadResult, TResult> process,
        int threads,
        LetterCorpusOptions? options = null)
    {
        Guard.NotNull(path);
        // Check the arguments now, not when enumeration starts.
        _ = ReadParallel(Stream.Null, process, threads, options);
        return ReadFileParallelLines(path, process, threads, options);
    }

    private static IEnumerable<TResult> ReadFileParallelLines<TResult>(string path, Func<LetterReadResult, TResult> process, int threads, LetterCorpusOptions? options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadChunkBytes, FileOptions.SequentialScan);
        foreach (var result in ReadParallel(stream, process, threads, options))
        {
            yield return result;
        }
    }

    /// <summary>Writes letters as JSON Lines: one canonical letter per line, each ending in LF.</summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="utf8Lines">The stream; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write between letters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="utf8Lines"/> is <see langword="null"/>, or holds a <see langword="null"/> letter.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry; its <see cref="System.Text.Json.JsonException.LineNumber"/> is the letter's zero-based line and its <see cref="LetterJsonException.Pointer"/> the place in the letter. No byte of that letter is written; the letters before it are.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void Write(IEnumerable<Letter> letters, Stream utf8Lines, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(utf8Lines);
        long line = 0;
        foreach (var letter in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            utf8Lines.Write(SingleLine(letter, line++));
        }

        utf8Lines.Flush();
    }

    /// <summary>Writes letters as JSON Lines asynchronously: one canonical letter per line, each ending in LF.</summary>
    /// <param name="letters">The letters, enumerated once.</param>
    /// <param name="utf8Lines">The stream; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every letter is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/> or <paramref name="utf8Lines"/> is <see langword="null"/>, or holds a <see langword="null"/> letter.</exception>
    /// <exception cref="LetterJsonException">A letter holds something the format cannot carry; its <see cref="System.Text.Json.JsonException.LineNumber"/> is the letter's zero-based line and its <see cref="LetterJsonException.Pointer"/> the place in the letter. No byte of that letter is written; the letters before it are.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(IAsyncEnumerable<Letter> letters, Stream utf8Lines, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(utf8Lines);
        long line = 0;
        await foreach (var letter in letters.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await utf8Lines.WriteAsync(SingleLine(letter, line++), cancellationToken).ConfigureAwait(false);
        }

        await utf8Lines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes letters to a JSON Lines file atomically, through <see cref="AtomicOutput.WriteFile"/>: the file appears
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

    /// <summary>Writes letters to a JSON Lines file atomically and asynchronously; see <see cref="WriteFile"/>.</summary>
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

    /// <summary>The letter's line with its line end, written through the one write-time contract check.</summary>
    private static byte[] SingleLine(Letter letter, long line)
    {
        Guard.NotNull(letter);
        PooledBufferWriter buffer;
        try
        {
            buffer = LetterJson.WriteToBuffer(letter, indented: false);
        }
        catch (LetterJsonException ex)
        {
            throw new LetterJsonException(ex.Reason, ex.Pointer, line, null, ex);
        }

        using (buffer)
        {
            var bytes = new byte[buffer.WrittenCount + 1];
            buffer.WrittenSpan.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }
    }

    private static IEnumerable<LetterReadResult> ReadFileLines(string path, LetterCorpusOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadChunkBytes, FileOptions.SequentialScan);
        foreach (var line in ReadLines(stream, options))
        {
            yield return line;
        }
    }

    private static async IAsyncEnumerable<LetterReadResult> ReadFileLinesAsync(
        string path,
        LetterCorpusOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadChunkBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var line in ReadLinesAsync(stream, options, cancellationToken).ConfigureAwait(false))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<LetterReadResult> ReadLines(Stream stream, LetterCorpusOptions options)
    {
        var lines = new LineBuffer(options.MaxLineBytes);
        var done = false;
        while (!done)
        {
            var read = stream.Read(lines.GetMemory().Span);
            lines.Advance(read);
            done = read == 0;
            while (lines.TryReadLine(out var bytes, out var tooLongBy))
            {
                var result = Interpret(bytes.Span, tooLongBy, lines.NextLineNumber - 1, options, out var stop);
                yield return result;
                if (stop)
                {
                    yield break;
                }
            }

            done |= lines.Abandoned;
        }
    }

    private static async IAsyncEnumerable<LetterReadResult> ReadLinesAsync(
        Stream stream,
        LetterCorpusOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new LineBuffer(options.MaxLineBytes);
        var done = false;
        while (!done)
        {
            var read = await stream.ReadAsync(lines.GetMemory(), cancellationToken).ConfigureAwait(false);
            lines.Advance(read);
            done = read == 0;
            while (lines.TryReadLine(out var bytes, out var tooLongBy))
            {
                var result = Interpret(bytes.Span, tooLongBy, lines.NextLineNumber - 1, options, out var stop);
                yield return result;
                if (stop)
                {
                    yield break;
                }
            }

            done |= lines.Abandoned;
        }
    }

    /// <summary>
    /// The lines of a stream as copies in pooled arrays, for <see cref="ReadParallel"/>'s workers (the line buffer is
    /// reused as the stream is read), in batches of at most <see cref="MaxLinesPerBatch"/> lines or about
    /// <see cref="MaxBatchBytes"/>; it ends after a first line that is UTF-16, as <see cref="ReadLines"/> does.
    /// </summary>
    private static IEnumerable<LineBatch> RawBatches(Stream stream, LetterCorpusOptions options)
    {
        var lines = new LineBuffer(options.MaxLineBytes);
        var done = false;
        var batch = new LineBatch();
        while (!done)
        {
            var buffer = lines.GetMemory();
            var read = stream.Read(buffer.Span);
            lines.Advance(read);
            done = read == 0;
            while (lines.TryReadLine(out var bytes, out var tooLongBy))
            {
                var lineNumber = lines.NextLineNumber - 1;
                batch.Add(bytes.Span, tooLongBy, lineNumber);
                if (lineNumber == 1 && tooLongBy == 0 && TextEncodings.NotUtf8(bytes.Span) is not null)
                {
                    // Text in another encoding: its first line is reported, and nothing after it is read.
                    done = true;
                    break;
                }

                if (batch.Count == MaxLinesPerBatch || batch.Bytes >= MaxBatchBytes)
                {
                    yield return batch;
                    batch = new LineBatch();
                }
            }

            // As in ReadLines: a line that never ends (/dev/zero) is given up, or the reading would never end.
            done |= lines.Abandoned;

            // A file's batch goes on filling across reads; a pipe's is handed over at every read, so that no line it
            // has sent waits for more to come.
            if (batch.Count > 0 && (done || !stream.CanSeek || read < buffer.Length))
            {
                yield return batch;
                batch = new LineBatch();
            }
        }

        batch.Release();
    }

    /// <summary>The results of the batches in order, each failure thrown at its line's place.</summary>
    private static IEnumerable<TResult> InOrder<TResult>(IEnumerable<BatchResults<TResult>> batches)
    {
        foreach (var batch in batches)
        {
            for (var i = 0; i < batch.Succeeded; i++)
            {
                yield return batch.Results[i];
            }

            batch.Failure?.Throw();
        }
    }

    /// <summary>A worker's results for one batch: every line's result up to the first that failed, and that failure.</summary>
    private sealed class BatchResults<TResult>
    {
        private BatchResults(TResult[] results, int succeeded, ExceptionDispatchInfo? failure)
        {
            Results = results;
            Succeeded = succeeded;
            Failure = failure;
        }

        public TResult[] Results { get; }

        public int Succeeded { get; }

        public ExceptionDispatchInfo? Failure { get; }

        public static BatchResults<TResult> Of(LineBatch batch, Func<LetterReadResult, TResult> process, LetterCorpusOptions options)
        {
            var results = new TResult[batch.Count];
            var i = 0;
            try
            {
                for (; i < batch.Count; i++)
                {
                    var line = batch.Line(i, out var tooLongBy, out var lineNumber);
                    results[i] = process(Interpret(line, tooLongBy, lineNumber, options, out _));
                }

                return new BatchResults<TResult>(results, i, null);
            }
#pragma warning disable CA1031 // A line's failure is thrown to the caller at its place, after the lines before it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return new BatchResults<TResult>(results, i, ExceptionDispatchInfo.Capture(ex));
            }
            finally
            {
                batch.Release();
            }
        }
    }

    /// <summary>Reads one line into a letter or a located error.</summary>
    /// <param name="line">The line's bytes, without its line end.</param>
    /// <param name="tooLongBy">The line's length when it was over the limit and so not kept, -1 when it was reported before its end; otherwise 0.</param>
    /// <param name="lineNumber">The one-based line number.</param>
    /// <param name="options">The read options.</param>
    /// <param name="stop">Set when nothing after this line can be read (a UTF-16 file).</param>
    private static LetterReadResult Interpret(ReadOnlySpan<byte> line, long tooLongBy, long lineNumber, LetterCorpusOptions options, out bool stop)
    {
        stop = false;
        string? problem = null;
        var byteOffset = 0;
        if (tooLongBy < 0)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"the line is longer than the limit of {options.MaxLineBytes:N0} bytes (MaxLineBytes); it was skipped");
        }
        else if (tooLongBy > 0)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"the line is {tooLongBy:N0} bytes long, over the limit of {options.MaxLineBytes:N0} bytes (MaxLineBytes); it was skipped");
        }
        else if (lineNumber == 1 && TextEncodings.NotUtf8(line) is { } encoding)
        {
            problem = TextEncodings.NotUtf8Reason(encoding, "JSON Lines");
            stop = true;
        }
        else if (line.StartsWith(TextEncodings.Utf8Bom))
        {
            if (lineNumber == 1)
            {
                // The file's own byte order mark, ignored as by every reader; one at a later line is a file joined to
                // another, and is reported there.
                line = line[TextEncodings.Utf8Bom.Length..];
                byteOffset = TextEncodings.Utf8Bom.Length;
            }
            else
            {
                problem = "the line starts with a byte order mark (U+FEFF), which JSON Lines allows only at the start of the file: remove it";
            }
        }

        if (problem is null && line.Trim(" \t\r"u8).IsEmpty)
        {
            problem = "the line is empty: JSON Lines has one letter on every line, and no blank lines";
        }

        if (problem is null)
        {
            try
            {
                return LetterReadResult.Read(LetterJson.ParseLine(line, lineNumber, byteOffset, options.ReadOptions), lineNumber);
            }
            catch (LetterJsonException ex) when (!options.StopAtFirstError)
            {
                return LetterReadResult.Unreadable(ex, lineNumber);
            }
        }

        var error = new LetterJsonException(problem, null, lineNumber - 1, 0, null);
        return options.StopAtFirstError ? throw error : LetterReadResult.Unreadable(error, lineNumber);
    }
}
