using System;
using Advocacy.Letters.Cli.Terminal;

namespace Advocacy.Letters.Cli;

/// <summary>
/// The <c>letters</c> command: show, validate, render and convert advocacy letters.
/// Each command is a few lines over the library, one file each in <c>Commands/</c>.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // SIGINT and SIGTERM during a write: the write stops, leaves nothing partial, and the exit code is 130 or 143.
        using var interruption = Interruption.Listen();

        // Standard input stays bytes, like a file: the library reads it strictly, so invalid UTF-8 is a located error.
        // A closed one reads as empty; every output passes through the terminal-safe writer.
        using var stdin = StandardStreams.OpenInput();
        var stdout = StandardStreams.OpenOutput();
        var stderr = StandardStreams.OpenError();

        // LETTERS_NOW is for tests of the built executable: it fixes "now"; unset, the system clock is used.
        var now = Environment.GetEnvironmentVariable(LettersApp.NowVariable);
        return LettersApp.Run(args, stdin, stdout, stderr, now, !Console.IsErrorRedirected, interruption.Token);
    }
}
