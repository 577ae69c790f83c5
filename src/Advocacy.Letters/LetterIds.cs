using System.Diagnostics.CodeAnalysis;

namespace Advocacy.Letters;

/// <summary>
/// The rule for ids (of a letter, and of its paragraphs, demands, responses and sources): a slug of lower-case ASCII
/// letters and digits in groups joined by single hyphens, at most <see cref="MaxLength"/> characters
/// (<c>release-abductees</c>).
/// </summary>
/// <remarks>
/// This is the one statement of the rule: the validator's <c>invalid-id</c>, the edits in <see cref="LetterEdits"/>
/// and the JSON Schema's id pattern all follow it. A slug is also safe as a file name on every system.
/// </remarks>
public static class LetterIds
{
    /// <summary>The longest id, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// The rule as an ECMAScript regular expression, as the JSON Schema states it (the length apart); it ends in
    /// <c>$(?!\n)</c> so that no regex dialect (Python's <c>re.search</c>) lets a final newline through.
    /// </summary>
    internal const string Pattern = @"^[a-z0-9]+(-[a-z0-9]+)*$(?!\n)";

    /// <summary>Tells whether <paramref name="id"/> is a valid id.</summary>
    /// <param name="id">The text to check; <see langword="null"/> is not an id.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is a slug of at most <see cref="MaxLength"/> characters.</returns>
    public static bool IsValid([NotNullWhen(true)] string? id)
    {
        if (id is null || id.Length is 0 or > MaxLength || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
