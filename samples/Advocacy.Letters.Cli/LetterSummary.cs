using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Advocacy.Letters.Tracking;
using NodaTime;

namespace Advocacy.Letters.Cli;

/// <summary>
/// The summary printed by <c>letters</c> and <c>letters show</c>: who the letter was to, what it asked for,
/// who signed it, what happened to it and what answer, if any, it got. Every rule (status, answered, days, positions
/// held) comes from <see cref="LetterTracker"/>; this class only formats.
/// </summary>
internal static class LetterSummary
{
    private const int Width = 80;

    /// <summary>Writes the summary of <paramref name="letter"/>; <paramref name="today"/> dates "days since the letter".</summary>
    public static void Write(Letter letter, LocalDate today, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(output);

        var status = LetterTracker.Track(letter, today);
        Heading(letter, output);
        Addressees(status, output);
        Demands(status, output);
        Signatories(letter, output);
        Events(letter, output);
        Responses(letter, output);
        Answer(status, output);
    }

    private static void Heading(Letter letter, TextWriter output)
    {
        output.WriteLine(letter.Title);
        output.WriteLine(new string('=', Math.Clamp(letter.Title.Length, 1, Width)));
        var date = letter.Date is { } d ? $"{d.ToString("D", CultureInfo.InvariantCulture)} ({d})" : "undated";
        Field(output, "kind", EnumText.Words(letter.Kind));
        Field(output, "date", letter.Place is null ? date : $"{date}, {letter.Place}");
        Field(output, "id", letter.Id);
    }

    private static void Addressees(LetterStatus status, TextWriter output)
    {
        Section(output, "Addressed to", null);
        if (status.Addressees.IsEmpty)
        {
            output.WriteLine("  nobody named");
        }

        foreach (var addresseeStatus in status.Addressees)
        {
            var addressee = addresseeStatus.Addressee;
            var name = addressee.Honorific is null ? addressee.Name : $"{addressee.Honorific} {addressee.Name}";
            var otherNames = Present(addressee.OtherNames);
            if (otherNames.Count > 0)
            {
                name += $" ({string.Join(", ", otherNames.Select(n => n.Name))})";
            }

            output.WriteLine($"  {EnumText.Words(addressee.Role),-3} {name}");
            foreach (var positionStatus in addresseeStatus.Positions)
            {
                var position = positionStatus.Position;
                var title = position.Organization is null ? position.Title : $"{position.Title}, {position.Organization}";
                Wrapped(output, "      - ", title);
                Wrapped(output, "        ", Tenure(positionStatus, status.Letter.Date is not null));
            }
        }
    }

