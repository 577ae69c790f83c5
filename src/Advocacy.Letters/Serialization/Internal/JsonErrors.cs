using System;
using System.Text.Json;
using System.Text.RegularExpressions;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Words a failure of System.Text.Json's reader (malformed JSON: a trailing comma, a broken literal, a document that
/// ends early) as one <see cref="LetterJsonException"/>: what is wrong, then where.
/// </summary>
/// <remarks>
/// Only syntax comes here: the letter readers (<see cref="Readers.JsonCursor"/>) word unknown, duplicate, missing and
/// <c>null</c> members, wrong types and limits themselves. The few reader messages recognised below are pinned by
/// JsonErrorsTests, so a new wording in System.Text.Json fails a test instead of changing a message; any other
/// message passes through as a clause, escaped and shortened.
/// </remarks>
internal static class JsonErrors
{
    private const RegexOptions Flags = RegexOptions.CultureInvariant | RegexOptions.Singleline;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest System.Text.Json message passed through as it is.</summary>
    private const int MaxPassedThrough = 200;

    // System.Text.Json appends its own location; ours comes from the exception's properties instead. Anchored at both
    // ends and free of adjacent quantifiers, it runs in linear time; see Clean.
    private static readonly Regex LocationSuffix = new(@"^LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", Flags, Timeout);
    private static readonly Regex TrailingComma = new(@"^The JSON (?<what>object|array) contains a trailing comma", Flags, Timeout);
    private static readonly Regex InvalidLiteral = new(@"^'(?<text>.*)' is an invalid JSON literal\. Expected the literal '(?<literal>\w+)'", Flags, Timeout);

    /// <summary>Words <paramref name="ex"/>, a failure of the reader, at <paramref name="pointer"/> (by default, the exception's own path).</summary>
    public static LetterJsonException Translate(JsonException ex, string? pointer = null)
    {
        pointer ??= JsonLocation.ToPointer(ex.Path);
        string reason;
        try
        {
            reason = Describe(Clean(ex.Message));
        }
        catch (RegexMatchTimeoutException)
        {
            // A message our patterns could not take apart in time: report it as it is, shortened, rather than let
            // the timeout escape as a second, undocumented exception type.
            reason = "the document could not be read: " + Excerpt.Of(ex.Message);
        }

        return new LetterJsonException(reason, pointer, ex.LineNumber, ex.BytePositionInLine, ex);
    }

    private static string Describe(string message)
    {
        var match = TrailingComma.Match(message);
        if (match.Success)
        {
            return $"a trailing comma ends this {match.Groups["what"].Value}: JSON allows none";
        }

        if (message.StartsWith("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal))
        {
            return "the document ends early: an object or array is not closed";
        }

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the document is empty: expected a letter object";
        }

        // System.Text.Json quotes the rest of the input after a broken literal (ttrue, nul, n…), however long, with
        // its line ends: quote an excerpt instead.
        match = InvalidLiteral.Match(message);
        if (match.Success)
        {
            return $"'{Excerpt.Of(match.Groups["text"].Value)}' is an invalid JSON literal. Expected the literal '{match.Groups["literal"].Value}'";
        }

        // System.Text.Json's own wording, as a clause: the location follows it, so no full stop before " at /…". It
        // should quote no more than a character of input; should a future version quote more, escape and shorten it.
        return Excerpt.Of(LowerFirst(message).TrimEnd('.'), MaxPassedThrough);
    }

    /// <summary>
    /// Removes System.Text.Json's <c> LineNumber: 0 | BytePositionInLine: 5.</c> suffix. Plain string search, not one
    /// pattern over the whole message: a message quoting input with long runs of white space made a single pattern
    /// backtrack until its timeout.
    /// </summary>
    private static string Clean(string message)
    {
        var at = message.LastIndexOf("LineNumber: ", StringComparison.Ordinal);
        if (at < 0 || !LocationSuffix.IsMatch(message.AsSpan(at)))
        {
            return message.Trim();
        }

        var head = message.AsSpan(0, at).TrimEnd();
        if (head.EndsWith("|", StringComparison.Ordinal))
        {
            head = head[..^1].TrimEnd();
        }

        var path = head.LastIndexOf("Path: ", StringComparison.Ordinal);
        if (path >= 0 && !head[(path + "Path: ".Length)..].ContainsAny(" \t\r\n"))
        {
            head = head[..path];
        }

        return head.Trim().ToString();
    }

    private static string LowerFirst(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;
}
