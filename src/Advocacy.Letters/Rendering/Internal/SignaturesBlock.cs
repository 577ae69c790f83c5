using System.Collections.Immutable;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>The signatures: each signatory's label, exactly as printed, in the letter's order.</summary>
/// <param name="Labels">The labels; the block is left out when there are none.</param>
internal sealed record SignaturesBlock(ImmutableArray<string> Labels) : LayoutBlock;
