namespace Advocacy.Letters.Import.Internal;

/// <summary>A word of a paragraph: where it is and its bare, lower-case form.</summary>
internal readonly struct Token(int start, int end, string bare)
{
    public int Start { get; } = start;

    /// <summary>Gets the index just past the word's last character.</summary>
    public int End { get; } = end;

    public string Bare { get; } = bare;
}
