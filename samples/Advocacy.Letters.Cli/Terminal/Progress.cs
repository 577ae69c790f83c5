using System.Globalization;

namespace Advocacy.Letters.Cli.Terminal;

/// <summary>
/// A progress line on standard error for long corpus work (<c>12,000 letters</c>), redrawn in place every
/// <see cref="Every"/> items, and only when standard error is a terminal: never in a log or a pipe.
/// </summary>
internal sealed class Progress(TerminalWriter? terminal, string what)
{
    /// <summary>How many items pass between two redraws.</summary>
    public const int Every = 1_000;

    private readonly string label = TerminalText.Escape(what, message: true);
    private bool shown;

    /// <summary>Counts one more item of <paramref name="count"/> so far.</summary>
    public void Report(long count)
    {
        if (terminal is null || count % Every != 0)
        {
            return;
        }

        // Carriage return, the text, then "erase to the end of the line": program-made control, never input.
        terminal.WriteControl("\r");
        terminal.Write(string.Create(CultureInfo.InvariantCulture, $"{label}: {count:N0}"));
        terminal.WriteControl("\u001B[K");
        terminal.Flush();
        shown = true;
    }

    /// <summary>Clears the progress line, if one was drawn, so that what follows starts on a clean line.</summary>
    public void Done()
    {
        if (shown)
        {
            terminal!.WriteControl("\r\u001B[K");
            terminal.Flush();
            shown = false;
        }
    }
}