    private static void Demands(LetterStatus letterStatus, TextWriter output)
    {
        var demands = letterStatus.Demands;
        Section(output, "Demands", demands.Length);
        var numberWidth = demands.Length.ToString(CultureInfo.InvariantCulture).Length;
        var idWidth = demands.Select(d => d.Demand.Id?.Length ?? 0).DefaultIfEmpty().Max();
        var indent = new string(' ', 2 + numberWidth + 2);
        for (var i = 0; i < demands.Length; i++)
        {
            var demand = demands[i].Demand;
            var number = (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(numberWidth);
            var lead = $"  {number}  {(demand.Id ?? string.Empty).PadRight(idWidth)}  ";
            foreach (var status in Statuses(demands[i]))
            {
                Wrapped(output, lead, status);
                lead = new string(' ', lead.Length);
            }

            Wrapped(output, indent, demand.Summary ?? string.Empty);
        }
    }

    private static void Signatories(Letter letter, TextWriter output)
    {
        var signatories = Present(letter.Signatories);
        Section(output, "Signatories", signatories.Count);
        if (signatories.Count == 0)
        {
            return;
        }

        var organizations = signatories.Count(s => s.Type == PartyType.Organization);
        var people = signatories.Count(s => s.Type == PartyType.Person);
        var kinds = new List<string>();
        if (organizations > 0)
        {
            kinds.Add(Text.Count(organizations, "organization"));
        }

        if (people > 0)
        {
            kinds.Add(Text.Count(people, "person", "people"));
        }

        Field(output, "who", string.Join(", ", kinds));

        var countries = signatories
            .Where(s => s.Country is not null)
            .GroupBy(s => s.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}")
            .ToList();
        if (countries.Count > 0)
        {
            Field(output, "countries", string.Join(", ", countries));
        }

        var noCountry = signatories.Count(s => s.Country is null);
        if (noCountry > 0)
        {
            Field(output, "no country", noCountry == signatories.Count ? "none gives a country" : Text.Count(noCountry, "signatory", "signatories"));
        }
    }

    private static void Events(Letter letter, TextWriter output)
    {
        var events = Present(letter.Events);
        Section(output, "Events", events.Count);
        var dateWidth = events.Select(e => e.Date.ToString().Length).DefaultIfEmpty().Max();
        var typeWidth = events.Select(e => EnumText.Words(e.Type).Length).DefaultIfEmpty().Max();
        foreach (var letterEvent in events)
        {
            var what = (letterEvent.Place, letterEvent.Note) switch
            {
                (null, null) => string.Empty,
                (null, var note) => note,
                (var place, null) => place,
                var (place, note) => $"{place}: {note}",
            };
            var lead = $"  {letterEvent.Date.ToString().PadRight(dateWidth)}  {EnumText.Words(letterEvent.Type).PadRight(typeWidth)}  ";
            Wrapped(output, lead, what);
        }
    }

    private static void Responses(Letter letter, TextWriter output)
    {
        var responses = Present(letter.Responses);
        Section(output, "Responses", responses.Count);
        if (responses.Count == 0)
        {
            output.WriteLine("  no response on record");
            return;
        }

        var dateWidth = responses.Select(r => r.Date.ToString().Length).Max();
        var indent = new string(' ', 2 + dateWidth + 2);
        foreach (var response in responses)
        {
            var from = response.From.Country is null ? response.From.Name : $"{response.From.Name} ({response.From.Country})";
            Wrapped(output, $"  {response.Date.ToString().PadRight(dateWidth)}  ", from);
            output.WriteLine($"{indent}{Channel(response.Channel)}: {EnumText.Words(response.Stance)}");
            Wrapped(output, indent, response.Summary);
        }
    }

    private static void Answer(LetterStatus status, TextWriter output)
    {
        if (status.Demands.IsEmpty)
        {
            return;
        }

        output.WriteLine();
        var answered = status.Demands.Length - status.Outstanding.Length;
        if (answered > 0)
        {
            var verb = answered == 1 ? "has" : "have";
            output.WriteLine($"{answered} of {Text.Count(status.Demands.Length, "demand")} {verb} an answer on record.");
        }
        else if (status.Sent is not { } sent)
        {
            output.WriteLine("No demand has been answered; the letter is undated.");
        }
        else
        {
            output.WriteLine(status.DaysUnanswered is { } days
                ? $"No demand has been answered: {Text.Count(days, "day")} since the letter was sent ({sent.ToString("D", CultureInfo.InvariantCulture)})."
                : $"No demand has been answered; the letter was sent {sent.ToString("D", CultureInfo.InvariantCulture)}, after today.");
        }
    }

    private static string Channel(ResponseChannel channel) => channel switch
    {
        ResponseChannel.InPerson => "in person",
        ResponseChannel.Statement => "in a statement",
        ResponseChannel.Media => "in the media",
        ResponseChannel.Other => "by other means",
        _ => "by " + EnumText.Words(channel),
    };

    // "not addressed by 3 responses", or one line per status: "supported by Ministry of Foreign Affairs", "noted by 2 responses".
    private static List<string> Statuses(DemandStatus demand)
    {
        var byStatus = demand.Dispositions
            .GroupBy(d => d.Status)
            .OrderBy(g => g.Key)
            .Select(g => $"{EnumText.Words(g.Key)} by {(g.Count() == 1 ? g.Single().Response.From?.Name ?? "an unnamed sender" : Text.Count(g.Count(), "response"))}")
            .ToList();
        return byStatus.Count == 0 ? ["no response on record"] : byStatus;
    }

    // "1997-10-08 to 2011-12-17, held on the letter's date".
    private static string Tenure(PositionStatus status, bool letterIsDated)
    {
        var position = status.Position;
        var dates = (position.Start, position.End) switch
        {
            (null, null) => "dates unknown",
            ({ } start, null) => $"from {start}",
            (null, { } end) => $"until {end}",
            ({ } start, { } end) => $"{start} to {end}",
        };

        if (!letterIsDated)
        {
            return dates;
        }

        var held = status.HeldOnLetterDate switch
        {
            PositionHolding.Held => "held",
            PositionHolding.NotHeld => "not held",
            _ => "perhaps held",
        };
        return $"{dates}, {held} on the letter's date";
    }

    // The reader lets a null through inside an array (the validator reports it as missing-value);
    // the summary shows what is there rather than fail on it.
    private static List<T> Present<T>(ImmutableArray<T> items)
        where T : class =>
        items.IsDefault ? [] : [.. items.Where(item => item is not null)];

    private static void Section(TextWriter output, string title, int? count)
    {
        var heading = count is { } n ? $"{title} ({n})" : title;
        output.WriteLine();
        output.WriteLine(heading);
        output.WriteLine(new string('-', heading.Length));
    }

    private static void Field(TextWriter output, string label, string value) =>
        Wrapped(output, $"  {label,-10}  ", value);

    // Writes lead + text, wrapping text at the width, continuation lines indented under its first character.
    private static void Wrapped(TextWriter output, string lead, string text)
    {
        var indent = new string(' ', lead.Length);
        var first = true;
        foreach (var line in Text.Wrap(text, Math.Max(Width - lead.Length, 20)))
        {
            output.WriteLine((first ? lead : indent) + line);
            first = false;
        }

        if (first)
        {
            output.WriteLine(lead.TrimEnd());
        }
    }
}
