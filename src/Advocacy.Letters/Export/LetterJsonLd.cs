using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Export.Internal;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Export;

/// <summary>
/// Exports letters as JSON-LD with the schema.org vocabulary, for web pages and linked-data tools: a letter is a
/// <c>Message</c>, a corpus one <c>@graph</c> of them.
/// </summary>
/// <remarks>
/// <para><c>Message</c> ("a single message from a sender to one or more organizations or people") is the closest
/// schema.org type: it is a <c>CreativeWork</c>, so it has <c>name</c>, <c>text</c>, <c>inLanguage</c>,
/// <c>citation</c> and <c>comment</c>, and it alone has <c>sender</c>, <c>recipient</c> and <c>dateReceived</c>.
/// <c>Letter</c> is not a schema.org type, and <c>Article</c> or <c>Report</c> have no recipient.</para>
/// <para>Mapping: the id is <c>identifier</c>, the title <c>name</c>, the kind <c>genre</c>, the body paragraphs
/// <c>text</c> (separated by blank lines), the place <c>locationCreated</c>. The letter's date is
/// <c>dateCreated</c>; the first <c>released</c> or <c>published</c> event gives <c>datePublished</c>, the first
/// <c>delivered</c> or <c>presented</c> event <c>dateReceived</c>; partial dates stay partial (<c>2011-09</c>, valid
/// ISO 8601). Signatories are <c>sender</c>s (<c>Organization</c> or <c>Person</c>, acronym as
/// <c>alternateName</c>, country as <c>address</c>). Addressees are <c>recipient</c>s in the schema.org Role pattern:
/// a <c>Role</c> whose <c>roleName</c> is <c>to</c> or <c>cc</c> wraps the <c>Person</c> or <c>Organization</c>, with
/// <c>honorificPrefix</c>, other names as language-tagged <c>alternateName</c>s, each position as an
/// <c>Occupation</c> in <c>hasOccupation</c> and, where it belongs to an organisation, as an
/// <c>OrganizationRole</c> in <c>memberOf</c> with <c>startDate</c> and <c>endDate</c>. Sources are
/// <c>citation</c>s (<c>CreativeWork</c> with <c>url</c>, <c>name</c>, <c>publisher</c>, <c>datePublished</c>).
/// Responses are replies: <c>Comment</c>s in <c>comment</c> whose <c>parentItem</c> is the letter, with
/// <c>author</c>, <c>dateCreated</c>, the summary as <c>text</c> and their sources as <c>citation</c>.</para>
/// <para>Left out, for schema.org has no term for them: demands and dispositions, a response's channel, stance and the addressees it answers for, an addressee's id,
/// the salutation, closing and valediction, signature labels, events other than the two dates above (with their
/// places, notes and sources), an addressee's postal address lines, and the dates of a position that belongs to no
/// organisation.</para>
/// <para>The context is inline (<c>{"@vocab": "https://schema.org/"}</c>, with <c>url</c> an IRI), so the document
/// expands without fetching anything. Nodes have blank-node ids made from the letter's id (<c>_:dprk-2011-kim-jong-il</c>).
/// The output is UTF-8; <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes are always escaped, so it can be embedded
/// in a page's <c>&lt;script type="application/ld+json"&gt;</c> as it is.</para>
/// <para>Each letter passes the same write-time check as JSON before any byte of it is written; the file methods
/// write all or nothing.</para>
/// </remarks>
public static class LetterJsonLd
{
    /// <summary>The usual extension of a JSON-LD file: <c>.jsonld</c>.</summary>
    public const string FileExtension = ".jsonld";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Every script kept readable, but HTML-sensitive characters escaped, so the output is safe inside <script>.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes one letter as a JSON-LD document (a <c>Message</c> node with its context).</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The document, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter cannot be written as it is; the pointer says where.</exception>
    public static string ToJsonLd(Letter letter)
    {
        using var buffer = new MemoryStream();
        Write(letter, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes one letter as a JSON-LD document (a <c>Message</c> node with its context) to a stream.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(Letter letter, Stream utf8Json)
    {
        Guard.NotNull(utf8Json);
        LetterJson.EnsureWritable(letter);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        writer.WriteStartObject();
        WriteContext(writer);
        WriteLetterMembers(writer, letter);
        writer.WriteEndObject();
        writer.Flush();
        utf8Json.WriteByte((byte)'\n');
        utf8Json.Flush();
    }

    /// <summary>Writes letters as one JSON-LD document whose <c>@graph</c> holds a <c>Message</c> per letter.</summary>
    /// <param name="letters">The letters; enumerated once, one at a time.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. None of it is written, but the letters before it are: use <see cref="WriteFile"/> to get all or nothing.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static int Write(IEnumerable<Letter> letters, Stream utf8Json)
    {
        Guard.NotNull(letters);
        Guard.NotNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        StartGraph(writer);
        var count = 0;
        foreach (var letter in letters)
        {
            LetterJson.EnsureWritable(letter);
            WriteLetter(writer, letter);
            writer.Flush();
            count++;
        }

        EndGraph(writer, utf8Json);
        return count;
    }

    /// <summary>Writes letters as one JSON-LD document whose <c>@graph</c> holds a <c>Message</c> per letter, asynchronously.</summary>
    /// <param name="letters">The letters, read one at a time.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. None of it is written, but the letters before it are: use <see cref="WriteFileAsync"/> to get all or nothing.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteAsync(IAsyncEnumerable<Letter> letters, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(utf8Json);
        var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            StartGraph(writer);
            var count = 0;
            await foreach (var letter in letters.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                LetterJson.EnsureWritable(letter);
                WriteLetter(writer, letter);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                count++;
            }

            EndGraph(writer, utf8Json);
            return count;
        }
    }

