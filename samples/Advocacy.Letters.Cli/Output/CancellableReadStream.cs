using System;
using System.IO;
using System.Threading;

namespace Advocacy.Letters.Cli.Output;

/// <summary>
/// A read-only stream whose reads end with <see cref="OperationCanceledException"/> once a token fires, even when the
/// read underneath is blocked (a pipe with no writer sending). The blocked read is abandoned on its pool thread; the
/// process is about to exit on the signal that fired the token.
/// </summary>
internal sealed class CancellableReadStream(Stream inner, CancellationToken cancellationToken) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var read = inner.ReadAsync(buffer, offset, count, cancellationToken);
        read.Wait(cancellationToken);
        return read.Result;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // A read still blocked holds the stream; closing it under that read is what frees the descriptor.
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
