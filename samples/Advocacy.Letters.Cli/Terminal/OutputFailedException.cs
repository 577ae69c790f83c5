using System;
using System.IO;

namespace Advocacy.Letters.Cli.Terminal;

/// <summary>Standard output or standard error could not be written: closed, full, or gone. Caught at the app's edge.</summary>
internal sealed class OutputFailedException(string stream, Exception inner, bool readerGone = false) : IOException($"{stream}: {Faults.Cause(inner)}", inner)
{
    /// <summary>Gets the stream: "standard output" or "standard error".</summary>
    public string Stream { get; } = stream;

    /// <summary>
    /// Gets whether the stream's reader went away (a broken pipe, as in <c>letters validate x | head -1</c>): nobody
    /// wants the rest, so the run ends quietly with the exit code of the work done so far.
    /// </summary>
    public bool ReaderGone { get; } = readerGone;
}