    /// <summary>Writes letters as one JSON-LD file with a <c>@graph</c>, whole or not at all.</summary>
    /// <param name="letters">The letters; enumerated once, one at a time.</param>
    /// <param name="path">The file to create.</param>
    /// <param name="overwrite">Whether to replace <paramref name="path"/> if it exists; otherwise an existing file is refused.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="path"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static int WriteFile(IEnumerable<Letter> letters, string path, bool overwrite = false)
    {
        Guard.NotNull(letters);
        Guard.NotNull(path);
        var count = 0;
        AtomicOutput.WriteFile(path, stream => count = Write(letters, stream), overwrite ? OutputOptions.Replace : OutputOptions.Default);
        return count;
    }

    /// <summary>Writes letters as one JSON-LD file with a <c>@graph</c>, whole or not at all, asynchronously.</summary>
    /// <param name="letters">The letters, read one at a time.</param>
    /// <param name="path">The file to create.</param>
    /// <param name="overwrite">Whether to replace <paramref name="path"/> if it exists; otherwise an existing file is refused.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left on disk.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letters"/>, one of them, or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="path"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteFileAsync(IAsyncEnumerable<Letter> letters, string path, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(path);
        var count = 0;
        await AtomicOutput.WriteFileAsync(path, async (stream, _) => count = await WriteAsync(letters, stream, cancellationToken).ConfigureAwait(false), overwrite ? OutputOptions.Replace : OutputOptions.Default, cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static void StartGraph(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteContext(writer);
        writer.WriteStartArray("@graph");
    }

    private static void EndGraph(Utf8JsonWriter writer, Stream utf8Json)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        utf8Json.WriteByte((byte)'\n');
        utf8Json.Flush();
    }

