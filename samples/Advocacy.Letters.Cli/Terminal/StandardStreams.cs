using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Advocacy.Letters.Cli.Terminal;

/// <summary>
/// Opens the process's standard streams so that a closed one is harmless. When the shell closes a descriptor
/// (<c>&lt;&amp;-</c>, <c>&gt;&amp;-</c>), the runtime's own files and pipes take its number before <c>Main</c>
/// runs: reading "standard input" would then wait forever on the runtime's signal pipe. On Linux, <c>/proc/self</c>
/// tells an inherited descriptor from one of the runtime's: a descriptor that is missing, open the wrong way, or
/// shared with a higher-numbered descriptor of this process is treated as closed. Elsewhere the streams are used as
/// the runtime opens them.
/// </summary>
internal static class StandardStreams
{
    private const int StandardInput = 0;
    private const int StandardOutput = 1;
    private const int StandardError = 2;

    /// <summary>How long a watched read of standard input (<see cref="WatchingReaderOf"/>) waits before it asks again.</summary>
    public static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets standard input, or an empty stream when it is closed: a closed standard input reads as empty input.</summary>
    public static Stream OpenInput()
    {
        if (IsClosed(StandardInput, writable: false))
        {
            return Stream.Null;
        }

        // Only a pipe or socket can make a read wait indefinitely, and only there can the wait be watched.
        var stream = Console.OpenStandardInput();
        if (!OperatingSystem.IsLinux() || !IsPipeOrSocket(StandardInput))
        {
            return stream;
        }

        return new PipeInput(stream, StandardInput, watch: null, ownsInner: true);
    }

    /// <summary>
    /// Gets <paramref name="stdin"/> (as <see cref="OpenInput"/> gave it, left open) for a corpus whose results go to
    /// <paramref name="results"/>: a read that waits for input asks every <see cref="WaitSlice"/> whether the results'
    /// reader went away or a write of them failed (<see cref="TerminalWriter.Failure"/>), and if so fails as a write
    /// would. Once the reader of
    /// <c>tail -f log | letters validate - --jsonl | head -1</c> has gone, the run ends too, instead of waiting for a
    /// line that may never come. Before a read waits, and after each slice of the wait, <paramref name="whileQuiet"/>
    /// runs: it hands the results found so far to their reader, which would otherwise see them only when more input
    /// comes (<c>tail -f log | letters validate - --jsonl</c>). It may run on any thread that reads, and whatever it
    /// throws fails the read. The pipe is enlarged for the corpus. Any other stream is returned as it is.
    /// </summary>
    public static Stream WatchingReaderOf(Stream stdin, TerminalWriter results, Action? whileQuiet = null)
    {
        if (stdin is not PipeInput pipe)
        {
            return stdin;
        }

        Enlarge(pipe.Descriptor);
        return new PipeInput(pipe.Inner, pipe.Descriptor, new Watch(results, whileQuiet), ownsInner: false);
    }

    /// <summary>
    /// Gets standard output as a terminal-safe writer; writing to it fails with <see cref="OutputFailedException"/>
    /// when it is closed or full, or when its reader went away.
    /// </summary>
    public static TerminalWriter OpenOutput()
    {
        var closed = IsClosed(StandardOutput, writable: true);
        var plainFile = !closed && WritesThroughPlainFile(StandardOutput);
        var stream = closed ? new ClosedStream()
            : plainFile ? new FileStream(new SafeFileHandle(StandardOutput, ownsHandle: false), FileAccess.Write, bufferSize: 0)
            : Console.OpenStandardOutput();

        // Only a pipe or socket can be asked whether its reader has gone.
        return new(Writer(stream), "standard output", readerGone: plainFile ? () => PeerClosed(StandardOutput) : null);
    }

    /// <summary>Gets standard error as a best-effort terminal-safe writer: when it is closed or full, what it would say is dropped.</summary>
    public static TerminalWriter OpenError() =>
        new(Writer(IsClosed(StandardError, writable: true) ? new ClosedStream() : Console.OpenStandardError()), "standard error", bestEffort: true);

