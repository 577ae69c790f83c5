using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Export.Internal;

/// <summary>
/// The columns and rows of each <see cref="LetterTable"/>, written side by side so that a row's values stay in its
/// columns' order (a test checks every row's length and value types against its columns).
/// </summary>
internal static class TableRows
{
    private static readonly JsonWriterOptions ListOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly ImmutableArray<LetterColumn> LetterColumns =
    [
        Integer("letter_index"), Key("letter_id"), Text("schema_version"), Text("title"), Text("kind"), Text("language"),
        .. PartialDate("date"), Optional("place"), Optional("salutation"), Optional("closing"), Optional("valediction"),
    ];

    public static readonly ImmutableArray<LetterColumn> AddresseeColumns =
    [
        Key("letter_id"), Integer("addressee_index"), Optional("addressee_id"), Text("role"), Text("type"), Text("name"), Optional("honorific"),
        Text("other_names"), Optional("address_lines"), Optional("address_locality"), Optional("address_country"),
    ];

    public static readonly ImmutableArray<LetterColumn> PositionColumns =
    [
        Key("letter_id"), Integer("addressee_index"), Integer("position_index"), Text("title"), Optional("organization"),
        Optional("label"), .. PartialDate("started"), .. PartialDate("ended"),
    ];

    public static readonly ImmutableArray<LetterColumn> ParagraphColumns =
    [
        Key("letter_id"), Integer("paragraph_index"), Key("paragraph_id"), Text("text"),
    ];

    public static readonly ImmutableArray<LetterColumn> DemandColumns =
    [
        Key("letter_id"), Integer("demand_index"), Key("demand_id"), Key("paragraph_id"), Text("text"), Text("summary"),
        Optional("action"), Text("actors"), Text("themes"), Text("instruments"),
    ];

    public static readonly ImmutableArray<LetterColumn> SignatoryColumns =
    [
        Key("letter_id"), Integer("signatory_index"), Text("type"), Text("name"), Optional("acronym"), Optional("country"),
        Text("label"),
    ];

    public static readonly ImmutableArray<LetterColumn> EventColumns =
    [
        Key("letter_id"), Integer("event_index"), Text("type"), .. RequiredPartialDate("date"), Optional("place"),
        Optional("note"), Text("source_ids"),
    ];

    public static readonly ImmutableArray<LetterColumn> ResponseColumns =
    [
        Key("letter_id"), Integer("response_index"), Key("response_id"), .. RequiredPartialDate("date"), Text("from_type"),
        Text("from_name"), Optional("from_country"), Text("channel"), Text("stance"), Text("summary"), Text("addressee_ids"),
        Text("source_ids"),
    ];

    public static readonly ImmutableArray<LetterColumn> DispositionColumns =
    [
        Key("letter_id"), Key("response_id"), Integer("response_index"), Integer("disposition_index"), Key("demand_id"),
        Text("status"),
    ];

    public static readonly ImmutableArray<LetterColumn> SourceColumns =
    [
        Key("letter_id"), Integer("source_index"), Key("source_id"), Text("url"), Optional("title"), Optional("publisher"),
        .. PartialDate("date"),
    ];

    public static IEnumerable<object?[]> Letters(Letter letter, int letterIndex)
    {
        yield return
        [
            letterIndex, letter.Id, letter.SchemaVersion, letter.Title, Name(letter.Kind), letter.Language,
            .. Dates(letter.Date), letter.Place, letter.Salutation, letter.Closing, letter.Valediction,
        ];
    }

