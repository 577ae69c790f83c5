using System;

namespace Advocacy.Letters.Cli;

/// <summary>
/// The <c>letters</c> command: show, validate and render advocacy letters.
/// Each command is a few lines over the library; read <see cref="Commands"/> to see how it is used.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // Standard input stays bytes, like a file: the library reads it strictly, so invalid UTF-8 is a located error.
        using var stdin = Console.OpenStandardInput();

        // LETTERS_NOW is for tests of the built executable: it fixes "now"; unset, the system clock is used.
        var now = Environment.GetEnvironmentVariable(LettersApp.NowVariable);
        return LettersApp.Run(args, stdin, Console.Out, Console.Error, now);
    }
}
