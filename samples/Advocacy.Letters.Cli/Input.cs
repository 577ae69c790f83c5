using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using Advocacy.Letters.Cli.Terminal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli;

/// <summary>Reads a letter from a file or standard input, and reports a bad one in a single line.</summary>
internal static class Input
{
    /// <summary>The file name that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The longest error line, in characters; past it the line is cut and says how much was left out.</summary>
    public const int MaxMessageLength = 1_000;

    /// <summary>Gets the name to show a person for <paramref name="file"/>.</summary>
    public static string DisplayName(string file) => file == StandardInput ? "<stdin>" : file;

    /// <summary>
    /// Reads the letter in <paramref name="file"/>. When it cannot be read, writes
    /// <c>letters: FILE: reason</c> to <paramref name="stderr"/> and returns <see langword="false"/>.
    /// </summary>
    public static bool TryRead(string file, Stream stdin, TextWriter stderr, [NotNullWhen(true)] out Letter? letter) =>
        TryRead(file, stdin, stderr, out letter, out _);

    /// <summary>Reads the letter in <paramref name="file"/>, or reports in one line why not and gives that reason.</summary>
    public static bool TryRead(string file, Stream stdin, TextWriter stderr, [NotNullWhen(true)] out Letter? letter, [NotNullWhen(false)] out string? reason)
    {
        letter = null;
        try
        {
            letter = file == StandardInput ? LetterJson.Read(stdin) : LetterJson.ReadFile(file);
            reason = null;
            return true;
        }
        catch (LetterJsonException ex)
        {
            // The message already says where: "unknown member 'x' in a signatory at /signatories/3/x (line 5, byte 7)".
            reason = ex.Message;
        }
        catch (Exception ex) when (Faults.IsFileProblem(ex))
        {
            reason = Faults.Describe(file, ex);
        }

        Error(stderr, $"{DisplayName(file)}: {reason}");
        return false;
    }

    /// <summary>Opens <paramref name="file"/> to read, or standard input for <c>-</c> (left open for the caller's <c>using</c> to ignore).</summary>
    public static Stream Open(string file, Stream stdin) =>
        file == StandardInput ? new NonClosingStream(stdin) : File.OpenRead(file);

    /// <summary>
    /// Opens <paramref name="file"/> as <see cref="Open(string, Stream)"/> does, for a corpus whose results go to
    /// <paramref name="results"/>: while standard input waits for more, <paramref name="whileQuiet"/> hands over the
    /// results found so far, and a failed write or a reader of the results that went away ends the wait
    /// (<see cref="StandardStreams.WatchingReaderOf"/>).
    /// </summary>
    public static Stream Open(string file, Stream stdin, TerminalWriter results, Action? whileQuiet = null) =>
        file == StandardInput ? new NonClosingStream(StandardStreams.WatchingReaderOf(stdin, results, whileQuiet)) : File.OpenRead(file);

    /// <summary>
    /// Writes <c>letters: message</c> to <paramref name="stderr"/> as exactly one line: line ends, tabs, controls and
    /// invisible characters escaped (<see cref="TerminalText"/>), and cut at <see cref="MaxMessageLength"/>.
    /// </summary>
    public static void Error(TextWriter stderr, string message) => stderr.WriteLine("letters: " + OneLine(message));

    /// <summary>Gets <paramref name="text"/> as one escaped line of at most <see cref="MaxMessageLength"/> characters.</summary>
    public static string OneLine(string text)
    {
        var line = TerminalText.Escape(text, message: true);
        if (line.Length <= MaxMessageLength)
        {
            return line;
        }

        var cut = MaxMessageLength;
        if (char.IsHighSurrogate(line[cut - 1]))
        {
            cut--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{line[..cut]}… ({line.Length - cut:N0} more characters)");
    }
}
