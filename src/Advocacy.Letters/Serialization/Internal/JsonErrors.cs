using System;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Turns whatever System.Text.Json throws for bad input into one <see cref="LetterJsonException"/> whose message a
/// person can act on: what is wrong in our format's words (members, not .NET properties), then where.
/// </summary>
internal static class JsonErrors
{
    private const RegexOptions Flags = RegexOptions.CultureInvariant | RegexOptions.Singleline;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest System.Text.Json message passed through as it is.</summary>
    private const int MaxPassedThrough = 200;

    // System.Text.Json appends its own location; ours comes from the exception's properties instead. Anchored at both
    // ends and free of adjacent quantifiers, it runs in linear time; see Clean.
    private static readonly Regex LocationSuffix = new(@"^LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", Flags, Timeout);
    private static readonly Regex UnmappedMember = new(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']*)'\.", Flags, Timeout);
    private static readonly Regex MissingRequired = new(@"^JSON deserialization for type '(?<type>[^']*)' was missing required properties including: (?<names>.*?)\.?$", Flags, Timeout);
    private static readonly Regex Duplicate = new(@"^Duplicate property '(?<name>.*)' encountered", Flags, Timeout);
    private static readonly Regex DuplicateOther = new(@"duplicate propert", Flags | RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex NullNotAllowed = new(@"^The (property or field|property|constructor parameter) '(?<name>[^']*)' on type '(?<type>[^']*)' doesn't allow (setting |getting )?null values", Flags, Timeout);
    private static readonly Regex WrongToken = new(@"^Cannot get the value of a token type '(?<token>\w+)' as a (?<kind>\w+)\.", Flags, Timeout);
    private static readonly Regex TrailingComma = new(@"^The JSON (?<what>object|array) contains a trailing comma", Flags, Timeout);
    private static readonly Regex TooDeep = new(@"^The maximum configured depth of (?<depth>\d+) has been exceeded", Flags, Timeout);
    private static readonly Regex InvalidLiteral = new(@"^'(?<text>.*)' is an invalid JSON literal\. Expected the literal '(?<literal>\w+)'", Flags, Timeout);
    private static readonly Regex CannotConvert = new(@"^The JSON value could not be converted to (?<type>[^.]+(\.[^.\s]+)*)\.?", Flags, Timeout);

    /// <summary>Tells whether <paramref name="ex"/> is one of the ways bad bytes surface from the serializer.</summary>
    public static bool IsReadFailure(Exception ex) => ex switch
    {
        JsonException => true,
        ObjectDisposedException => false,
        InvalidOperationException or ArgumentException or FormatException or OverflowException => true,
        _ => false,
    };

    /// <summary>Words <paramref name="ex"/>; <paramref name="pointer"/>, when given, locates it instead of the exception's own path.</summary>
    public static LetterJsonException Translate(Exception ex, string? pointer = null)
    {
        if (ex is LetterJsonException already)
        {
            return already;
        }

        try
        {
            return TranslateFailure(ex, pointer);
        }
        catch (RegexMatchTimeoutException)
        {
            // A message our patterns could not take apart in time: report it as it is, shortened, rather than let
            // the timeout escape as a second, undocumented exception type.
            var json = ex as JsonException;
            return new LetterJsonException(
                "the document could not be read: " + Excerpt.Of(ex.Message),
                pointer ?? JsonLocation.ToPointer(json?.Path),
                json?.LineNumber,
                json?.BytePositionInLine,
                ex);
        }
    }

    private static LetterJsonException TranslateFailure(Exception ex, string? givenPointer)
    {
        if (ex is not JsonException json)
        {
            return new LetterJsonException("the document could not be read: " + Clean(ex.Message), null, null, null, ex);
        }

        var pointer = givenPointer ?? JsonLocation.ToPointer(json.Path);
        if (json is ContractException contract)
        {
            return new LetterJsonException(contract.Reason, At(pointer, contract), json.LineNumber, json.BytePositionInLine, ex);
        }

        var message = Clean(json.Message);

        // A failure deep inside the reader may surface wrapped; the innermost message is the precise one.
        if (json.InnerException is { } inner && (inner is InvalidOperationException or ArgumentException or FormatException) &&
            message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            // The outer message names the containing type (a wrong-typed title "could not be converted to Letter");
            // the inner one names the token that was found instead.
            var wrong = WrongToken.Match(inner.Message);
            message = wrong.Success
                ? $"expected {Kind(wrong.Groups["kind"].Value)}, found {Token(wrong.Groups["token"].Value)}"
                : "the value could not be read: " + Clean(inner.Message);
        }

        return new LetterJsonException(Describe(message, ref pointer), pointer, json.LineNumber, json.BytePositionInLine, ex);
    }

    private static string? At(string? objectPointer, ContractException contract)
    {
        if (objectPointer is null)
        {
            return null;
        }

        var tokens = contract.RelativePointer.Split('/');
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = JsonLocation.EscapeToken(tokens[i]);
        }

        return objectPointer + "/" + string.Join('/', tokens);
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
            // Name the member as the document does (title), not as .NET does (Title).
            var name = pointer is { Length: > 0 } ? Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]) : JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value);
            return $"null is not allowed for '{Excerpt.Of(name)}' in {Noun(match.Groups["type"].Value)}: give a value or leave out an optional member";
        }

        match = TrailingComma.Match(message);
        if (match.Success)
        {
            return $"a trailing comma ends this {match.Groups["what"].Value}: JSON allows none";
        }

        match = TooDeep.Match(message);
        if (match.Success)
        {
            return $"the document nests arrays and objects more than {match.Groups["depth"].Value} levels deep";
        }

        if (message.StartsWith("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal))
        {
            return "the document ends early: an object or array is not closed";
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

    private static string Kind(string kind) => kind switch
    {
        "boolean" => "true or false",
        _ => (kind.Length > 0 && "aeiou".Contains(kind[0], StringComparison.Ordinal) ? "an " : "a ") + kind,
    };

    private static string Token(string token) => token switch
    {
        "StartObject" => "an object",
        "StartArray" => "an array",
        "String" => "a string",
        "Number" => "a number",
        "True" => "true",
        "False" => "false",
        "Null" => "null",
        _ => token,
    };

    private static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

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

    /// <summary>
    /// Removes System.Text.Json's <c> Path: $.a | LineNumber: 0 | BytePositionInLine: 5.</c> suffix. Plain string
    /// search, not one pattern over the whole message: a message quoting input with long runs of white space made
    /// the pattern <c>\s*(Path: \S*)?\s*\|?\s*LineNumber: …</c> backtrack until its timeout.
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
