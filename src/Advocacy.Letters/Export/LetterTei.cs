using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using Advocacy.Letters.Export.Internal;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;
using NodaTime.Text;

namespace Advocacy.Letters.Export;

/// <summary>
/// Exports letters as one TEI document in the Correspondence Metadata Interchange Format (CMIF) that correspSearch
/// harvests: one <c>correspDesc</c> per letter.
/// </summary>
/// <remarks>
/// <para>Each <c>correspDesc</c> carries the letter's first source address as <c>ref</c> and points to the file's one
/// <c>bibl</c> (the export, titled and addressed by <see cref="LetterTeiOptions"/>). Its
/// <c>correspAction type="sent"</c> names every signatory by name (<c>orgName</c> or <c>persName</c>), the letter's place (<c>placeName</c>) and date; <c>type="received"</c> names every addressee,
/// the first addressee's locality and the date of the first <c>delivered</c> or <c>presented</c> event. A date known
/// to the day, month or year is written as <c>when</c> (<c>2011-09-08</c>, <c>2011-09</c>, <c>2011</c>), which CMIF
/// reads as the span it stands for.</para>
/// <para>Left out, for CMIF carries correspondence metadata, not texts: the title (but for the file's), kind,
/// language, salutation, body, closing and valediction; demands, responses and dispositions; events other than the
/// delivery; sources other than the first; an addressee's id and whether it is written or copied to; honorifics, positions and
/// other names; acronyms, countries and signature labels.</para>
/// <para>The document is written with <see cref="XmlWriter"/>, so markup in a name is text. A character XML 1.0 cannot
/// hold (a control character other than tab, line feed and carriage return) is written as U+FFFD; the validator
/// refuses such letters anyway. Each letter passes the same write-time check as JSON before any byte of it is
/// written; the file methods write all or nothing. Memory stays bounded: each letter is written as it is read.</para>
/// </remarks>
public static class LetterTei
{
    /// <summary>The TEI namespace: <c>http://www.tei-c.org/ns/1.0</c>.</summary>
    public const string Namespace = "http://www.tei-c.org/ns/1.0";

    /// <summary>The usual extension of a CMIF file: <c>.xml</c>.</summary>
    public const string FileExtension = ".xml";

    private const string BiblId = "export";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Line breaks inside attribute values survive as character references.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Writes letters as one CMIF document to a stream.</summary>
    /// <param name="letters">The letters; one letter is <c>[letter]</c>. Enumerated once, one at a time.</param>
    /// <param name="output">The stream; it is flushed, not closed.</param>
    /// <param name="options">The file's header.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the letters is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. None of it is written, but the letters before it are: use <see cref="WriteFile"/> to get all or nothing.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static int Write(IEnumerable<Letter> letters, Stream output, LetterTeiOptions options)
    {
        Guard.NotNull(letters);
        Guard.NotNull(output);
        Guard.NotNull(options);
        using var buffer = new MemoryStream();
        using var writer = XmlWriter.Create(buffer, Settings);
        StartDocument(writer, options);
        Drain(writer, buffer, output);
        var count = 0;
        foreach (var letter in letters)
        {
            LetterJson.EnsureWritable(letter);
            WriteLetter(writer, letter);
            Drain(writer, buffer, output);
            count++;
        }

        EndDocument(writer);
        Drain(writer, buffer, output);
        output.Flush();
        return count;
    }

