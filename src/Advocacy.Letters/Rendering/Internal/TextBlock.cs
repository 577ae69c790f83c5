namespace Advocacy.Letters.Rendering.Internal;

/// <summary>A block of running text: the salutation, a paragraph of the body, the closing or the valediction.</summary>
/// <param name="Role">Which of those it is.</param>
/// <param name="Text">The text, with inline emphasis still marked <c>*like this*</c> (see <see cref="Emphasis"/>).</param>
/// <param name="Id">The paragraph's id, for a paragraph of the body; otherwise <see langword="null"/>.</param>
internal sealed record TextBlock(TextRole Role, string Text, string? Id = null) : LayoutBlock;
