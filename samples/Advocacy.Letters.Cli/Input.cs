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
    public static bool TryRead(string file, TextReader stdin, TextWriter stderr, [NotNullWhen(true)] out Letter? letter)
    {
        letter = null;
        string reason;
        try
        {
            letter = file == StandardInput ? LetterJson.Parse(stdin.ReadToEnd()) : LetterJson.ReadFile(file);
            return true;
        }
        catch (LetterJsonException ex)
        {
            // The message already says where: "unknown member 'x' in a signatory at /signatories/3/x (line 5, byte 7)".
            reason = ex.Message;
        }
        catch (DecoderFallbackException)
        {
            reason = "standard input is not valid UTF-8";
        }
        catch (FileNotFoundException)
        {
            reason = "file not found";
        }
        catch (DirectoryNotFoundException)
        {
            reason = "file not found (no such directory)";
        }
        catch (UnauthorizedAccessException)
        {
            reason = Directory.Exists(file) ? "is a directory" : "access denied";
        }
        catch (IOException ex)
        {
            reason = Directory.Exists(file) ? "is a directory" : ex.Message;
        }

        Error(stderr, $"{DisplayName(file)}: {reason}");
        return false;
    }

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
