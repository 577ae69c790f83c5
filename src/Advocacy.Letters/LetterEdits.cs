using System;
using System.Collections.Immutable;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters;

/// <summary>
/// Edits that return a changed copy of a letter and keep its references whole: a removed demand takes its
/// dispositions with it, and a renamed id is followed by every reference to it.
/// </summary>
/// <remarks>
/// <para>Each edit returns a new <see cref="Letter"/> and leaves its argument unchanged. Misuse throws before anything
/// is built: a <see langword="null"/> argument throws <see cref="ArgumentNullException"/>; an id that is not a valid
/// id (<see cref="LetterIds"/>), an unknown id, an id already taken or a duplicate signatory throws
/// <see cref="ArgumentException"/> naming the parameter and saying why.</para>
/// <para>Letters built in code may hold <see langword="null"/> items or ids where the model forbids them. The edits
/// never throw for that: a <see langword="null"/> item is kept where it is and never matches an id, a
/// <see langword="null"/> reference is kept as it is, and <see cref="Validation.LetterValidator"/> still reports
/// them. Everything an edit does not name is kept, in order. Where ids repeat (an invalid letter), the first item
/// with the id is the one edited, and every reference to the id follows.</para>
/// </remarks>
public static class LetterEdits
{
    /// <summary>Adds a response, or replaces the response with the same id.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="response">The response to add or put in place of the one with its id.</param>
    /// <returns>
    /// A copy of <paramref name="letter"/> with <paramref name="response"/>: in the place of the response it replaces,
    /// or, when new, after the last response dated on or before it (so responses in date order stay in date order).
    /// </returns>
    /// <remarks>The response's dispositions and sources are not checked here; <see cref="Validation.LetterValidator"/>
    /// reports an unknown demand or source.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The response's id is not a valid id.</exception>
    public static Letter SetResponse(this Letter letter, LetterResponse response)
    {
        Guard.NotNull(letter);
        Guard.NotNull(response);
        CheckId(response.Id, nameof(response), "The response's id");

        var responses = letter.Responses;
        var existing = IndexOf(responses, r => r?.Id == response.Id);
        if (existing >= 0)
        {
            return letter with { Responses = responses.SetItem(existing, response) };
        }

        // Step back only over responses dated after the new one: a null item, or one dated on or before it, stops.
        var at = responses.Length;
        for (var i = responses.Length - 1; i >= 0; i--)
        {
            if (responses[i] is { } item && item.Date > response.Date)
            {
                at = i;
                continue;
            }

            break;
        }

        return letter with { Responses = responses.Insert(at, response) };
    }

    /// <summary>Removes a demand, and every disposition of it in the letter's responses.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="demandId">The id of the demand to remove.</param>
    /// <returns>A copy of <paramref name="letter"/> without the demand and without any disposition that refers to it.</returns>
    /// <remarks>
    /// The dispositions go with the demand rather than the call refusing while the demand is referenced: a disposition
    /// says what a response did about that demand, and means nothing once the demand is gone. The responses themselves
    /// stay, even when they are left with no disposition.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="demandId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The letter has no demand with the id <paramref name="demandId"/>.</exception>
    public static Letter RemoveDemand(this Letter letter, string demandId)
    {
        Guard.NotNull(letter);
        Guard.NotNull(demandId);
        var index = IndexOf(letter.Demands, d => d?.Id == demandId);
        if (index < 0)
        {
            throw Unknown("demand", demandId, nameof(demandId));
        }

        return letter with
        {
            Demands = letter.Demands.RemoveAt(index),
            Responses = Map(letter.Responses, r => r with { Dispositions = r.Dispositions.RemoveAll(d => d?.Demand == demandId) }),
        };
    }

    /// <summary>Gives a demand a new id, and every disposition of it the same.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="demandId">The demand's id.</param>
    /// <param name="newId">Its new id: a valid id that no other demand has.</param>
    /// <returns>A copy of <paramref name="letter"/> with the demand and its dispositions renamed; the letter itself when the ids are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/>, <paramref name="demandId"/> or <paramref name="newId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The letter has no demand with the id <paramref name="demandId"/>; <paramref name="newId"/> is not a valid id,
    /// or another demand has it already.
    /// </exception>
    public static Letter RenameDemand(this Letter letter, string demandId, string newId)
    {
        var index = CheckRename(letter, letter?.Demands ?? [], d => d?.Id, "demand", demandId, newId);
        if (demandId == newId)
        {
            return letter!;
        }

        return letter! with
        {
            Demands = letter.Demands.SetItem(index, letter.Demands[index] with { Id = newId }),
            Responses = Map(letter.Responses, r => r with
            {
                Dispositions = Map(r.Dispositions, d => d.Demand == demandId ? d with { Demand = newId } : d),
            }),
        };
    }

