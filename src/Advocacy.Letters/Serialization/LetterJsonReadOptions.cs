using System;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Limits on what <see cref="LetterJson"/> reads: the size of the document, how deeply it nests, how long a string may
/// be and how many items an array may hold. Input past a limit is refused with a <see cref="LetterJsonException"/>
/// whose message names the limit, before any letter is built from it.
/// </summary>
/// <remarks>
/// <para>The defaults are far beyond any real letter (the DPRK sample is 28 KB, nests 5 levels and has 41 signatories)
/// and small enough that a hostile document cannot exhaust memory: at most 16 MiB is read from a stream, whatever its
/// length. Raise them for unusual corpora; lower them for untrusted input on small machines.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class LetterJsonReadOptions
{
    /// <summary>The default largest document, 16 MiB, the same as <see cref="LetterCorpusOptions.DefaultMaxLineBytes"/>.</summary>
    public const int DefaultMaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The default deepest nesting of arrays and objects, 64, as in System.Text.Json.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default longest string, 1 MiB (1,048,576) UTF-16 characters.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>The default largest array, 100,000 items.</summary>
    public const int DefaultMaxItemsPerList = 100_000;

    /// <summary>Gets the options used when none are given: every limit at its default.</summary>
    public static LetterJsonReadOptions Default { get; } = new();

    /// <summary>Gets the largest document accepted, in bytes of UTF-8 including any byte order mark; a stream is read no further than this.</summary>
    /// <value>At least 1; <see cref="DefaultMaxDocumentBytes"/> by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDocumentBytes
    {
        get;
        init => field = AtLeastOne(value);
    }

    = DefaultMaxDocumentBytes;

    /// <summary>Gets the deepest nesting of arrays and objects accepted; the letter object itself is level 1.</summary>
    /// <value>At least 1; <see cref="DefaultMaxDepth"/> by default. A letter of the format nests at most 5 levels.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth
    {
        get;
        init => field = AtLeastOne(value);
    }

    = DefaultMaxDepth;

    /// <summary>Gets the longest string value or member name accepted, in UTF-16 characters after unescaping (the length of the .NET string).</summary>
    /// <value>At least 1; <see cref="DefaultMaxStringLength"/> by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringLength
    {
        get;
        init => field = AtLeastOne(value);
    }

    = DefaultMaxStringLength;

    /// <summary>Gets the largest number of items accepted in any one array, such as <c>signatories</c>.</summary>
    /// <value>At least 1; <see cref="DefaultMaxItemsPerList"/> by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxItemsPerList
    {
        get;
        init => field = AtLeastOne(value);
    }

    = DefaultMaxItemsPerList;

    private static int AtLeastOne(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
}
