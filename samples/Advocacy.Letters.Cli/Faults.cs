using System;
using System.IO;

namespace Advocacy.Letters.Cli;

/// <summary>Says what went wrong with a file in a few words: its real cause, from the exception, never guessed from the path.</summary>
internal static class Faults
{
    /// <summary>Tells whether <paramref name="ex"/> is a file that could not be opened, read or written, rather than a bug.</summary>
    public static bool IsFileProblem(Exception ex) => ex is IOException or UnauthorizedAccessException;

    /// <summary>Says why <paramref name="path"/> could not be used: "file not found", "a link to 'x', which does not exist", "no space left on device".</summary>
    public static string Describe(string path, Exception ex)
    {
        if (ex is FileNotFoundException or DirectoryNotFoundException && LinkTarget(path) is { } target)
        {
            return $"a link to '{target}', which does not exist";
        }

        // Opening a folder to read it fails as "access denied"; the real cause is that it is a folder.
        if (ex is UnauthorizedAccessException && Directory.Exists(path))
        {
            return "is a directory";
        }

        return Cause(ex);
    }

    /// <summary>Gets the cause of <paramref name="ex"/> as the system said it, without the path (the caller names the path).</summary>
    public static string Cause(Exception ex) => ex switch
    {
        FileNotFoundException => "file not found",
        DirectoryNotFoundException => "file not found (no such folder)",
        UnauthorizedAccessException { InnerException: IOException inner } => Plain(inner.Message),
        UnauthorizedAccessException => "permission denied",
        _ => Plain(ex.Message),
    };

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            return null;
        }
    }

    // "No space left on device : '/tmp/x'" becomes "no space left on device".
    private static string Plain(string message)
    {
        var pathAt = message.IndexOf(" : '", StringComparison.Ordinal);
        var text = (pathAt >= 0 ? message[..pathAt] : message).TrimEnd('.', ' ');
        return text.Length == 0 ? "input/output error" : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
