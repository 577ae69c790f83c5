namespace Advocacy.Letters.Cli;

/// <summary>The process exit codes of <c>letters</c> (the README lists them).</summary>
internal static class ExitCode
{
    /// <summary>Done; every letter read is valid (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>At least one letter was read but is invalid.</summary>
    public const int Invalid = 1;

    /// <summary>A file could not be read or written or is not a letter, an output exists (no <c>--force</c>), or standard output failed.</summary>
    public const int Unreadable = 2;

    /// <summary>The command line makes no sense (same code as <see cref="Unreadable"/>, as for most tools).</summary>
    public const int Usage = 2;

    /// <summary>SIGINT (Ctrl-C) stopped a write: 128 + 2, as a shell reports it.</summary>
    public const int Interrupted = 130;

    /// <summary>SIGTERM stopped a write: 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>Combines the outcomes of two files: the worse one wins (2 over 1 over 0).</summary>
    public static int Worst(int first, int second) => first > second ? first : second;
}
