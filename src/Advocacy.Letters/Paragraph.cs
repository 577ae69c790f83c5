using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>One paragraph of a letter's body, with an id that demands refer to.</summary>
/// <remarks>Inline emphasis is written <c>*like this*</c>, as in the printed letter.</remarks>
public sealed record Paragraph
{
    /// <summary>Gets the paragraph's id: a slug, unique among the letter's paragraphs.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the paragraph's text, exactly as printed, on one line.</summary>
    public required string Text { get; init; }

    /// <summary>Describes the paragraph for a log or a debugger: its id and the start of its text.</summary>
    /// <returns>For example <c>Paragraph request: "We urge you to release all political pri…"</c>.</returns>
    public override string ToString() => $"Paragraph {Describe.Id(Id)}: {Describe.Quote(Text)}";
}
