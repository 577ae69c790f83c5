namespace Advocacy.Letters.Import.Internal;

/// <summary>A body paragraph as read: its text, whether it was a list item, and the input line it starts on.</summary>
internal sealed class BodyParagraph(string text, bool isListItem, int line)
{
    public string Text { get; set; } = text;

    public bool IsListItem { get; } = isListItem;

    public int Line { get; } = line;
}