    private static void WriteContext(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("@context");
        writer.WriteString("@vocab", "https://schema.org/");
        writer.WriteStartObject("url");
        writer.WriteString("@type", "@id");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLetter(Utf8JsonWriter writer, Letter letter)
    {
        writer.WriteStartObject();
        WriteLetterMembers(writer, letter);
        writer.WriteEndObject();
    }

    private static void WriteLetterMembers(Utf8JsonWriter writer, Letter letter)
    {
        var node = "_:" + letter.Id;
        writer.WriteString("@id", node);
        writer.WriteString("@type", "Message");
        writer.WriteString("identifier", letter.Id);
        writer.WriteString("name", letter.Title);
        writer.WriteString("genre", EnumNames<LetterKind>.NameOf(letter.Kind));
        writer.WriteString("inLanguage", letter.Language);
        WriteDate(writer, "dateCreated", letter.Date);
        WriteDate(writer, "datePublished", FirstEvent(letter, LetterEventType.Released, LetterEventType.Published));
        WriteDate(writer, "dateReceived", FirstEvent(letter, LetterEventType.Delivered, LetterEventType.Presented));
        if (letter.Place is not null)
        {
            writer.WriteStartObject("locationCreated");
            writer.WriteString("@type", "Place");
            writer.WriteString("name", letter.Place);
            writer.WriteEndObject();
        }

        writer.WriteString("text", string.Join("\n\n", letter.Body.Select(p => p.Text)));

        writer.WriteStartArray("sender");
        foreach (var signatory in letter.Signatories)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", PartyTypeName(signatory.Type));
            writer.WriteString("name", signatory.Name);
            if (signatory.Acronym is not null)
            {
                writer.WriteString("alternateName", signatory.Acronym);
            }

            WriteCountry(writer, signatory.Country);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("recipient");
        foreach (var addressee in letter.Addressees)
        {
            WriteRecipient(writer, addressee);
        }

        writer.WriteEndArray();

        if (!letter.Sources.IsEmpty)
        {
            writer.WriteStartArray("citation");
            foreach (var source in letter.Sources)
            {
                writer.WriteStartObject();
                writer.WriteString("@id", node + "-source-" + source.Id);
                writer.WriteString("@type", "CreativeWork");
                writer.WriteString("identifier", source.Id);
                writer.WriteString("url", source.Url);
                if (source.Title is not null)
                {
                    writer.WriteString("name", source.Title);
                }

                if (source.Publisher is not null)
                {
                    writer.WriteStartObject("publisher");
                    writer.WriteString("@type", "Organization");
                    writer.WriteString("name", source.Publisher);
                    writer.WriteEndObject();
                }

                WriteDate(writer, "datePublished", source.Date);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!letter.Responses.IsEmpty)
        {
            writer.WriteNumber("commentCount", letter.Responses.Length);
            writer.WriteStartArray("comment");
            foreach (var response in letter.Responses)
            {
                WriteResponse(writer, node, response);
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteRecipient(Utf8JsonWriter writer, Addressee addressee)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "Role");
        writer.WriteString("roleName", EnumNames<AddresseeRole>.NameOf(addressee.Role));
        writer.WriteStartObject("recipient");
        writer.WriteString("@type", PartyTypeName(addressee.Type));
        writer.WriteString("name", addressee.Name);
        if (addressee.Honorific is not null)
        {
            writer.WriteString("honorificPrefix", addressee.Honorific);
        }

        if (!addressee.OtherNames.IsEmpty)
        {
            writer.WriteStartArray("alternateName");
            foreach (var other in addressee.OtherNames)
            {
                if (other.Language is null)
                {
                    writer.WriteStringValue(other.Name);
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("@value", other.Name);
                writer.WriteString("@language", other.Language);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!addressee.Positions.IsEmpty)
        {
            writer.WriteStartArray("hasOccupation");
            foreach (var position in addressee.Positions)
            {
                writer.WriteStartObject();
                writer.WriteString("@type", "Occupation");
                writer.WriteString("name", position.Title);
                if (position.Label is not null)
                {
                    writer.WriteString("description", position.Label);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (addressee.Positions.Any(p => p.Organization is not null))
        {
            writer.WriteStartArray("memberOf");
            foreach (var position in addressee.Positions.Where(p => p.Organization is not null))
            {
                writer.WriteStartObject();
                writer.WriteString("@type", "OrganizationRole");
                writer.WriteString("roleName", position.Title);
                WriteDate(writer, "startDate", position.Start);
                WriteDate(writer, "endDate", position.End);
                writer.WriteStartObject("memberOf");
                writer.WriteString("@type", "Organization");
                writer.WriteString("name", position.Organization);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (addressee.Address is { } address && (address.Locality is not null || address.Country is not null))
        {
            writer.WriteStartObject("address");
            writer.WriteString("@type", "PostalAddress");
            if (address.Locality is not null)
            {
                writer.WriteString("addressLocality", address.Locality);
            }

            if (address.Country is not null)
            {
                writer.WriteString("addressCountry", address.Country);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter writer, string letterNode, LetterResponse response)
    {
        writer.WriteStartObject();
        writer.WriteString("@id", letterNode + "-response-" + response.Id);
        writer.WriteString("@type", "Comment");
        writer.WriteString("identifier", response.Id);
        WriteDate(writer, "dateCreated", response.Date);
        writer.WriteStartObject("author");
        writer.WriteString("@type", PartyTypeName(response.From.Type));
        writer.WriteString("name", response.From.Name);
        WriteCountry(writer, response.From.Country);
        writer.WriteEndObject();
        writer.WriteString("text", response.Summary);
        writer.WriteStartObject("parentItem");
        writer.WriteString("@id", letterNode);
        writer.WriteEndObject();
        if (!response.Sources.IsEmpty)
        {
            writer.WriteStartArray("citation");
            foreach (var source in response.Sources)
            {
                writer.WriteStartObject();
                writer.WriteString("@id", letterNode + "-source-" + source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteCountry(Utf8JsonWriter writer, string? country)
    {
        if (country is null)
        {
            return;
        }

        writer.WriteStartObject("address");
        writer.WriteString("@type", "PostalAddress");
        writer.WriteString("addressCountry", country);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, PartialDate? date)
    {
        if (date is { } known)
        {
            writer.WriteString(name, known.ToString());
        }
    }

    private static PartialDate? FirstEvent(Letter letter, LetterEventType first, LetterEventType second)
    {
        PartialDate? earliest = null;
        foreach (var letterEvent in letter.Events)
        {
            if ((letterEvent.Type == first || letterEvent.Type == second) && (earliest is null || letterEvent.Date < earliest))
            {
                earliest = letterEvent.Date;
            }
        }

        return earliest;
    }

    private static string PartyTypeName(PartyType type) => type == PartyType.Person ? "Person" : "Organization";
}
