using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// The stream an output callback writes to: the temporary file itself, except that closing it does nothing, so that
/// the file can still be flushed to disk and renamed after the callback (a serializer or exporter may close what it
/// is given).
/// </summary>
internal sealed class OutputStream(FileStream file, bool closesDurably = false) : Stream
{
    private bool closed;

    public override bool CanRead => false;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position { get => file.Position; set => file.Position = value; }

    public override void Flush() => file.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value) => file.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => file.Write(buffer, offset, count);

    public override void WriteByte(byte value) => file.WriteByte(value);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        file.WriteAsync(buffer, offset, count, cancellationToken);

#if !NETSTANDARD2_0
    public override void Write(ReadOnlySpan<byte> buffer) => file.Write(buffer);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        file.WriteAsync(buffer, cancellationToken);
#endif

    // Usually the owner closes the file, after flushing it to disk; a stream from OutputFolder.OpenFile is its own
    // owner and does both itself when it is closed.
    protected override void Dispose(bool disposing)
    {
        if (disposing && closesDurably && !closed)
        {
            closed = true;
            try
            {
                file.Flush(flushToDisk: true);
            }
            finally
            {
                file.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
