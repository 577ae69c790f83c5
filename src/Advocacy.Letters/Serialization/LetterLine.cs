using System.Diagnostics.CodeAnalysis;

namespace Advocacy.Letters.Serialization;

/// <summary>One line of a JSON Lines corpus: the letter it holds, or why it could not be read.</summary>
public sealed class LetterLine
{
    /// <summary>Initializes a line that was read.</summary>
    /// <param name="lineNumber">The one-based line number in the file.</param>
    /// <param name="letter">The letter on the line.</param>
    public LetterLine(long lineNumber, Letter letter)
    {
        LineNumber = lineNumber;
        Letter = letter;
    }

    /// <summary>Initializes a line that could not be read.</summary>
    /// <param name="lineNumber">The one-based line number in the file.</param>
    /// <param name="error">Why it could not be read, located at that line.</param>
    public LetterLine(long lineNumber, LetterJsonException error)
    {
        LineNumber = lineNumber;
        Error = error;
    }

    /// <summary>Gets the one-based line number in the file.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the letter on the line, or <see langword="null"/> when it could not be read.</summary>
    public Letter? Letter { get; }

    /// <summary>Gets why the line could not be read, or <see langword="null"/> when it was.</summary>
    public LetterJsonException? Error { get; }

    /// <summary>Gets a value indicating whether the line held a readable letter.</summary>
    [MemberNotNullWhen(true, nameof(Letter))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;
}
