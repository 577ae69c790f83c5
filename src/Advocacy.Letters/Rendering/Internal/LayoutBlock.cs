namespace Advocacy.Letters.Rendering.Internal;

/// <summary>One block of a letter as it is laid out on the page; <see cref="LetterLayout"/> puts them in order.</summary>
/// <remarks>Every renderer walks the same blocks, so that the order and content of a letter are decided once.</remarks>
internal abstract record LayoutBlock;