    /// <summary>Writes letters as one CMIF document to a stream, asynchronously.</summary>
    /// <param name="letters">The letters, read one at a time.</param>
    /// <param name="output">The stream; it is flushed, not closed.</param>
    /// <param name="options">The file's header.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the letters is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. None of it is written, but the letters before it are: use <see cref="WriteFileAsync"/> to get all or nothing.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteAsync(IAsyncEnumerable<Letter> letters, Stream output, LetterTeiOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(output);
        Guard.NotNull(options);
        using var buffer = new MemoryStream();
        using var writer = XmlWriter.Create(buffer, Settings);
        StartDocument(writer, options);
        await DrainAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var letter in letters.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            LetterJson.EnsureWritable(letter);
            WriteLetter(writer, letter);
            await DrainAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
            count++;
        }

        EndDocument(writer);
        await DrainAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes letters as one CMIF file, whole or not at all.</summary>
    /// <param name="letters">The letters; enumerated once, one at a time.</param>
    /// <param name="path">The file to create.</param>
    /// <param name="options">The file's header.</param>
    /// <param name="overwrite">Whether to replace <paramref name="path"/> if it exists; otherwise an existing file is refused.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the letters is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="path"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static int WriteFile(IEnumerable<Letter> letters, string path, LetterTeiOptions options, bool overwrite = false)
    {
        Guard.NotNull(letters);
        Guard.NotNull(path);
        Guard.NotNull(options);
        var count = 0;
        AtomicOutput.WriteFile(path, stream => count = Write(letters, stream, options), overwrite ? OutputOptions.Replace : OutputOptions.Default);
        return count;
    }

    /// <summary>Writes letters as one CMIF file, whole or not at all, asynchronously.</summary>
    /// <param name="letters">The letters, read one at a time.</param>
    /// <param name="path">The file to create.</param>
    /// <param name="options">The file's header.</param>
    /// <param name="overwrite">Whether to replace <paramref name="path"/> if it exists; otherwise an existing file is refused.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left on disk.</param>
    /// <returns>How many letters were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the letters is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">A letter cannot be written as it is; the pointer says where. Nothing is written.</exception>
    /// <exception cref="IOException"><paramref name="path"/> exists and <paramref name="overwrite"/> is <see langword="false"/>, is a link, or could not be written. Nothing is written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> WriteFileAsync(IAsyncEnumerable<Letter> letters, string path, LetterTeiOptions options, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letters);
        Guard.NotNull(path);
        Guard.NotNull(options);
        var count = 0;
        await AtomicOutput.WriteFileAsync(path, async (stream, _) => count = await WriteAsync(letters, stream, options, cancellationToken).ConfigureAwait(false), overwrite ? OutputOptions.Replace : OutputOptions.Default, cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static void StartDocument(XmlWriter writer, LetterTeiOptions options)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("TEI", Namespace);
        writer.WriteStartElement("teiHeader", Namespace);
        writer.WriteStartElement("fileDesc", Namespace);

        writer.WriteStartElement("titleStmt", Namespace);
        Element(writer, "title", options.Title);
        Element(writer, "editor", options.Editor);
        writer.WriteEndElement();

        writer.WriteStartElement("publicationStmt", Namespace);
        Element(writer, "publisher", options.Publisher);
        writer.WriteStartElement("idno", Namespace);
        writer.WriteAttributeString("type", "url");
        writer.WriteString(Clean(options.Url));
        writer.WriteEndElement();
        writer.WriteStartElement("date", Namespace);
        writer.WriteAttributeString("when", LocalDatePattern.Iso.Format(options.PublicationDate));
        writer.WriteEndElement();
        writer.WriteStartElement("availability", Namespace);
        writer.WriteStartElement("licence", Namespace);
        writer.WriteAttributeString("target", Clean(options.LicenceUrl));
        writer.WriteString(Clean(options.Licence));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement("sourceDesc", Namespace);
        writer.WriteStartElement("bibl", Namespace);
        writer.WriteAttributeString("type", "online");
        writer.WriteAttributeString("xml", "id", null, BiblId);
        writer.WriteString(Clean(options.Title) + ". ");
        writer.WriteStartElement("ref", Namespace);
        writer.WriteAttributeString("target", Clean(options.Url));
        writer.WriteString(Clean(options.Url));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteEndElement(); // fileDesc
        writer.WriteStartElement("profileDesc", Namespace);
    }

    private static void EndDocument(XmlWriter writer)
    {
        writer.WriteEndElement(); // profileDesc
        writer.WriteEndElement(); // teiHeader
        writer.WriteStartElement("text", Namespace);
        writer.WriteStartElement("body", Namespace);
        writer.WriteStartElement("p", Namespace);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement(); // TEI
        writer.WriteEndDocument();
    }

    private static void WriteLetter(XmlWriter writer, Letter letter)
    {
        writer.WriteStartElement("correspDesc", Namespace);
        if (letter.Sources.FirstOrDefault() is { } source)
        {
            writer.WriteAttributeString("ref", Clean(source.Url));
        }

        writer.WriteAttributeString("source", "#" + BiblId);

        var received = letter.Events.Where(e => e.Type is LetterEventType.Delivered or LetterEventType.Presented)
            .Select(e => (PartialDate?)e.Date).Min();
        var receivedPlace = letter.Addressees.Select(a => a.Address?.Locality).FirstOrDefault(l => l is not null);

        var wrote = false;
        if (!letter.Signatories.IsEmpty || letter.Place is not null || letter.Date is not null)
        {
            writer.WriteStartElement("correspAction", Namespace);
            writer.WriteAttributeString("type", "sent");
            foreach (var signatory in letter.Signatories)
            {
                Element(writer, signatory.Type == PartyType.Person ? "persName" : "orgName", signatory.Name);
            }

            if (letter.Place is not null)
            {
                Element(writer, "placeName", letter.Place);
            }

            WriteDate(writer, letter.Date);
            writer.WriteEndElement();
            wrote = true;
        }

        if (!letter.Addressees.IsEmpty || receivedPlace is not null || received is not null)
        {
            writer.WriteStartElement("correspAction", Namespace);
            writer.WriteAttributeString("type", "received");
            foreach (var addressee in letter.Addressees)
            {
                Element(writer, addressee.Type == PartyType.Person ? "persName" : "orgName", addressee.Name);
            }

            if (receivedPlace is not null)
            {
                Element(writer, "placeName", receivedPlace);
            }

            WriteDate(writer, received);
            writer.WriteEndElement();
            wrote = true;
        }

        if (!wrote)
        {
            // A correspDesc must hold something: a letter with no party, place or date keeps its title as a note.
            Element(writer, "note", letter.Title);
        }

        writer.WriteEndElement();
    }

    private static void WriteDate(XmlWriter writer, PartialDate? date)
    {
        if (date is { } known)
        {
            writer.WriteStartElement("date", Namespace);
            writer.WriteAttributeString("when", known.ToString());
            writer.WriteEndElement();
        }
    }

    private static void Element(XmlWriter writer, string name, string text)
    {
        writer.WriteStartElement(name, Namespace);
        writer.WriteString(Clean(text));
        writer.WriteEndElement();
    }

    /// <summary>Replaces what XML 1.0 cannot hold (controls, lone surrogates) with U+FFFD; everything else is kept.</summary>
    private static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
            var pair = !ok && char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (ok || pair)
            {
                cleaned?.Append(c);
                if (pair)
                {
                    i++;
                    cleaned?.Append(text[i]);
                }

                continue;
            }

            cleaned ??= new StringBuilder(text, 0, i, text.Length);
            cleaned.Append('\uFFFD');
        }

        return cleaned?.ToString() ?? text;
    }

    private static void Drain(XmlWriter writer, MemoryStream buffer, Stream output)
    {
        writer.Flush();
        output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        buffer.SetLength(0);
    }

    private static async Task DrainAsync(XmlWriter writer, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        writer.Flush();
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        buffer.SetLength(0);
    }
}