    // The runtime's console stream drops what it cannot write to a pipe whose reader has gone (EPIPE), so a run into
    // "| head -1" would go on to its end, or forever on endless input. A plain file stream on the same descriptor
    // reports it. Only for a blocking pipe or socket: on a regular file a FileStream keeps its own offset and writes
    // there, which would overwrite what another process sharing the descriptor ("(letters x; echo y) > f") wrote; on
    // a non-blocking one (a parent's O_NONBLOCK) only the console stream waits and retries when the pipe is full.
    private static bool WritesThroughPlainFile(int descriptor) =>
        OperatingSystem.IsLinux() && IsPipeOrSocket(descriptor) && !IsNonBlocking(descriptor);

    // Whether the other end of a pipe or socket has gone, without writing to it: poll(2) reports POLLERR on a pipe
    // with no reader left, POLLHUP on a socket shut both ways. A failed poll says nothing; the next write will tell.
    private static bool PeerClosed(int descriptor)
    {
        var entry = new Native.PollDescriptor { Descriptor = descriptor };
        return Native.poll(ref entry, 1, 0) == 1 && (entry.ReturnedEvents & (Native.PollError | Native.PollHangUp)) != 0;
    }

    // Whether the descriptor has input, its end, or an error to read within the timeout. A poll that a signal cut short
    // (EINTR: Linux never restarts poll, and the runtime handles SIGCONT, which fg and bg send) says no, so that the
    // caller asks again rather than read unwatched; any other failure says yes, and the read reports it.
    private static bool InputReady(int descriptor, TimeSpan timeout)
    {
        var entry = new Native.PollDescriptor { Descriptor = descriptor, Events = Native.PollInput };
        var ready = Native.poll(ref entry, 1, (int)timeout.TotalMilliseconds);
        return ready > 0 || (ready < 0 && Marshal.GetLastPInvokeError() != Native.Interrupted);
    }

    // A pipe holds 64 kB by default, and the writer is stopped each time it fills, so that many reads of
    // `zcat corpus.jsonl.gz | letters validate -` came back short of the 64 kB asked. A larger pipe (1 MB, the most an
    // unprivileged process may ask by default) keeps reads full. Only for a corpus: each takes 256 pages of the user's
    // pipe quota. Not a pipe (a socket), or not allowed: it stays as it is.
    private static void Enlarge(int descriptor)
    {
        if (Native.fcntl(descriptor, Native.GetPipeSize, 0) is > 0 and < Native.LargePipe)
        {
            _ = Native.fcntl(descriptor, Native.SetPipeSize, Native.LargePipe);
        }
    }

    // A pipe, a named pipe (mkfifo) or a socket: the descriptors that cannot seek (ESPIPE) and are no terminal. Asking
    // the descriptor, not its name in /proc/self/fd, which names a named pipe by its path, like a file.
    private static bool IsPipeOrSocket(int descriptor) =>
        Native.lseek(descriptor, 0, Native.SeekCurrent) == -1 && Marshal.GetLastPInvokeError() == Native.IllegalSeek
            && Native.isatty(descriptor) == 0;

    private static StreamWriter Writer(Stream stream) =>
        new(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024) { NewLine = "\n" };

    private static bool IsClosed(int descriptor, bool writable)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var mode = AccessMode(descriptor);
            if (mode < 0 || (writable ? mode is not (1 or 2) : mode is not (0 or 2)))
            {
                return true;
            }

            var target = new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget;
            if (target is null || !target.StartsWith("pipe:", StringComparison.Ordinal))
            {
                // An eventfd or epoll descriptor is the runtime's, never an inherited stream.
                return target?.StartsWith("anon_inode:", StringComparison.Ordinal) == true;
            }

