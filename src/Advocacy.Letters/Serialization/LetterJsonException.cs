using System;
using System.Globalization;
using System.Text.Json;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// The one exception <see cref="LetterJson"/> throws for input that is not a readable letter: malformed JSON, invalid
/// UTF-8, a wrong type, an unknown, duplicated or missing member, <c>null</c> where a value is required, an invalid
/// date or enumeration value, or input past a limit of <see cref="LetterJsonReadOptions"/>.
/// </summary>
/// <remarks>
/// <para>The message says what is wrong and where, for a person to act on:
/// <c>unknown member 'colour' in a signatory at /signatories/3/colour (line 120, byte 7)</c>.</para>
/// <para><see cref="Pointer"/> locates the problem as an RFC 6901 JSON Pointer, the notation validation problems use;
/// <see cref="JsonException.Path"/> keeps System.Text.Json's <c>$.signatories[3]</c> notation.
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> are zero-based, as in
/// System.Text.Json; the message counts from one.</para>
/// <para>Writing throws it too, without a line, when a letter built in code holds something the format cannot
/// carry: <c>the letter cannot be written: null is not allowed for 'title' at /title</c>.</para>
/// <para>Content that reads correctly but breaks the format's rules (an unknown country code, a dangling reference)
/// is not an exception: see <see cref="Validation.LetterValidator"/>.</para>
/// </remarks>
public sealed class LetterJsonException : JsonException
{
    /// <summary>Initializes a new instance with a message and no location.</summary>
    public LetterJsonException()
        : this("The document is not a readable letter.", null, null, null, null)
    {
    }

    /// <summary>Initializes a new instance with a message and no location.</summary>
    /// <param name="message">What is wrong.</param>
    public LetterJsonException(string message)
        : this(message, null, null, null, null)
    {
    }

    /// <summary>Initializes a new instance with a message, no location, and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public LetterJsonException(string message, Exception? innerException)
        : this(message, null, null, null, innerException)
    {
    }

    /// <summary>Initializes a new instance with a reason and a location.</summary>
    /// <param name="reason">What is wrong, without the location: it is appended to make the message.</param>
    /// <param name="pointer">Where, as an RFC 6901 JSON Pointer (<c>""</c> is the whole document), if known.</param>
    /// <param name="lineNumber">The zero-based line, if known.</param>
    /// <param name="bytePositionInLine">The zero-based byte in that line, if known.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public LetterJsonException(
        string reason,
        string? pointer,
        long? lineNumber,
        long? bytePositionInLine,
        Exception? innerException)
        : base(
            FormatMessage(reason, pointer, lineNumber, bytePositionInLine),
            JsonLocation.ToJsonPath(pointer),
            lineNumber,
            bytePositionInLine,
            innerException)
    {
        Reason = reason;
        Pointer = pointer;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets where the problem is, as an RFC 6901 JSON Pointer (<c>/signatories/3</c>), if known.</summary>
    /// <value>The pointer; <c>""</c> means the whole document; <see langword="null"/> when no location is known.</value>
    public string? Pointer { get; }

    private static string FormatMessage(string reason, string? pointer, long? line, long? bytePosition)
    {
        var where = pointer switch
        {
            null => null,
            "" => "at the document root",
            _ => "at " + Abbreviate(pointer),
        };
        var position = line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"line {l + 1}, byte {(bytePosition ?? 0) + 1}")
            : null;
        return (where, position) switch
        {
            (null, null) => reason,
            (null, _) => $"{reason} ({position})",
            (_, null) => $"{reason} {where}",
            _ => $"{reason} {where} ({position})",
        };
    }

    // The pointer can hold member names from the input, of any length and with any characters; the message quotes
    // each as a short, escaped excerpt so that a megabyte-long name cannot make a megabyte-long message.
    private static string Abbreviate(string pointer)
    {
        var tokens = pointer.Split('/');
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = Excerpt.Of(tokens[i]);
        }

        return string.Join('/', tokens);
    }
}
