using System.Collections.Immutable;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>An addressee with the role <c>to</c>: the name, then the offices and the postal address, a line each.</summary>
/// <param name="Name">The name as it heads the block.</param>
/// <param name="Lines">The lines under the name: the positions joined by "and", then the address.</param>
internal sealed record AddressBlock(string Name, ImmutableArray<string> Lines) : LayoutBlock;
