using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;
using Advocacy.Letters.Import.Internal;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Serialization.Internal;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Import;

/// <summary>
/// Reads a letter written as plain text or Markdown (a web page's text, an e-mail, the text of a PDF) into a
/// <see cref="Letter"/>, without being told its layout: addressees, date, place, title, salutation, body, closing,
/// valediction, demands and signatories.
/// </summary>
/// <remarks>
/// <para>Import never throws on any text: empty, binary, huge or shapeless input gives a letter with warnings and,
/// where something required was not found, validation errors. Its time and memory are linear in the input's length
/// (no regular expressions; every look-ahead is bounded).</para>
/// <para>A demand sentence asking for several things with its verbs joined by commas ("to end…, stop…, and
/// close…") is split at those verbs, one demand each; otherwise a demand is its whole clause, without trailing
/// "which…" or "so that…" clauses. Paragraph ids are <c>p1</c>, <c>p2</c>…; demand ids are made from the action verb
/// and the words after it. Every demand has an action: its verb, or the asking verb ("request", "ask") when nothing
/// says what to do ("We respectfully request a meeting"); its summary starts at the action; its actor is spelled as in
/// the letter, without a leading article ("The G20 should…" gives <c>G20</c>).</para>
/// <para>Rendering an imported plain-text letter with <see cref="Rendering.PlainTextRenderer"/> gives back its words in
/// the same order from the salutation (or the first body paragraph) on, apart from what is not kept as text: headings
/// inside the signatory list ("Organisations", "Individuals", "Global", "National"…), the label "Signed by:", a TAB
/// table's header row, notes and footnotes ("* in a personal capacity", "¹ …"), page numbers, and a <c>Cc:</c> block
/// (rendered as <c>cc: NAME</c> lines). List numbering and the separators between a signatory's parts are the
/// renderer's own. The front matter (title, date, place, subject) and the addressee block are kept as data and
/// rendered in the renderer's layout. Thread-safe.</para>
/// </remarks>
public static class LetterImporter
{
    /// <summary>Imports a letter from its text.</summary>
    /// <param name="text">The letter's text.</param>
    /// <param name="options">How the text is marked up, and the id and language to give the letter; <see langword="null"/> for <see cref="LetterImportOptions.Default"/>.</param>
    /// <returns>The letter and every problem found: the importer's warnings, then the validator's problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static LetterImportResult Import(string text, LetterImportOptions? options = null)
    {
        Guard.NotNull(text);
        return Import(text, options ?? LetterImportOptions.Default, out _);
    }

    /// <summary>The most bytes <see cref="TryReadText"/> reads: 16 MiB, as <see cref="LetterJsonReadOptions.DefaultMaxDocumentBytes"/>.</summary>
    public const int MaxTextBytes = LetterJsonReadOptions.DefaultMaxDocumentBytes;

    /// <summary>
    /// Reads the text of a letter to import: strict UTF-8, a leading byte order mark skipped, at most
    /// <see cref="MaxTextBytes"/> bytes. It never reads past the limit, so an endless stream (<c>/dev/zero</c>) ends.
    /// </summary>
    /// <param name="stream">The text's bytes; read to its end, or to one byte past the limit.</param>
    /// <param name="text">The text, when it could be read.</param>
    /// <param name="reason">
    /// Why not, when it could not, as one sentence: the input is longer than the limit, is UTF-16 or UTF-32, or has a
    /// byte that is not UTF-8 (its offset given). Nothing is replaced: invalid UTF-8 is refused, never mended.
    /// </param>
    /// <returns><see langword="true"/> when <paramref name="text"/> was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Reading <paramref name="stream"/> failed.</exception>
    public static bool TryReadText(Stream stream, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? reason)
    {
        Guard.NotNull(stream);
        text = null;
        var buffer = new byte[64 * 1024];
        var length = 0;
        int read;
        do
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, MaxTextBytes + 1L));
            }

            read = stream.Read(buffer, length, buffer.Length - length);
            length += read;
        }
        while (read > 0 && length <= MaxTextBytes);

        if (length > MaxTextBytes)
        {
            reason = string.Format(CultureInfo.InvariantCulture, "the input is longer than {0:N0} bytes, the most a letter to import may be", MaxTextBytes);
            return false;
        }

        var bytes = new ReadOnlySpan<byte>(buffer, 0, length);
        if (TextEncodings.NotUtf8(bytes) is { } encoding)
        {
            reason = $"the input is {encoding}; a letter to import must be UTF-8: convert it and import it again";
            return false;
        }

        var start = bytes.StartsWith(TextEncodings.Utf8Bom) ? TextEncodings.Utf8Bom.Length : 0;
#if NETSTANDARD2_0
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer, start, length - start);
        }
        catch (DecoderFallbackException ex)
        {
            reason = NotUtf8At(start + Math.Max(ex.Index, 0));
            return false;
        }
#else
        var chars = new char[length - start];
        if (System.Text.Unicode.Utf8.ToUtf16(bytes[start..], chars, out var consumed, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            reason = NotUtf8At(start + consumed);
            return false;
        }

        text = new string(chars, 0, written);
#endif
        reason = null;
        return true;

        static string NotUtf8At(long offset) => string.Format(CultureInfo.InvariantCulture, "not UTF-8 at byte {0:N0} (counting from 0); a letter to import must be UTF-8", offset);
    }

    /// <summary>Imports, and tells how many characters were examined, summed over every pass (the tests show it is linear).</summary>
    internal static LetterImportResult Import(string text, LetterImportOptions options, out long steps)
    {
        var session = new ImportSession(options);
        var letter = new LetterReader(session).Read(text);
        session.Finish();
        steps = session.Steps;
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        problems.AddRange(session.Problems);
        problems.AddRange(LetterValidator.Validate(letter).Problems);
        return new LetterImportResult { Letter = letter, Problems = problems.ToImmutable() };
    }
}
