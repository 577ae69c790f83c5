using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Benchmarks.Infrastructure;

/// <summary>What a pass over a corpus found.</summary>
/// <param name="Lines">Lines read.</param>
/// <param name="Valid">Letters read that validated without error (JsonDocument pass: documents parsed).</param>
/// <param name="Invalid">Letters read that have a validation error.</param>
/// <param name="Unreadable">Lines that were not a letter (or, for the JsonDocument pass, not JSON).</param>
public readonly record struct CorpusCounts(long Lines, long Valid, long Invalid, long Unreadable);

/// <summary>
/// The passes over a corpus file that are measured, shared by the BenchmarkDotNet suite and the peak-memory mode so
/// both measure the same code.
/// </summary>
public static class CorpusReaders
{
    /// <summary>The read size and <see cref="FileStream"/> buffer, the same as <see cref="LetterJsonLines"/> uses.</summary>
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The floor: each line parsed by <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> and disposed, nothing else.</summary>
    public static CorpusCounts JsonDocumentLoop(string path)
    {
        // The same strategy as the library's line buffer: one buffer, partial lines moved to the front, grown only
        // for a line longer than it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, FileOptions.SequentialScan);
        var buffer = new byte[ChunkBytes];
        int start = 0, end = 0, scanned = 0;
        long lines = 0, parsed = 0, unreadable = 0;
        while (true)
        {
            if (end == buffer.Length)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    scanned -= start;
                    start = 0;
                }
                else
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            end += read;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', scanned, end - scanned)) >= 0)
            {
                Parse(buffer.AsMemory(start, newline - start));
                start = scanned = newline + 1;
            }

            scanned = end;
            if (start == end)
            {
                start = end = scanned = 0;
            }

            if (read == 0)
            {
                if (start < end)
                {
                    Parse(buffer.AsMemory(start, end - start));
                }

                return new CorpusCounts(lines, parsed, 0, unreadable);
            }
        }

        void Parse(ReadOnlyMemory<byte> line)
        {
            lines++;
            try
            {
                using var document = JsonDocument.Parse(line);
                parsed++;
            }
            catch (JsonException)
            {
                unreadable++;
            }
        }
    }

    /// <summary><see cref="LetterJsonLines.ReadFile"/>, then <see cref="LetterValidator.Validate"/> for each letter.</summary>
    public static CorpusCounts ReadFileAndValidate(string path)
    {
        var tally = new ValidationTally();
        foreach (var line in LetterJsonLines.ReadFile(path))
        {
            tally.Add(line);
        }

        return tally.Counts;
    }

    /// <summary><see cref="LetterJsonLines.ReadFileAsync"/>, then <see cref="LetterValidator.Validate"/> for each letter.</summary>
    public static async Task<CorpusCounts> ReadFileAsyncAndValidate(string path)
    {
        var tally = new ValidationTally();
        await foreach (var line in LetterJsonLines.ReadFileAsync(path).ConfigureAwait(false))
        {
            tally.Add(line);
        }

        return tally.Counts;
    }

    /// <summary>
    /// <see cref="LetterJsonLines.ReadFileParallel"/> with <see cref="LetterValidator.Validate"/> on the workers, as
    /// <c>letters validate --threads N</c> runs it; the results are tallied in line order on the caller's thread.
    /// </summary>
    public static CorpusCounts ReadFileParallelAndValidate(string path, int threads)
    {
        long lines = 0, valid = 0, invalid = 0, unreadable = 0;
        foreach (var isValid in LetterJsonLines.ReadFileParallel(path, line => line.Succeeded ? LetterValidator.Validate(line.Letter).IsValid : (bool?)null, threads))
        {
            lines++;
            _ = isValid switch
            {
                null => unreadable++,
                true => valid++,
                false => invalid++,
            };
        }

        return new CorpusCounts(lines, valid, invalid, unreadable);
    }

    /// <summary><see cref="LetterJsonLines.ReadFile"/> alone: how much of the validating pass is reading.</summary>
    public static CorpusCounts ReadFileOnly(string path)
    {
        long lines = 0, read = 0, unreadable = 0;
        foreach (var line in LetterJsonLines.ReadFile(path))
        {
            lines++;
            if (line.Succeeded)
            {
                read++;
            }
            else
            {
                unreadable++;
            }
        }

        return new CorpusCounts(lines, read, 0, unreadable);
    }

    /// <summary>Validates each line's letter and counts the outcome: the one loop body both validating passes share.</summary>
    private sealed class ValidationTally
    {
        private long lines;
        private long valid;
        private long invalid;
        private long unreadable;

        public CorpusCounts Counts => new(lines, valid, invalid, unreadable);

        public void Add(LetterReadResult line)
        {
            lines++;
            if (!line.Succeeded)
            {
                unreadable++;
            }
            else if (LetterValidator.Validate(line.Letter).IsValid)
            {
                valid++;
            }
            else
            {
                invalid++;
            }
        }
    }
}
