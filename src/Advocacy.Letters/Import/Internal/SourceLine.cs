namespace Advocacy.Letters.Import.Internal;

/// <summary>One line of the input after clean-up: its text (trimmed), its number in the input, and what it is.</summary>
internal sealed class SourceLine(string text, int number)
{
    public string Text { get; set; } = text;

    public int Number { get; } = number;

    public bool IsBlank => Text.Length == 0;

    /// <summary>Gets or sets whether the line was a Markdown heading (<c># …</c>) or a line of emphasis only.</summary>
    public bool IsHeading { get; set; }

    /// <summary>Gets or sets whether a page break (form feed, page number) came just before this line.</summary>
    public bool AfterPageBreak { get; set; }

    /// <summary>Gets or sets how far the line was indented, in characters.</summary>
    public int Indent { get; set; }

    public override string ToString() => Text;
}
