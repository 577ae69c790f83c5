namespace Advocacy.Letters.Rendering.Internal;

/// <summary>One row of the HTML status table: a demand, its current status and the response that gave it.</summary>
/// <param name="Demand">The demand.</param>
/// <param name="Status">The status in the latest response on record that addressed it, or <see langword="null"/>.</param>
/// <param name="Latest">That response, or <see langword="null"/>.</param>
/// <param name="IsAnswered">Whether some disposition is other than <see cref="DispositionStatus.NotAddressed"/>.</param>
internal sealed record DemandRow(Demand Demand, DispositionStatus? Status, LetterResponse? Latest, bool IsAnswered);
