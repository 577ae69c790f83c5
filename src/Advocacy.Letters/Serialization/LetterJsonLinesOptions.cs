using System;

namespace Advocacy.Letters.Serialization;

/// <summary>How <see cref="LetterJsonLines"/> reads a corpus.</summary>
public sealed class LetterJsonLinesOptions
{
    /// <summary>The default longest line, 16 MiB.</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    /// <summary>Gets the options used when none are given: collect every bad line, lines up to 16 MiB.</summary>
    public static LetterJsonLinesOptions Default { get; } = new();

    /// <summary>Gets the longest line accepted, in bytes, without its line end; a longer line is reported and skipped without being held in memory.</summary>
    /// <value>At least 1; <see cref="DefaultMaxLineBytes"/> by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxLineBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The longest line must be at least one byte.");
    }

    = DefaultMaxLineBytes;

    /// <summary>
    /// Gets a value indicating whether the first bad line ends the read by throwing its
    /// <see cref="LetterJsonException"/>. When <see langword="false"/> (the default), every line is reported, good or
    /// bad, and reading goes on to the end.
    /// </summary>
    public bool StopAtFirstError { get; init; }

    /// <summary>
    /// Gets the limits on each line's letter: <see cref="LetterJsonReadOptions.MaxDepth"/>,
    /// <see cref="LetterJsonReadOptions.MaxStringLength"/> and <see cref="LetterJsonReadOptions.MaxItemsPerList"/>. A line's
    /// size is limited by <see cref="MaxLineBytes"/>; <see cref="LetterJsonReadOptions.MaxDocumentBytes"/> does not apply.
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
