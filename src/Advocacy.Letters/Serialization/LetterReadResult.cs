using System.Diagnostics.CodeAnalysis;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// One entry of a corpus, in any form (JSON Lines, a JSON array, a folder of files): the letter it holds, or why it
/// holds none, with where it is.
/// </summary>
/// <remarks>
/// <para>Exactly one of <see cref="Letter"/> and <see cref="Code"/> is set. <see cref="Error"/> is set when the entry
/// is JSON that is not a readable letter (<see cref="LetterReadCodes.Unreadable"/>); a folder's other entries, which
/// are not read at all, have a <see cref="Code"/> and a <see cref="Message"/> only.</para>
/// <para>The location depends on the form: <see cref="LineNumber"/> for a JSON Lines line, <see cref="Index"/> (and
/// the line the item starts on) for an array item, <see cref="Path"/> for a folder's entry. Line numbers here are
/// one-based, as people count; <see cref="System.Text.Json.JsonException.LineNumber"/> of <see cref="Error"/> is
/// zero-based, as in System.Text.Json.</para>
/// </remarks>
public sealed class LetterReadResult
{
    private LetterReadResult(Letter? letter, LetterJsonException? error, string? code, string? message, long? lineNumber, long? index, string? path)
    {
        Letter = letter;
        Error = error;
        Code = code;
        Message = message;
        LineNumber = lineNumber;
        Index = index;
        Path = path;
    }

    /// <summary>Gets the letter, or <see langword="null"/> when the entry holds none.</summary>
    public Letter? Letter { get; }

    /// <summary>Gets why the entry is not a readable letter, located in its file, or <see langword="null"/> when it is one or was not read as JSON.</summary>
    public LetterJsonException? Error { get; }

    /// <summary>Gets why the entry holds no letter, one of <see cref="LetterReadCodes"/>; <see langword="null"/> when it holds one.</summary>
    public string? Code { get; }

    /// <summary>Gets a one-line explanation for a person when the entry holds no letter (for <see cref="Error"/>, its message); <see langword="null"/> when it holds one.</summary>
    public string? Message { get; }

    /// <summary>Gets the one-based line: of a JSON Lines line, or the line an array item starts on; <see langword="null"/> for a folder's entry.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based index of an array item; <see langword="null"/> for the other forms.</summary>
    public long? Index { get; }

    /// <summary>Gets the path of a folder's entry (the folder as given, joined with the entry's name); <see langword="null"/> for the other forms.</summary>
    public string? Path { get; }

    /// <summary>Gets a value indicating whether the entry held a readable letter.</summary>
    [MemberNotNullWhen(true, nameof(Letter))]
    [MemberNotNullWhen(false, nameof(Code), nameof(Message))]
    public bool Succeeded => Letter is not null;

    internal static LetterReadResult Read(Letter letter, long? lineNumber = null, long? index = null, string? path = null) =>
        new(letter, null, null, null, lineNumber, index, path);

    internal static LetterReadResult Unreadable(LetterJsonException error, long? lineNumber = null, long? index = null, string? path = null) =>
        new(null, error, LetterReadCodes.Unreadable, error.Message, lineNumber, index, path);

    internal static LetterReadResult NotRead(string code, string message, string path) =>
        new(null, null, code, message, null, null, path);
}
