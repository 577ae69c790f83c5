using System;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Turns whatever System.Text.Json throws for bad input into one <see cref="LetterJsonException"/> whose message a
/// person can act on: what is wrong in our format's words (members, not .NET properties), then where.
/// </summary>
internal static class JsonErrors
{
    private const RegexOptions Flags = RegexOptions.CultureInvariant | RegexOptions.Singleline;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // System.Text.Json appends its own location; ours comes from the exception's properties instead.
    private static readonly Regex LocationSuffix = new(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", Flags, Timeout);
    private static readonly Regex UnmappedMember = new(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']*)'\.", Flags, Timeout);
    private static readonly Regex MissingRequired = new(@"^JSON deserialization for type '(?<type>[^']*)' was missing required properties including: (?<names>.*?)\.?$", Flags, Timeout);
    private static readonly Regex Duplicate = new(@"^Duplicate property '(?<name>.*)' encountered", Flags, Timeout);
    private static readonly Regex DuplicateOther = new(@"duplicate propert", Flags | RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex NullNotAllowed = new(@"^The (property|constructor parameter) '(?<name>[^']*)' on type '(?<type>[^']*)' doesn't allow (setting|getting) null values", Flags, Timeout);
    private static readonly Regex CannotConvert = new(@"^The JSON value could not be converted to (?<type>[^.]+(\.[^.\s]+)*)\.?", Flags, Timeout);

    /// <summary>Tells whether <paramref name="ex"/> is one of the ways bad bytes surface from the serializer.</summary>
    public static bool IsReadFailure(Exception ex) => ex switch
    {
        JsonException => true,
        ObjectDisposedException => false,
        InvalidOperationException or ArgumentException or FormatException or OverflowException => true,
        _ => false,
    };

    public static LetterJsonException Translate(Exception ex)
    {
        if (ex is LetterJsonException already)
        {
            return already;
        }

        if (ex is not JsonException json)
        {
            return new LetterJsonException("the document could not be read: " + Clean(ex.Message), null, null, null, ex);
        }

        var pointer = JsonLocation.ToPointer(json.Path);
        var message = Clean(json.Message);

        // A failure deep inside the reader may surface wrapped; the innermost message is the precise one.
        if (json.InnerException is { } inner && (inner is InvalidOperationException or ArgumentException or FormatException) &&
            message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            message = "the value could not be read: " + Clean(inner.Message);
        }

        return new LetterJsonException(Describe(message, ref pointer), pointer, json.LineNumber, json.BytePositionInLine, ex);
    }

    private static string Describe(string message, ref string? pointer)
    {
        var match = UnmappedMember.Match(message);
        if (match.Success)
        {
            var name = match.Groups["name"].Value;

            // Point at the member itself. System.Text.Json 10 (which both targets use) already ends the path with the
            // member; appending it again gave /signatories/0/colour/colour. Older versions reported the object's path.
            var token = "/" + JsonLocation.EscapeToken(name);
            if (pointer is not null && !pointer.EndsWith(token, StringComparison.Ordinal))
            {
                pointer += token;
            }

            return $"unknown member '{Excerpt.Of(name)}' in {Noun(match.Groups["type"].Value)}";
        }

        match = MissingRequired.Match(message);
        if (match.Success)
        {
            var names = match.Groups["names"].Value;
            var plural = names.Contains(',', StringComparison.Ordinal) ? "s" : string.Empty;
            return $"missing required member{plural} {names} in {Noun(match.Groups["type"].Value)}";
        }

        match = Duplicate.Match(message);
        if (match.Success)
        {
            return $"duplicate member '{Excerpt.Of(match.Groups["name"].Value)}': each member may appear once";
        }

        if (DuplicateOther.IsMatch(message))
        {
            return "duplicate member: each member may appear once";
        }

        match = NullNotAllowed.Match(message);
        if (match.Success)
        {
            return $"null is not allowed for '{match.Groups["name"].Value}': give a value or leave out an optional member";
        }

        match = CannotConvert.Match(message);
        if (match.Success)
        {
            return "expected " + Expected(match.Groups["type"].Value);
        }

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the document is empty: expected a letter object";
        }

        return LowerFirst(message);
    }

    private static string Expected(string type)
    {
        var simple = type.Contains("ImmutableArray", StringComparison.Ordinal) ? "array" : type[(type.LastIndexOf('.') + 1)..];
        return simple switch
        {
            "String" => "a string",
            "array" => "an array",
            "Boolean" => "true or false",
            "Int32" or "Int64" or "Double" or "Decimal" => "a number",
            _ => Noun(type) + " (a JSON object)",
        };
    }

    /// <summary>Names a model type as the format does: <c>Advocacy.Letters.LetterResponse</c> is "a letter response".</summary>
    private static string Noun(string typeName)
    {
        var simple = typeName[(typeName.LastIndexOf('.') + 1)..];
        var words = new StringBuilder();
        foreach (var c in simple)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        var text = words.ToString();
        return (text.Length > 0 && "aeiou".Contains(text[0], StringComparison.Ordinal) ? "an " : "a ") + text;
    }

    private static string Clean(string message) => LocationSuffix.Replace(message, string.Empty).Trim();

    private static string LowerFirst(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;
}
