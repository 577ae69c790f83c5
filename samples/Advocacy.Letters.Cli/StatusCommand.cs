using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Advocacy.Letters.Tracking;
using NodaTime;

namespace Advocacy.Letters.Cli;

/// <summary>
/// <c>letters status FILE… [--today YYYY-MM-DD] [--format text|json]</c>: where each letter stands, from
/// <see cref="LetterTracker"/>; this file only formats. The JSON form is one object per letter per line, a contract
/// described in the README.
/// </summary>
internal static class StatusCommand
{
    /// <summary>Writes the status of every readable file; an unreadable one is a line on stderr and exit code 2.</summary>
    public static int Run(IReadOnlyList<string> files, bool json, LocalDate today, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var exitCode = ExitCode.Ok;
        foreach (var file in files)
        {
            if (!Input.TryRead(file, stdin, stderr, out var letter))
            {
                exitCode = ExitCode.Unreadable;
                continue;
            }

            var status = LetterTracker.Track(letter, today);
            if (json)
            {
                WriteJson(status, stdout);
            }
            else
            {
                WriteText(status, files.Count > 1 ? Input.DisplayName(file) : null, stdout);
            }
        }

        return exitCode;
    }

    /// <summary>Writes the status as one line of JSON in the shape the README gives.</summary>
    public static void WriteJson(LetterStatus status, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("letter", status.Letter.Id);
            json.WriteString("asOf", Day(status.AsOf));
            DateOrNull(json, "sent", status.Sent);
            NumberOrNull(json, "daysSinceSent", status.DaysSinceSent);
            DateOrNull(json, "firstAnswer", status.FirstAnswer?.Date);
            NumberOrNull(json, "daysUnanswered", status.DaysUnanswered);

            json.WriteStartArray("demands");
            foreach (var demand in status.Demands)
            {
                json.WriteStartObject();
                json.WriteString("id", demand.Demand.Id);
                if (demand.Status is { } current)
                {
                    json.WriteString("status", Kebab(current));
                }
                else
                {
                    json.WriteNull("status");
                }

                json.WriteBoolean("answered", demand.IsAnswered);
                json.WriteStartArray("dispositions");
                foreach (var disposition in demand.Dispositions)
                {
                    json.WriteStartObject();
                    json.WriteString("response", disposition.Response.Id);
                    json.WriteString("date", disposition.Date.ToString());
                    json.WriteString("status", Kebab(disposition.Status));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("addressees");
            foreach (var addressee in status.Addressees)
            {
                json.WriteStartObject();
                json.WriteString("name", addressee.Addressee.Name);
                json.WriteStartArray("positions");
                foreach (var position in addressee.Positions)
                {
                    json.WriteStartObject();
                    json.WriteString("title", position.Position.Title);
                    json.WriteString("heldOnLetterDate", Kebab(position.HeldOnLetterDate));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes the status for people: sent, first answer, days unanswered, each demand and each addressee.</summary>
    public static void WriteText(LetterStatus status, string? file, TextWriter output)
    {
        var prefix = file is null ? string.Empty : file + ": ";
        output.WriteLine($"{prefix}{status.Letter.Id}, as of {Day(status.AsOf)}");
        var sent = status.Sent is { } date
            ? status.DaysSinceSent is { } days ? $"{date} ({Text.Count(days, "day")} ago)" : $"{date} (after {Day(status.AsOf)})"
            : "unknown (no date, release or delivery)";
        output.WriteLine($"  sent          {sent}");
        output.WriteLine($"  first answer  {(status.FirstAnswer is { } first ? $"{first.Date} ({first.Id})" : "none")}");
        if (status.DaysUnanswered is { } unanswered)
        {
            output.WriteLine($"  unanswered    {Text.Count(unanswered, "day")}");
        }

        var answered = status.Demands.Length - status.Outstanding.Length;
        output.WriteLine($"  demands       {answered} of {status.Demands.Length} answered");
        foreach (var demand in status.Demands)
        {
            var current = demand.Latest is { } latest
                ? $"{EnumText.Words(latest.Status)} ({latest.Response.Id}, {latest.Date})"
                : "no response on record";
            output.WriteLine($"    {(demand.IsAnswered ? "answered   " : "outstanding")}  {demand.Demand.Id}: {current}");
        }

        foreach (var addressee in status.Addressees)
        {
            var replied = addressee.HasReplied ? Text.Count(addressee.Responses.Length, "response") : "no reply";
            output.WriteLine($"  addressee     {addressee.Addressee.Name}: {replied}");
            foreach (var position in addressee.Positions)
            {
                output.WriteLine($"    {position.Position.Title}: {EnumText.Words(position.HeldOnLetterDate)} on the letter's date");
            }
        }
    }

    private static void DateOrNull(Utf8JsonWriter json, string name, PartialDate? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, value.ToString());
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, int? number)
    {
        if (number is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Kebab<T>(T value)
        where T : struct, System.Enum => EnumText.JsonName(value);
}