    /// <summary>Gives a body paragraph a new id, and every demand made in it the same.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="paragraphId">The paragraph's id.</param>
    /// <param name="newId">Its new id: a valid id that no other paragraph has.</param>
    /// <returns>A copy of <paramref name="letter"/> with the paragraph and its demands' references renamed; the letter itself when the ids are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/>, <paramref name="paragraphId"/> or <paramref name="newId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The letter has no paragraph with the id <paramref name="paragraphId"/>; <paramref name="newId"/> is not a valid
    /// id, or another paragraph has it already.
    /// </exception>
    public static Letter RenameParagraph(this Letter letter, string paragraphId, string newId)
    {
        var index = CheckRename(letter, letter?.Body ?? [], p => p?.Id, "paragraph", paragraphId, newId);
        if (paragraphId == newId)
        {
            return letter!;
        }

        return letter! with
        {
            Body = letter.Body.SetItem(index, letter.Body[index] with { Id = newId }),
            Demands = Map(letter.Demands, d => d.Paragraph == paragraphId ? d with { Paragraph = newId } : d),
        };
    }

    /// <summary>Gives a source a new id, and every event and response that cites it the same.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="sourceId">The source's id.</param>
    /// <param name="newId">Its new id: a valid id that no other source has.</param>
    /// <returns>A copy of <paramref name="letter"/> with the source and its citations renamed; the letter itself when the ids are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/>, <paramref name="sourceId"/> or <paramref name="newId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The letter has no source with the id <paramref name="sourceId"/>; <paramref name="newId"/> is not a valid id,
    /// or another source has it already.
    /// </exception>
    public static Letter RenameSource(this Letter letter, string sourceId, string newId)
    {
        var index = CheckRename(letter, letter?.Sources ?? [], s => s?.Id, "source", sourceId, newId);
        if (sourceId == newId)
        {
            return letter!;
        }

        string Follow(string id) => id == sourceId ? newId : id;
        return letter! with
        {
            Sources = letter.Sources.SetItem(index, letter.Sources[index] with { Id = newId }),
            Events = Map(letter.Events, e => e with { Sources = Map(e.Sources, Follow) }),
            Responses = Map(letter.Responses, r => r with { Sources = Map(r.Sources, Follow) }),
        };
    }

    /// <summary>Adds a signatory after the others, unless the same party has signed already.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="signatory">The signatory to add.</param>
    /// <returns>A copy of <paramref name="letter"/> with <paramref name="signatory"/> last.</returns>
    /// <remarks>
    /// Two signatories are the same party when their <see cref="PartyKey"/>s are equal: the same name, ignoring case,
    /// accents and width, and the same country. This is the validator's <c>duplicate-signatory</c> rule.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="signatory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The signatory's name is <see langword="null"/>, or the same party has signed already.</exception>
    public static Letter AddSignatory(this Letter letter, Signatory signatory)
    {
        Guard.NotNull(letter);
        Guard.NotNull(signatory);
        var key = PartyKey.Of(signatory);
        var index = IndexOf(letter.Signatories, s => s?.Name is not null && PartyKey.Of(s) == key);
        if (index >= 0)
        {
            throw new ArgumentException(
                $"\"{Excerpt.Of(signatory.Name)}\" has already signed, as signatory {index} (\"{Excerpt.Of(letter.Signatories[index].Name)}\").",
                nameof(signatory));
        }

        return letter with { Signatories = letter.Signatories.Add(signatory) };
    }

    private static int CheckRename<T>(Letter? letter, ImmutableArray<T> items, Func<T, string?> id, string what, string oldId, string newId)
    {
        Guard.NotNull(letter);
        Guard.NotNull(oldId);
        Guard.NotNull(newId);
        var index = IndexOf(items, item => id(item) == oldId);
        if (index < 0)
        {
            throw Unknown(what, oldId, nameof(oldId));
        }

        CheckId(newId, nameof(newId), $"The {what}'s new id");
        if (newId != oldId && IndexOf(items, item => id(item) == newId) is var taken and >= 0)
        {
            throw new ArgumentException($"Another {what} ({taken}) already has the id \"{newId}\".", nameof(newId));
        }

        return index;
    }

    private static void CheckId(string? id, string paramName, string what)
    {
        if (!LetterIds.IsValid(id))
        {
            throw new ArgumentException(
                $"{what} {(id is null ? "is null" : $"\"{Excerpt.Of(id)}\" is not an id")}: use lower-case letters and digits joined by single hyphens, at most {LetterIds.MaxLength} characters.",
                paramName);
        }
    }

    private static ArgumentException Unknown(string what, string id, string paramName) =>
        new($"The letter has no {what} with the id \"{Excerpt.Of(id)}\".", paramName);

    private static int IndexOf<T>(ImmutableArray<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Changes each item; a <see langword="null"/> item (a letter built in code) is kept as it is.</summary>
    private static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> change)
        where T : class
    {
        var builder = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            builder.Add(item is null ? item! : change(item));
        }

        return builder.MoveToImmutable();
    }
}
