using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization.Internal;
using Advocacy.Letters.Serialization.Internal.Readers;
using Advocacy.Letters.Serialization.Internal.Writers;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Reads and writes letters as JSON (format version <see cref="Letter.CurrentSchemaVersion"/>): strictly on the way in,
/// canonically on the way out.
/// </summary>
/// <remarks>
/// <para><b>Reading</b> refuses anything that is not exactly a letter: malformed JSON, invalid UTF-8, unknown,
/// duplicated or missing members, <c>null</c> where a value is required, wrong types, invalid dates and unknown
/// enumeration values. Every such input ends in a <see cref="LetterJsonException"/> that says what is wrong and where,
/// whatever the bytes. So does input past a limit of <see cref="LetterJsonReadOptions"/> (size, depth, string length,
/// items per array), checked before any letter is built. A leading UTF-8 byte order mark is ignored; UTF-16 and UTF-32 (with or without one) are refused with one message. Reading does not validate the content: call
/// <see cref="Validation.LetterValidator.Validate(Letter)"/> for that.</para>
/// <para><b>Writing</b> is canonical and byte-stable: members in a fixed order, two-space indentation, LF line ends,
/// a final newline, absent optional members left out, non-ASCII text written as UTF-8 rather than escaped. Reading
/// canonical JSON and writing it again gives identical bytes.</para>
/// <para>All members are thread-safe; the serializer metadata is built once and reused.</para>
/// </remarks>
public static partial class LetterJson
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializerOptions Options = CreateOptions();

    // Room for the sample letter (28 kB) without growing; the pool hands back the same arrays each time.
    private const int InitialBufferBytes = 32 * 1024;

    /// <summary>
    /// Gets the resolver for the library's types, for callers that embed letters in their own documents: combine it
    /// with theirs through <c>JsonTypeInfoResolver.Combine</c>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Options.TypeInfoResolver!;

    /// <summary>Reads a letter from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits to enforce; <see langword="null"/> for <see cref="LetterJsonReadOptions.Default"/>.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException"><paramref name="json"/> is not a readable letter, or is past a limit of <paramref name="options"/>.</exception>
    public static Letter Parse(string json, LetterJsonReadOptions? options = null)
    {
        Guard.NotNull(json);
        options ??= LetterJsonReadOptions.Default;

        // Every character takes at least one byte: refuse a text that is surely too long before encoding it.
        ReadLimits.CheckSize(json.Length, options);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            throw new LetterJsonException(
                $"the text holds a lone surrogate (U+{(int)ex.CharUnknown:X4}) at character {ex.Index + 1}, which no JSON document can carry",
                null, null, null, ex);
        }

        return Parse(utf8.AsSpan(), options);
    }

    /// <summary>Reads a letter from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the JSON, with or without a byte order mark.</param>
    /// <param name="options">The limits to enforce; <see langword="null"/> for <see cref="LetterJsonReadOptions.Default"/>.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="LetterJsonException"><paramref name="utf8Json"/> is not a readable letter, or is past a limit of <paramref name="options"/>.</exception>
    public static Letter Parse(ReadOnlySpan<byte> utf8Json, LetterJsonReadOptions? options = null)
    {
        options ??= LetterJsonReadOptions.Default;
        ReadLimits.CheckSize(utf8Json.Length, options);
        if (TextEncodings.NotUtf8(utf8Json) is { } encoding)
        {
            throw new LetterJsonException(TextEncodings.NotUtf8Reason(encoding, "a letter"), null, 0, 0, null);
        }

        if (utf8Json.StartsWith(TextEncodings.Utf8Bom))
        {
            utf8Json = utf8Json[TextEncodings.Utf8Bom.Length..];
        }

        return DocumentReader.Read(utf8Json, options);
    }

    /// <summary>Reads a letter from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream, read from its current position; it is not closed.</param>
    /// <param name="options">The limits to enforce; <see langword="null"/> for <see cref="LetterJsonReadOptions.Default"/>. No more than <see cref="LetterJsonReadOptions.MaxDocumentBytes"/> and one byte is read.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The stream's content is not a readable letter, or is past a limit of <paramref name="options"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static Letter Read(Stream utf8Json, LetterJsonReadOptions? options = null)
    {
        Guard.NotNull(utf8Json);
        options ??= LetterJsonReadOptions.Default;
        var buffer = ReadLimits.ReadAll(utf8Json, options, out var length);
        try
        {
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a letter from a stream of UTF-8 JSON, to its end, asynchronously.</summary>
    /// <param name="utf8Json">The stream, read from its current position; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The stream's content is not a readable letter, or is past a limit of <see cref="LetterJsonReadOptions.Default"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<Letter> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a letter from a stream of UTF-8 JSON, to its end, asynchronously, within limits.</summary>
    /// <param name="utf8Json">The stream, read from its current position; it is not closed.</param>
    /// <param name="options">The limits to enforce; <see langword="null"/> for <see cref="LetterJsonReadOptions.Default"/>. No more than <see cref="LetterJsonReadOptions.MaxDocumentBytes"/> and one byte is read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The stream's content is not a readable letter, or is past a limit of <paramref name="options"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<Letter> ReadAsync(Stream utf8Json, LetterJsonReadOptions? options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);
        options ??= LetterJsonReadOptions.Default;
        var (buffer, length) = await ReadLimits.ReadAllAsync(utf8Json, options, cancellationToken).ConfigureAwait(false);
        try
        {
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a letter from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The limits to enforce; <see langword="null"/> for <see cref="LetterJsonReadOptions.Default"/>.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The file is not a readable letter, or is past a limit of <paramref name="options"/>.</exception>
    /// <exception cref="IOException">The file could not be opened or read, for example <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Letter ReadFile(string path, LetterJsonReadOptions? options = null)
    {
        Guard.NotNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, options);
    }

    /// <summary>Reads a letter from a UTF-8 JSON file asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The file is not a readable letter, or is past a limit of <see cref="LetterJsonReadOptions.Default"/>.</exception>
    /// <exception cref="IOException">The file could not be opened or read, for example <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<Letter> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, null, cancellationToken);

    /// <summary>Reads a letter from a UTF-8 JSON file asynchronously, within limits.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The limits to enforce; <see langword="null"/> for <see cref="LetterJsonReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The file is not a readable letter, or is past a limit of <paramref name="options"/>.</exception>
    /// <exception cref="IOException">The file could not be opened or read, for example <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Letter> ReadFileAsync(string path, LetterJsonReadOptions? options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a letter as canonical JSON text.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The JSON, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <inheritdoc cref="ToUtf8Bytes(Letter)" path="/exception[@cref='T:System.Text.Json.JsonException']"/>
    public static string ToJson(Letter letter) => Encoding.UTF8.GetString(ToUtf8Bytes(letter));

    /// <summary>Writes a letter as canonical UTF-8 JSON, without a byte order mark.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The UTF-8 bytes, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The letter holds something the format cannot carry: <see langword="null"/> where a value is required or in an array, a lone surrogate, or an undefined enumeration value. It is a <see cref="LetterJsonException"/> whose <see cref="LetterJsonException.Pointer"/> says where; nothing is written.</exception>
    public static byte[] ToUtf8Bytes(Letter letter)
    {
        using var buffer = WriteToBuffer(letter, indented: true);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a letter as canonical UTF-8 JSON to a stream.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <inheritdoc cref="ToUtf8Bytes(Letter)" path="/exception[@cref='T:System.Text.Json.JsonException']"/>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(Letter letter, Stream utf8Json)
    {
        Guard.NotNull(letter);
        Guard.NotNull(utf8Json);
        using var buffer = WriteToBuffer(letter, indented: true);
        utf8Json.Write(buffer.WrittenSpan);
        utf8Json.Flush();
    }

    /// <summary>Writes a letter as canonical UTF-8 JSON to a stream asynchronously.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the letter is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <inheritdoc cref="ToUtf8Bytes(Letter)" path="/exception[@cref='T:System.Text.Json.JsonException']"/>
    /// <exception cref="IOException">The stream could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(Letter letter, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(letter);
        Guard.NotNull(utf8Json);
        using var buffer = WriteToBuffer(letter, indented: true);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a letter as canonical UTF-8 JSON to a file atomically, through <see cref="AtomicOutput.WriteFile"/>: the
    /// file appears whole or not at all, and an existing one is replaced only when <paramref name="options"/> say so.
    /// </summary>
    /// <param name="letter">The letter.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Whether to replace an existing file; <see langword="null"/> to refuse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <inheritdoc cref="ToUtf8Bytes(Letter)" path="/exception[@cref='T:System.Text.Json.JsonException']"/>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The file could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(Letter letter, string path, OutputOptions? options = null)
    {
        Guard.NotNull(path);
        using var buffer = WriteToBuffer(letter, indented: true);
        AtomicOutput.WriteFile(path, stream => stream.Write(buffer.WrittenSpan), options);
    }

    /// <summary>Writes a letter as canonical UTF-8 JSON to a file atomically and asynchronously; see <see cref="WriteFile"/>.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <inheritdoc cref="ToUtf8Bytes(Letter)" path="/exception[@cref='T:System.Text.Json.JsonException']"/>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteFileAsync(Letter letter, string path, CancellationToken cancellationToken = default) =>
        WriteFileAsync(letter, path, null, cancellationToken);

    /// <summary>Writes a letter as canonical UTF-8 JSON to a file atomically and asynchronously; see <see cref="WriteFile"/>.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Whether to replace an existing file; <see langword="null"/> to refuse.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is left behind.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <inheritdoc cref="ToUtf8Bytes(Letter)" path="/exception[@cref='T:System.Text.Json.JsonException']"/>
    /// <exception cref="OutputExistsException">Something exists at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The file could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteFileAsync(Letter letter, string path, OutputOptions? options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);

        // Written before the task starts, so that a refused letter throws here, as the other writers do.
        var buffer = WriteToBuffer(letter, indented: true);
        return WriteFileAsync(buffer, path, options, cancellationToken);
    }

    private static async Task WriteFileAsync(PooledBufferWriter buffer, string path, OutputOptions? options, CancellationToken cancellationToken)
    {
        using (buffer)
        {
            await AtomicOutput.WriteFileAsync(path, (stream, token) => stream.WriteAsync(buffer.WrittenMemory, token).AsTask(), options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The one write-time contract check: every writer (JSON, JSON Lines, arrays, folders, renderers and exporters)
    /// calls it before any byte of <paramref name="letter"/> leaves, so a letter the format cannot carry is refused
    /// whole, with its pointer, and nothing is written.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter cannot be written as it is; the pointer says where.</exception>
    internal static void EnsureWritable(Letter letter)
    {
        // The check is the writer itself, so that it cannot drift from what is written.
        using var buffer = WriteToBuffer(letter, indented: false);
    }

    /// <summary>
    /// Writes a letter as canonical JSON into a pooled buffer, ending in a newline when <paramref name="indented"/>:
    /// the one write path, which checks the contract as it goes. The caller copies out and disposes the buffer.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter cannot be written as it is; the pointer says where.</exception>
    internal static PooledBufferWriter WriteToBuffer(Letter letter, bool indented)
    {
        Guard.NotNull(letter);
        var buffer = new PooledBufferWriter(InitialBufferBytes);
        try
        {
            DocumentWriter.Write(letter, buffer, indented);
            if (indented)
            {
                buffer.GetSpan(1)[0] = (byte)'\n';
                buffer.Advance(1);
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(LettersJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(FormatConverters.Instance, LettersJsonContext.Default).WithAddedModifier(ContractChecks.Apply),
            // Canonical output keeps names such as 김정일 readable; it is a data file, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

}