    public static IEnumerable<object?[]> Addressees(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Addressees.Length; i++)
        {
            var addressee = letter.Addressees[i];
            var address = addressee.Address;
            yield return
            [
                letter.Id, i, addressee.Id, Name(addressee.Role), Name(addressee.Type), addressee.Name, addressee.Honorific,
                OtherNames(addressee.OtherNames), address is null ? null : List(address.Lines), address?.Locality,
                address?.Country,
            ];
        }
    }

    public static IEnumerable<object?[]> Positions(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Addressees.Length; i++)
        {
            var positions = letter.Addressees[i].Positions;
            for (var j = 0; j < positions.Length; j++)
            {
                var position = positions[j];
                yield return
                [
                    letter.Id, i, j, position.Title, position.Organization, position.Label, .. Dates(position.Start),
                    .. Dates(position.End),
                ];
            }
        }
    }

    public static IEnumerable<object?[]> Paragraphs(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Body.Length; i++)
        {
            yield return [letter.Id, i, letter.Body[i].Id, letter.Body[i].Text];
        }
    }

    public static IEnumerable<object?[]> Demands(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Demands.Length; i++)
        {
            var demand = letter.Demands[i];
            yield return
            [
                letter.Id, i, demand.Id, demand.Paragraph, demand.Text, demand.Summary, demand.Action, List(demand.Actors),
                List(demand.Themes), List(demand.Instruments),
            ];
        }
    }

    public static IEnumerable<object?[]> Signatories(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Signatories.Length; i++)
        {
            var signatory = letter.Signatories[i];
            yield return
            [
                letter.Id, i, Name(signatory.Type), signatory.Name, signatory.Acronym, signatory.Country, signatory.Label,
            ];
        }
    }

    public static IEnumerable<object?[]> Events(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Events.Length; i++)
        {
            var letterEvent = letter.Events[i];
            yield return
            [
                letter.Id, i, Name(letterEvent.Type), .. Dates(letterEvent.Date), letterEvent.Place, letterEvent.Note,
                List(letterEvent.Sources),
            ];
        }
    }

    public static IEnumerable<object?[]> Responses(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Responses.Length; i++)
        {
            var response = letter.Responses[i];
            yield return
            [
                letter.Id, i, response.Id, .. Dates(response.Date), Name(response.From.Type), response.From.Name,
                response.From.Country, Name(response.Channel), Name(response.Stance), response.Summary,
                List(response.Addressees), List(response.Sources),
            ];
        }
    }

    public static IEnumerable<object?[]> Dispositions(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Responses.Length; i++)
        {
            var response = letter.Responses[i];
            for (var j = 0; j < response.Dispositions.Length; j++)
            {
                var disposition = response.Dispositions[j];
                yield return [letter.Id, response.Id, i, j, disposition.Demand, Name(disposition.Status)];
            }
        }
    }

    public static IEnumerable<object?[]> Sources(Letter letter, int letterIndex)
    {
        for (var i = 0; i < letter.Sources.Length; i++)
        {
            var source = letter.Sources[i];
            yield return [letter.Id, i, source.Id, source.Url, source.Title, source.Publisher, .. Dates(source.Date)];
        }
    }

    private static LetterColumn Key(string name) => Text(name);

    private static LetterColumn Text(string name) => new() { Name = name, Type = LetterColumnType.Text, IsNullable = false };

    private static LetterColumn Optional(string name) => new() { Name = name, Type = LetterColumnType.Text, IsNullable = true };

    private static LetterColumn Integer(string name) => new() { Name = name, Type = LetterColumnType.Integer, IsNullable = false };

    private static LetterColumn[] PartialDate(string name) =>
    [
        Optional(name),
        new() { Name = name + "_earliest", Type = LetterColumnType.Date, IsNullable = true },
        new() { Name = name + "_latest", Type = LetterColumnType.Date, IsNullable = true },
    ];

    private static LetterColumn[] RequiredPartialDate(string name) =>
    [
        Text(name),
        new() { Name = name + "_earliest", Type = LetterColumnType.Date, IsNullable = false },
        new() { Name = name + "_latest", Type = LetterColumnType.Date, IsNullable = false },
    ];

    private static object?[] Dates(PartialDate? date) =>
        date is { } known ? [known.ToString(), known.Start, known.End] : [null, null, null];

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => EnumNames<TEnum>.NameOf(value);

    private static string List(ImmutableArray<string> items)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ListOptions))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string OtherNames(ImmutableArray<AlternateName> names)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ListOptions))
        {
            writer.WriteStartArray();
            foreach (var name in names)
            {
                writer.WriteStartObject();
                writer.WriteString("name", name.Name);
                if (name.Language is not null)
                {
                    writer.WriteString("language", name.Language);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
