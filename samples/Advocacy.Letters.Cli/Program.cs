using System;
using System.IO;
using System.Text;
using NodaTime;

namespace Advocacy.Letters.Cli;

/// <summary>
/// The <c>letters</c> command: show, validate and render advocacy letters.
/// Each command is a few lines over the library; read <see cref="Commands"/> to see how it is used.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // Standard input is decoded strictly, like files: invalid UTF-8 is an error, never silently replaced.
        using var stdin = new StreamReader(
            Console.OpenStandardInput(),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));

        return LettersApp.Run(args, stdin, Console.Out, Console.Error, SystemClock.Instance);
    }
}
