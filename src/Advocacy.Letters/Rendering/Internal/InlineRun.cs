namespace Advocacy.Letters.Rendering.Internal;

/// <summary>A stretch of a letter's text, emphasised or not, as <see cref="Emphasis.Parse"/> finds it.</summary>
/// <param name="Text">The words, without the asterisks that marked them.</param>
/// <param name="Emphasised">Whether the letter marks them <c>*like this*</c>.</param>
internal readonly record struct InlineRun(string Text, bool Emphasised);
