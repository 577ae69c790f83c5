using System.Collections.Immutable;
using System.Linq;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>Each demand's current status, for the HTML status table.</summary>
/// <remarks>
/// Responses are taken in date order: by the first day their date stands for, then by the last, ties in document
/// order; a demand's current status is its disposition in the last of them that gives one.
/// </remarks>
internal static class DemandRows
{
    public static ImmutableArray<DemandRow> Of(Letter letter)
    {
        var inDateOrder = letter.Responses
            .Select((response, index) => (response, index))
            .OrderBy(r => r.response.Date.Start)
            .ThenBy(r => r.response.Date.End)
            .ThenBy(r => r.index)
            .Select(r => r.response)
            .ToList();

        return letter.Demands.Select(demand =>
        {
            var given = inDateOrder
                .SelectMany(response => response.Dispositions.Where(d => d.Demand == demand.Id).Select(d => (response, d.Status)))
                .ToList();
            var answered = given.Any(g => g.Status != DispositionStatus.NotAddressed);
            return given.Count == 0
                ? new DemandRow(demand, null, null, answered)
                : new DemandRow(demand, given[^1].Status, given[^1].response, answered);
        }).ToImmutableArray();
    }
}
