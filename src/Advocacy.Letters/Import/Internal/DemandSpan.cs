namespace Advocacy.Letters.Import.Internal;

/// <summary>A demand found in a paragraph: its words (by token), where its action verb is, and who is asked.</summary>
internal sealed class DemandSpan
{
    public required int First { get; init; }

    public required int Last { get; init; }

    public int ActionToken { get; init; } = -1;

    public string? Action { get; init; }

    public string? Actor { get; init; }
}
