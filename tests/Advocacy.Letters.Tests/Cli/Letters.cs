using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Advocacy.Letters.Cli;
using Advocacy.Letters.Tests.Infrastructure;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;

namespace Advocacy.Letters.Tests.Cli;

/// <summary>
/// Runs the <c>letters</c> app with a fixed "now" and captured streams: in-process by default, or, when the
/// environment variable <c>LETTERS_EXECUTABLE</c> names a built <c>letters</c> (the native AOT executable, or a
/// <c>letters.dll</c> run with <c>dotnet</c>), as that process, with <c>LETTERS_NOW</c> fixing its clock.
/// Every app-level test goes through here, so the same tests check both.
/// </summary>
internal static class Letters
{
    /// <summary>The fixed "now" of every run: 28 November 2026, 5,560 days after the DPRK letter.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 0, 0);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets the executable under test (a relative <c>LETTERS_EXECUTABLE</c> is taken from the repository's root),
    /// or <see langword="null"/> to run the app in-process.
    /// </summary>
    public static string? Executable { get; } = FindExecutable();

    public static Outcome Run(params string[] args) => RunWithInput(string.Empty, args);

    public static Outcome RunWithInput(string stdin, params string[] args) => RunWithBytes(Encoding.UTF8.GetBytes(stdin), args);

    public static Outcome RunWithBytes(byte[] stdin, params string[] args) =>
        Executable is null
            ? RunInProcess(stdin, args, (input, stdout, stderr) => LettersApp.Run(args, input, stdout, stderr, new FakeClock(Now)))
            : RunProcess(Executable, stdin, args, InstantPattern.ExtendedIso.Format(Now));

    /// <summary>
    /// Gets the command line that starts the app as its own process, for tests that need a real process (closed
    /// descriptors, signals, pipes): <c>LETTERS_EXECUTABLE</c> when set, otherwise the <c>letters.dll</c> built beside
    /// the tests, run with <c>dotnet</c>. Each word is shell-quoted.
    /// </summary>
    public static string ProcessCommand
    {
        get
        {
            var executable = Executable ?? Path.Combine(AppContext.BaseDirectory, "letters.dll");
            return executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                ? $"{Quote(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")} {Quote(executable)}"
                : Quote(executable);
        }
    }

    /// <summary>
    /// Runs <paramref name="script"/> with bash, where <c>$LETTERS</c> starts the app as a process
    /// (<see cref="ProcessCommand"/>): the way to test <c>&lt;&amp;-</c>, <c>&gt;/dev/full</c> and pipes.
    /// </summary>
    public static Outcome Shell(string script, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"letters_app() {{ {ProcessCommand} \"$@\"; }}\n{script.Replace("$LETTERS", "letters_app", StringComparison.Ordinal)}");
        start.Environment["LETTERS_NOW"] = InstantPattern.ExtendedIso.Format(Now);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bash -c '{script}' did not exit within {Timeout}");
        }

        return new Outcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Quotes <paramref name="word"/> for bash.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Runs the app as <c>Main</c> does, with <paramref name="now"/> as the value of <c>LETTERS_NOW</c>.</summary>
    public static Outcome RunWithNow(string now, params string[] args) =>
        Executable is null
            ? RunInProcess([], args, (input, stdout, stderr) => LettersApp.Run(args, input, stdout, stderr, now))
            : RunProcess(Executable, [], args, now);

    private static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("LETTERS_EXECUTABLE") is not { Length: > 0 } path)
        {
            return null;
        }

        var full = Path.GetFullPath(path, Repository.Root);
        return File.Exists(full)
            ? full
            : throw new FileNotFoundException($"LETTERS_EXECUTABLE names no file: {full}", full);
    }

    private static Outcome RunInProcess(byte[] stdin, string[] args, Func<Stream, TextWriter, TextWriter, int> run)
    {
        using var input = new MemoryStream(stdin);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = run(input, stdout, stderr);
        return new Outcome(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static Outcome RunProcess(string executable, byte[] stdin, string[] args, string now)
    {
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        if (executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            // The managed app, as `dotnet letters.dll`: the same tests then check the process boundary without AOT.
            start.FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            start.ArgumentList.Add(executable);
        }
        else
        {
            start.FileName = executable;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LETTERS_NOW"] = now;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The app exited without reading all of its input (a usage error, say): what it wrote is the outcome.
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} {string.Join(' ', args)} did not exit within {Timeout}");
        }

        return new Outcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
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
