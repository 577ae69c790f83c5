using System;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// How a corpus is read, in any of its forms: <see cref="LetterJsonLines"/>, <see cref="LetterJsonArray"/>,
/// <see cref="LetterJsonFolder"/> and <see cref="LetterCorpus"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LetterCorpusOptions
{
    /// <summary>The default longest line, 16 MiB.</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    /// <summary>Gets the options used when none are given: collect every bad entry, lines up to 16 MiB, the default read limits.</summary>
    public static LetterCorpusOptions Default { get; } = new();

    /// <summary>Gets the longest JSON Lines line accepted, in bytes, without its line end; a longer line is reported and skipped without being held in memory.</summary>
    /// <value>At least 1; <see cref="DefaultMaxLineBytes"/> by default. Only JSON Lines has lines; the other forms limit each letter by <see cref="LetterJsonReadOptions.MaxDocumentBytes"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxLineBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The longest line must be at least one byte.");
    }

    = DefaultMaxLineBytes;

    /// <summary>
    /// Gets a value indicating whether the first entry that is not a readable letter ends the read by throwing its
    /// <see cref="LetterJsonException"/>. When <see langword="false"/> (the default), every entry is reported, good or
    /// bad, and reading goes on to the end. Entries a folder does not read (see <see cref="LetterReadCodes"/>) and file
    /// errors are reported either way: they are not exceptions.
    /// </summary>
    public bool StopAtFirstError { get; init; }

    /// <summary>
    /// Gets the limits on each letter of the corpus: <see cref="LetterJsonReadOptions.MaxDepth"/>,
    /// <see cref="LetterJsonReadOptions.MaxStringLength"/> and <see cref="LetterJsonReadOptions.MaxItemsPerList"/> always;
    /// <see cref="LetterJsonReadOptions.MaxDocumentBytes"/> for each item of an array and each file of a folder (a
    /// JSON Lines line is limited by <see cref="MaxLineBytes"/> instead). The corpus itself has no size limit: it is
    /// streamed.
    /// </summary>
    /// <value><see cref="LetterJsonReadOptions.Default"/> by default.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public LetterJsonReadOptions ReadOptions
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    }

    = LetterJsonReadOptions.Default;
}
