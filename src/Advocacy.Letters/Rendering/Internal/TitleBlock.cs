namespace Advocacy.Letters.Rendering.Internal;

/// <summary>The letter's title, heading the rendering when <see cref="LetterRenderOptions.IncludeTitle"/> asks for it.</summary>
/// <param name="Title">The title.</param>
internal sealed record TitleBlock(string Title) : LayoutBlock;
