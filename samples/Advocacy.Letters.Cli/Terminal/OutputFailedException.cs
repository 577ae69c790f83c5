using System;
using System.IO;

namespace Advocacy.Letters.Cli.Terminal;

/// <summary>Standard output or standard error could not be written: closed, full, or gone. Caught at the app's edge.</summary>
internal sealed class OutputFailedException(string stream, Exception inner) : IOException($"{stream}: {Faults.Cause(inner)}", inner)
{
    /// <summary>Gets the stream: "standard output" or "standard error".</summary>
    public string Stream { get; } = stream;
}
