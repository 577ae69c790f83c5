using System;
using System.IO;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Hostile;

/// <summary>What every hostile-input test asks of the loader: a letter or a <see cref="LetterJsonException"/>, never anything else.</summary>
internal static class HostileInput
{
    /// <summary>
    /// A hang guard, not a performance test: each input gets this long on a thread-pool thread before the test fails.
    /// Real inputs take well under a millisecond; the guard only catches loops that never end, and is generous because
    /// a loaded machine can starve the thread pool for seconds (5 s failed spuriously under a load average of 60).
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Reads <paramref name="utf8"/> as bytes; on success validates, writes and reads it back; returns the outcome.</summary>
    /// <returns><see langword="null"/> when the letter loaded, else the refusal.</returns>
    public static LetterJsonException? Load(ReadOnlySpan<byte> utf8)
    {
        Letter letter;
        try
        {
            letter = LetterJson.Parse(utf8);
        }
        catch (LetterJsonException ex)
        {
            return ex;
        }

        Exercise(letter);
        return null;
    }

    /// <summary>What a caller does with a loaded letter; none of it may throw.</summary>
    public static void Exercise(Letter letter)
    {
        LetterValidator.Validate(letter);
        _ = letter.GetHashCode();
        Assert.Equal(letter, letter with { });

        // The reader refuses whatever the writer cannot carry, so a letter that was read can always be written back.
        Assert.Equal(letter, LetterJson.Parse(LetterJson.ToUtf8Bytes(letter)));
    }

    /// <summary>Runs <paramref name="work"/> under the hang guard; any exception but <see cref="LetterJsonException"/> fails the test.</summary>
    public static async Task<T> Guarded<T>(string what, Func<T> work)
    {
        var task = Task.Run(work, TestContext.Current.CancellationToken);
        try
        {
            return await task.WaitAsync(HangGuard, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{what}: no result after {HangGuard.TotalSeconds} s");
            throw;
        }
    }

    /// <summary>Reads <paramref name="utf8"/> through a non-seekable stream, in small reads, as a network would deliver it.</summary>
    public static LetterJsonException? LoadStream(byte[] utf8)
    {
        try
        {
            Exercise(LetterJson.Read(new TrickleStream(utf8)));
            return null;
        }
        catch (LetterJsonException ex)
        {
            return ex;
        }
    }

    /// <summary>A read-only, non-seekable stream that returns at most 7 bytes per read.</summary>
    private sealed class TrickleStream(byte[] data) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 7), data.Length - position);
            Array.Copy(data, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
