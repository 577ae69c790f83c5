using System.IO;

namespace Advocacy.Letters.Cli.Output;

/// <summary>An output that cannot or must not be written: it exists (and no <c>--force</c>), or its folder does not.</summary>
internal sealed class OutputRefusedException(string path, string reason) : IOException($"{path}: {reason}")
{
    /// <summary>Gets the output as given.</summary>
    public string Path { get; } = path;
}
