namespace Advocacy.Letters.Import.Internal;

/// <summary>One signatory read from a signature, with what the reader was unsure of.</summary>
internal sealed class SignatureEntry
{
    public required Signatory Signatory { get; init; }

    public required int Line { get; init; }

    public bool TypeGuessed { get; init; }

    public string? Region { get; init; }

    public bool OnBehalf { get; init; }
}
