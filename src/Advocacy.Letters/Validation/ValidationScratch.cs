using System;
using System.Collections.Generic;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Validation;

/// <summary>
/// The sets one validation needs, kept per thread and cleared after each use, so that validating a valid letter
/// allocates almost nothing: a corpus validates millions of letters on a few threads.
/// </summary>
/// <remarks>
/// <see cref="Rent"/> takes the thread's instance out of its slot and <see cref="Return"/> puts it back, so a
/// validation started while another runs on the same thread (an extra rule that validates) gets its own. Sets that
/// grew past <see cref="MostKept"/> items, or a signatory index past <see cref="MostKeptCharacters"/> characters, are
/// dropped rather than kept, so one huge letter does not pin memory.
/// </remarks>
internal sealed class ValidationScratch
{
    /// <summary>The most items a set may have held and still be kept for the next validation.</summary>
    public const int MostKept = 16_384;

    /// <summary>The most characters the signatory index's buffers may hold and still be kept (1 MB; about 1.5 MB with its table and entries at <see cref="MostKept"/> keys).</summary>
    public const int MostKeptCharacters = 512 * 1024;

    [ThreadStatic]
    private static ValidationScratch? cached;

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> answered = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] sets;

    // The most items Seen or Answered held before being emptied: their capacity, which Clear keeps.
    private int largestEmptied;

    private ValidationScratch()
    {
        ParagraphIds = new HashSet<string>(StringComparer.Ordinal);
        DemandIds = new HashSet<string>(StringComparer.Ordinal);
        SourceIds = new HashSet<string>(StringComparer.Ordinal);
        AddresseeIds = new HashSet<string>(StringComparer.Ordinal);
        sets = [ParagraphIds, DemandIds, SourceIds, AddresseeIds, seen, answered];
    }

    /// <summary>Gets the ids of the letter's paragraphs.</summary>
    public HashSet<string> ParagraphIds { get; }

    /// <summary>Gets the ids of the letter's demands.</summary>
    public HashSet<string> DemandIds { get; }

    /// <summary>Gets the ids of the letter's sources.</summary>
    public HashSet<string> SourceIds { get; }

    /// <summary>Gets the ids of the letter's addressees.</summary>
    public HashSet<string> AddresseeIds { get; }

    /// <summary>Gets the signatories' keys, for the duplicate check.</summary>
    public PartyKeyIndex Signatories { get; } = new();

    /// <summary>Gets an empty set for the ids seen in one list (the body, the demands…); the next call empties it again.</summary>
    public HashSet<string> SeenInList() => Emptied(seen);

    /// <summary>Gets an empty set for the demands one response has a disposition for; the next call empties it again.</summary>
    public HashSet<string> AnsweredInResponse() => Emptied(answered);

    /// <summary>Takes this thread's instance, or a new one when it is in use or dropped.</summary>
    public static ValidationScratch Rent()
    {
        var scratch = cached ?? new ValidationScratch();
        cached = null;
        return scratch;
    }

    /// <summary>Clears <paramref name="scratch"/>, so that it holds no reference to the letter, and keeps it for this thread unless it grew too large.</summary>
    public static void Return(ValidationScratch scratch)
    {
        var keep = scratch.largestEmptied <= MostKept &&
            scratch.Signatories.Count <= MostKept && scratch.Signatories.Capacity <= MostKeptCharacters;
        scratch.largestEmptied = 0;
        foreach (var set in scratch.sets)
        {
            keep &= set.Count <= MostKept;
            set.Clear();
        }

        scratch.Signatories.Clear();
        if (keep)
        {
            cached = scratch;
        }
    }

    private HashSet<string> Emptied(HashSet<string> set)
    {
        largestEmptied = Math.Max(largestEmptied, set.Count);
        set.Clear();
        return set;
    }
}
