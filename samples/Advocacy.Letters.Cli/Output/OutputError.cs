using System;
using System.IO;
using Advocacy.Letters.Cli.Terminal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli.Output;

/// <summary>
/// How every command that writes an output (<c>convert</c>, <c>render</c>, <c>export</c>, <c>import</c>,
/// <c>generate</c>) says that it could not: one line, in one wording, and one exit code. An output that exists is
/// always "<c>PATH: already exists, left as it is (use --force to replace it)</c>".
/// </summary>
internal static class OutputError
{
    /// <summary>What is said of an output that exists when <c>--force</c> is not given (<see cref="OutputExistsException"/>).</summary>
    public const string Exists = "already exists, left as it is (use --force to replace it)";

    /// <summary>
    /// Tells whether <paramref name="ex"/> is the output's fault: a file problem, but not standard output or error
    /// failing (<see cref="OutputFailedException"/>), which the app reports on its own.
    /// </summary>
    public static bool IsOutputProblem(Exception ex) => Faults.IsFileProblem(ex) && ex is not OutputFailedException;

    /// <summary>Gets the one line that says why <paramref name="path"/> was not written, naming the path at fault.</summary>
    public static string Message(string path, Exception ex) => ex switch
    {
        OutputExistsException exists => $"{(exists.Path.Length > 0 ? exists.Path : path)}: {Exists}",

        // The library's message already names the output: the folder that is missing, a folder where the file would go.
        IOException when ex.Message.StartsWith(path + ":", StringComparison.Ordinal) => ex.Message,
        _ => $"{path}: {Faults.Describe(path, ex)}",
    };

    /// <summary>Writes <see cref="Message"/> to <paramref name="stderr"/> as one line and returns the exit code for it, <see cref="ExitCode.Unreadable"/> (2).</summary>
    public static int Report(TextWriter stderr, string path, Exception ex)
    {
        Input.Error(stderr, Message(path, ex));
        return ExitCode.Unreadable;
    }
}
