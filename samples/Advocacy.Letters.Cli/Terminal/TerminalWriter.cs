using System;
using System.IO;
using System.Text;

namespace Advocacy.Letters.Cli.Terminal;

/// <summary>
/// The one place where text leaves <c>letters</c>: standard output and standard error are each one of these. Every
/// character that <see cref="TerminalText.MustEscape"/> names is written as a visible <c>\uXXXX</c>, whatever the
/// command or format, so no input reaches the terminal as a control code. A failure of the stream underneath (a
/// closed descriptor, a full disk, a reader that went away) becomes an <see cref="OutputFailedException"/> that names
/// the stream; when the reader went away, that is said once and every later write is dropped. A best-effort writer
/// (standard error) never fails: once its stream does, the rest is dropped, so the exit code stays that of the work.
/// </summary>
/// <param name="inner">The stream's writer.</param>
/// <param name="name">The stream's name for messages.</param>
/// <param name="bestEffort">Whether a failure drops the rest instead of throwing.</param>
/// <param name="readerGone">Asks, without writing, whether the stream's reader went away; null when that cannot be told.</param>
internal sealed class TerminalWriter(TextWriter inner, string name, bool bestEffort = false, Func<bool>? readerGone = null) : TextWriter
{
    // Linux's and macOS's EPIPE, which .NET reports as the IOException's HResult.
    private const int BrokenPipe = 32;

    private char pendingHighSurrogate;
    private bool gone;

    // The first failure of a write, for the other threads: a worker waiting for input asks it (Failure).
    private volatile OutputFailedException? failed;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <summary>Gets the stream's name for messages: "standard output" or "standard error".</summary>
    public string Name => name;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (pendingHighSurrogate != '\0')
        {
            var high = pendingHighSurrogate;
            pendingHighSurrogate = '\0';
            Emit(char.IsLowSurrogate(value) ? TerminalText.Escape(new string([high, value]), message: false) : TerminalText.Escape(high.ToString(), message: false));
            if (char.IsLowSurrogate(value))
            {
                return;
            }
        }

        if (char.IsHighSurrogate(value))
        {
            pendingHighSurrogate = value;
            return;
        }

        Emit(char.IsSurrogate(value) || TerminalText.MustEscape(value, message: false) ? TerminalText.Escape(value.ToString(), message: false) : value.ToString());
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (pendingHighSurrogate != '\0' || char.IsHighSurrogate(value[^1]))
        {
            foreach (var c in value)
            {
                Write(c);
            }

            return;
        }

        Emit(TerminalText.Escape(value, message: false));
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }

    /// <inheritdoc/>
    public override void WriteLine() => Write('\n');

    /// <inheritdoc/>
    public override void Flush()
    {
        if (pendingHighSurrogate != '\0')
        {
            var high = pendingHighSurrogate;
            pendingHighSurrogate = '\0';
            Emit(TerminalText.Escape(high.ToString(), message: false));
        }

        Guarded(inner.Flush);
    }

    /// <summary>
    /// Fails the way the next write would if the reader went away, without writing: for a command that has stopped
    /// printing (validate past <c>--max-problems</c>) and would otherwise read an endless input on after
    /// <c>| head -1</c> has ended.
    /// </summary>
    public void ThrowIfReaderGone()
    {
        if (!gone && LostReader() is { } failure)
        {
            gone = true;
            throw failure;
        }
    }

    /// <summary>
    /// Asks, without writing, whether the reader went away, and gives the failure a write would then throw; null while
    /// it is there or when that cannot be told. It changes nothing in the writer, so any thread may ask: a worker that
    /// waits for input asks it (<see cref="StandardStreams.WatchingReaderOf"/>).
    /// </summary>
    public OutputFailedException? LostReader() =>
        readerGone?.Invoke() == true ? new OutputFailedException(name, new IOException("the reader went away"), readerGone: true) : null;

    /// <summary>
    /// Asks, without writing, whether writing can no longer succeed: a write has failed (on whichever thread), or the
    /// reader went away (<see cref="LostReader"/>). Gives the failure a write would throw, or null. Any thread may ask:
    /// a worker that waits for input does (<see cref="StandardStreams.WatchingReaderOf"/>), so that a write that failed
    /// on the caller's thread, into a full disk, also ends that wait, which the caller's thread waits for in turn.
    /// </summary>
    public OutputFailedException? Failure() =>
        failed is { } failure ? new OutputFailedException(name, failure.InnerException!, failure.ReaderGone) : LostReader();

    /// <summary>Writes program-made terminal control (the progress line's carriage return), never input.</summary>
    public void WriteControl(string control) => Guarded(() => inner.Write(control));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Emit(string text) => Guarded(() => inner.Write(text));

    private void Guarded(Action write)
    {
        if (gone)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            var readerGone = ex is IOException { HResult: BrokenPipe };
            gone = bestEffort || readerGone;
            if (!bestEffort)
            {
                var failure = new OutputFailedException(name, ex, readerGone);
                failed ??= failure;
                throw failure;
            }
        }
    }
}
