namespace Advocacy.Letters.Serialization;

/// <summary>
/// The stable codes of <see cref="LetterReadResult.Code"/>: why an entry of a corpus holds no letter. They never change
/// once published; reports and scripts may rely on them.
/// </summary>
public static class LetterReadCodes
{
    /// <summary>The entry is not a readable letter: <see cref="LetterReadResult.Error"/> says what is wrong and where.</summary>
    public const string Unreadable = "unreadable";

    /// <summary>A folder's file could not be opened or read (access denied, an I/O error); the message says why.</summary>
    public const string FileError = "file-error";

    /// <summary>A folder's file that does not end in <c>.json</c> (in any case), or is not a regular file: not read.</summary>
    public const string SkippedFile = "skipped-file";

    /// <summary>A folder inside the corpus folder: not read (a corpus folder is not searched recursively).</summary>
    public const string SkippedFolder = "skipped-folder";

    /// <summary>A symbolic link (or other reparse point) in a corpus folder, dangling or not: links are never followed.</summary>
    public const string SkippedLink = "skipped-link";
}
