using System.Collections.Immutable;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>The addressees with the role <c>cc</c>, who receive a copy; the block is left out when there are none.</summary>
/// <param name="Names">Their names, in the letter's order.</param>
internal sealed record CopiesBlock(ImmutableArray<string> Names) : LayoutBlock;