            // The runtime's signal pipe: this process holds its other end too (a descriptor with the opposite access).
            // That end may itself be at 0, 1 or 2: with both output streams closed, the native runtime's pipe takes 1
            // and 2, and what we wrote to "standard error" reached its signal thread as signal numbers. A copy with
            // the same access (the runtime keeps a duplicate of standard output) does not count.
            return Directory.EnumerateFileSystemEntries("/proc/self/fd")
                .Select(entry => int.TryParse(Path.GetFileName(entry), out var other) ? other : -1)
                .Where(other => other >= 0 && other != descriptor && new FileInfo($"/proc/self/fd/{other}").LinkTarget == target)
                .Any(other => AccessMode(other) == (writable ? 0 : 1));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // O_NONBLOCK among the descriptor's status flags (04000 on Linux's x86-64 and arm64).
    private static bool IsNonBlocking(int descriptor) => (Native.fcntl(descriptor, Native.GetFlags, 0) & 0x800) != 0;

    // The access mode, the low two bits of the descriptor's flags (0 read, 1 write, 2 both), or -1 when the descriptor
    // is not open: one fcntl(2) rather than opening and parsing /proc/self/fdinfo, at every start.
    private static int AccessMode(int descriptor)
    {
        var flags = Native.fcntl(descriptor, Native.GetFlags, 0);
        return flags < 0 ? -1 : flags & 3;
    }

#pragma warning disable SA1300, IDE1006 // The C library's own names.
    // The project binds fcntl directly in the native executable (DirectPInvoke): no library look-up at start-up.
    private static class Native
    {
        public const int GetFlags = 3; // F_GETFL, SEEK_CUR, ESPIPE, EINTR and the pipe sizes: the same on every Linux architecture
        public const int SeekCurrent = 1;
        public const int SetPipeSize = 1031;
        public const int GetPipeSize = 1032;
        public const int LargePipe = 1024 * 1024;
        public const int IllegalSeek = 29;
        public const int Interrupted = 4;
        public const short PollInput = 0x001; // POLLIN, POLLERR and POLLHUP, the same on every Linux architecture
        public const short PollError = 0x008;
        public const short PollHangUp = 0x010;

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int fcntl(int descriptor, int command, int argument);

        // off_t is the size of a pointer with glibc and with 64-bit musl (32-bit musl's is 64 bits: not supported here).
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern nint lseek(int descriptor, nint offset, int whence);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int isatty(int descriptor);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int poll(ref PollDescriptor descriptors, nuint count, int timeout);

        /// <summary>C's <c>struct pollfd</c>.</summary>
        [StructLayout(LayoutKind.Sequential)]
        public struct PollDescriptor
        {
            public int Descriptor;
            public short Events;
            public short ReturnedEvents;
        }
    }
#pragma warning restore SA1300, IDE1006

    /// <summary>What a read of standard input watches while it waits (<see cref="WatchingReaderOf"/>).</summary>
    private sealed record Watch(TerminalWriter Results, Action? WhileQuiet);

    /// <summary>
    /// Standard input when it is a pipe or socket. With a <c>watch</c> (<see cref="WatchingReaderOf"/>), a read that
    /// finds nothing to read hands over what was found, then waits for input in slices, and between them hands over
    /// again and asks whether writing the results can still succeed.
    /// </summary>
    private sealed class PipeInput(Stream inner, int descriptor, Watch? watch, bool ownsInner) : Stream
    {
        public Stream Inner => inner;

        public int Descriptor => descriptor;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Wait();
            return inner.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            Wait();
            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            // The process's stream is closed by the instance OpenInput made, not by a view of it.
            if (disposing && ownsInner)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Wait()
        {
            if (watch is null || InputReady(descriptor, TimeSpan.Zero))
            {
                return;
            }

            // The wait may be long, or endless: what was found so far goes out first, and again after each slice, for
            // the results that the other workers completed meanwhile; never into a reader that has gone, or after a
            // failed write, which may have left part of what it wrote behind.
            do
            {
                if (watch.Results.Failure() is { } failure)
                {
                    throw failure;
                }

                watch.WhileQuiet?.Invoke();
            }
            while (!InputReady(descriptor, WaitSlice));
        }
    }

    /// <summary>A descriptor that was closed: every write fails, the way a write to a closed descriptor does.</summary>
    private sealed class ClosedStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("the descriptor is closed");
    }
}
