using System;
using System.IO;
using System.Text;
using Advocacy.Letters.Cli;
using NodaTime;
using NodaTime.Testing;

namespace Advocacy.Letters.Tests.Cli;

/// <summary>Runs the <c>letters</c> app in-process, with a fixed clock and captured streams.</summary>
internal static class Letters
{
    /// <summary>The fixed "now" of every run: 28 November 2026, 5,560 days after the DPRK letter.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 0, 0);

    public static Outcome Run(params string[] args) => RunWithInput(string.Empty, args);

    public static Outcome RunWithInput(string stdin, params string[] args) => RunWithBytes(Encoding.UTF8.GetBytes(stdin), args);

    public static Outcome RunWithBytes(byte[] stdin, params string[] args) =>
        RunInProcess(stdin, (input, stdout, stderr) => LettersApp.Run(args, input, stdout, stderr, new FakeClock(Now)));

    /// <summary>Runs the app as <c>Main</c> does, with <paramref name="now"/> as the value of <c>LETTERS_NOW</c>.</summary>
    public static Outcome RunWithNow(string now, params string[] args) =>
        RunInProcess([], (input, stdout, stderr) => LettersApp.Run(args, input, stdout, stderr, now));

    private static Outcome RunInProcess(byte[] stdin, Func<Stream, TextWriter, TextWriter, int> run)
    {
        using var input = new MemoryStream(stdin);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = run(input, stdout, stderr);
        return new Outcome(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>What a run of the app produced.</summary>
    internal sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Gets the lines written to standard error.</summary>
        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>Gets the lines written to standard output.</summary>
        public string[] OutputLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
