using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli;

/// <summary>Reads a letter from a file or standard input, and reports a bad one in a single line.</summary>
internal static class Input
{
    /// <summary>The file name that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Gets the name to show a person for <paramref name="file"/>.</summary>
    public static string DisplayName(string file) => file == StandardInput ? "<stdin>" : file;

    /// <summary>
    /// Reads the letter in <paramref name="file"/>. When it cannot be read, writes
    /// <c>letters: FILE: reason</c> to <paramref name="stderr"/> and returns <see langword="false"/>.
    /// </summary>
    public static bool TryRead(string file, Stream stdin, TextWriter stderr, [NotNullWhen(true)] out Letter? letter)
    {
        letter = null;
        try
        {
            letter = file == StandardInput ? LetterJson.Read(stdin) : LetterJson.ReadFile(file);
            return true;
        }
        catch (LetterJsonException ex)
        {
            // The message already says where: "unknown member 'x' in a signatory at /signatories/3/x (line 5, byte 7)".
            Error(stderr, $"{DisplayName(file)}: {ex.Message}");
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            Error(stderr, $"{DisplayName(file)}: {Describe(file, ex)}");
        }

        return false;
    }

    /// <summary>Opens <paramref name="file"/> to read, or standard input for <c>-</c> (left open for the caller's <c>using</c> to ignore).</summary>
    public static Stream Open(string file, Stream stdin) =>
        file == StandardInput ? new NonClosingStream(stdin) : File.OpenRead(file);

    /// <summary>Tells whether <paramref name="ex"/> is a file that could not be opened, read or written, rather than a bug.</summary>
    public static bool IsFileProblem(Exception ex) => ex is IOException or UnauthorizedAccessException;

    /// <summary>Says in a few words why <paramref name="file"/> could not be used.</summary>
    public static string Describe(string file, Exception ex) => ex switch
    {
        FileNotFoundException => "file not found",
        DirectoryNotFoundException => "file not found (no such directory)",
        _ when Directory.Exists(file) => "is a directory",
        UnauthorizedAccessException => "access denied",
        _ => ex.Message,
    };

    /// <summary>Writes <c>letters: message</c> to <paramref name="stderr"/> as exactly one line.</summary>
    public static void Error(TextWriter stderr, string message) => stderr.WriteLine("letters: " + OneLine(message));

    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            line.Append(char.IsControl(c) ? ' ' : c);
        }

        return line.ToString();
    }
}
