using System.Collections.Immutable;

namespace Advocacy.Letters.Tracking;

/// <summary>Where one demand stands on a date: every disposition on record, in date order, and the latest.</summary>
/// <remarks>Made by <see cref="LetterTracker"/>; immutable and thread-safe.</remarks>
public sealed class DemandStatus
{
    internal DemandStatus(Demand demand, ImmutableArray<DemandDisposition> dispositions)
    {
        Demand = demand;
        Dispositions = dispositions;
        Latest = dispositions.IsEmpty ? null : dispositions[dispositions.Length - 1];
        foreach (var disposition in dispositions)
        {
            IsAnswered |= disposition.Status != DispositionStatus.NotAddressed;
        }
    }

    /// <summary>Gets the demand.</summary>
    public Demand Demand { get; }

    /// <summary>
    /// Gets the demand's dispositions from the responses on record on the date, in the order of
    /// <see cref="LetterTracker.CompareDates"/>, ties in document order.
    /// </summary>
    public ImmutableArray<DemandDisposition> Dispositions { get; }

    /// <summary>Gets the latest disposition (the last of <see cref="Dispositions"/>), or <see langword="null"/> when there is none.</summary>
    public DemandDisposition? Latest { get; }

    /// <summary>Gets the demand's current status: the status of <see cref="Latest"/>, or <see langword="null"/> when no response addressed it.</summary>
    public DispositionStatus? Status => Latest?.Status;

    /// <summary>Gets a value indicating whether the demand is answered: some disposition is other than <see cref="DispositionStatus.NotAddressed"/>.</summary>
    public bool IsAnswered { get; }
}
