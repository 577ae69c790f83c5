using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;
using static Advocacy.Letters.Tests.Infrastructure.Documents;

namespace Advocacy.Letters.Tests.Serialization;

public partial class LetterJsonTests
{
    private const string Kinds = "open-letter, joint-letter, petition, appeal, private-letter";
    private const string DateRule = "is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date";

    /// <summary>Malformed documents and the exact message each gives, whichever API reads it.</summary>
    public static TheoryData<string, string, string> Malformed => new()
    {
        { "empty", "", "the document is empty: expected a letter object at the document root (line 1, byte 1)" },
        { "whitespace", " \n ", "the document is empty: expected a letter object at the document root (line 2, byte 2)" },
        { "null", "null", "expected a letter object, found null at the document root" },
        { "number", "42", "expected a letter (a JSON object) at the document root (line 1, byte 3)" },
        { "string", "\"letter\"", "expected a letter (a JSON object) at the document root (line 1, byte 9)" },
        { "array", "[]", "expected a letter (a JSON object) at the document root (line 1, byte 2)" },
        { "truncated", Minimal[..40], "the document ends early: an object or array is not closed at /title (line 1, byte 41)" },
        { "truncated-brace", "{", "the document ends early: an object or array is not closed at the document root (line 1, byte 2)" },
        { "unknown-root", WithRootMembers("\"colour\":1,"), "unknown member 'colour' in a letter at /colour (line 1, byte 11)" },
        { "unknown-nested", Edit(WithSignatory, "\"label\":\"a\"", "\"label\":\"a\",\"colour\":\"red\""), "unknown member 'colour' in a signatory at /signatories/0/colour (line 1, byte 185)" },
        { "duplicate-root", WithRootMembers("\"id\":\"y\","), "duplicate member 'id': each member may appear once at /id (line 1, byte 38)" },
        { "duplicate-nested", Edit(WithSignatory, "\"label\":\"a\"", "\"label\":\"a\",\"name\":\"b\""), "duplicate member 'name': each member may appear once at /signatories/0/name (line 1, byte 183)" },
        { "missing-root", Edit(Minimal, "\"title\":\"t\",", ""), "missing required member 'title' in a letter at the document root (line 1, byte 126)" },
        { "missing-two", Edit(Edit(Minimal, "\"title\":\"t\",", ""), "\"id\":\"x\",", ""), "missing required members 'id', 'title' in a letter at the document root (line 1, byte 117)" },
        { "missing-nested", Edit(WithSignatory, ",\"label\":\"a\"", ""), "missing required member 'label' in a signatory at /signatories/0 (line 1, byte 164)" },
        { "null-string", WithTitle("null"), "null is not allowed for 'title' in a letter: give a value or leave out an optional member at /title (line 1, byte 45)" },
        { "null-array", Edit(Minimal, "\"body\":[]", "\"body\":null"), "expected an array at /body (line 1, byte 109)" },
        { "null-object", Edit(Minimal, "\"body\":[]", "\"body\":[null]"), "null is not allowed as an item of 'body' at /body/0 (line 1, byte 142)" },
        { "null-enum", WithKind("null"), $"expected one of {Kinds} as a string at /kind (line 1, byte 56)" },
        { "null-date", Edit(Minimal, "\"body\":[]", "\"body\":[],\"events\":[{\"type\":\"released\",\"date\":null}]"), "expected a date as a string: YYYY, YYYY-MM or YYYY-MM-DD at /events/0/date (line 1, byte 148)" },
        { "number-for-string", WithTitle("1"), "expected a string, found a number at /title (line 1, byte 42)" },
        { "object-for-string", WithTitle("{}"), "expected a string, found an object at /title (line 1, byte 42)" },
        { "true-for-string", WithTitle("true"), "expected a string, found true at /title (line 1, byte 45)" },
        { "string-for-array", Edit(Minimal, "\"body\":[]", "\"body\":\"x\""), "expected an array at /body (line 1, byte 108)" },
        { "string-for-object", Edit(Minimal, "\"body\":[]", "\"body\":[\"p\"]"), "expected a paragraph (a JSON object) at /body/0 (line 1, byte 109)" },
        { "date-feb-30", WithDate("\"2011-02-30\""), $"'2011-02-30' {DateRule} at /date (line 1, byte 64)" },
        { "date-month-13", WithDate("\"2011-13\""), $"'2011-13' {DateRule} at /date (line 1, byte 61)" },
        { "date-two-digit-year", WithDate("\"11-09-08\""), $"'11-09-08' {DateRule} at /date (line 1, byte 62)" },
        { "date-unpadded", WithDate("\"2011-9-8\""), $"'2011-9-8' {DateRule} at /date (line 1, byte 62)" },
        { "date-number", WithDate("20110908"), "expected a date as a string: YYYY, YYYY-MM or YYYY-MM-DD at /date (line 1, byte 60)" },
        { "enum-unknown", WithKind("\"letter\""), $"'letter' is not one of {Kinds} at /kind (line 1, byte 60)" },
        { "enum-wrong-case", Edit(WithSignatory, "\"person\"", "\"Person\""), "'Person' is not one of person, organization at /signatories/0/type (line 1, byte 152)" },
        { "enum-number", WithKind("0"), $"expected one of {Kinds} as a string at /kind (line 1, byte 53)" },
        { "enum-lone-surrogate-escape", WithKind("\"\\ud800\""), "the value could not be read: Cannot read incomplete UTF-16 JSON text as string with missing low surrogate at /kind (line 1, byte 60)" },
        { "enum-escaped-unknown", WithKind("\"\\u006cetter\""), $"'letter' is not one of {Kinds} at /kind (line 1, byte 65)" },
        { "date-full-width-digits", WithDate("\"\uFF12\uFF10\uFF11\uFF11\""), $"'\uFF12\uFF10\uFF11\uFF11' {DateRule} at /date (line 1, byte 66)" },
        { "date-lone-surrogate-escape", WithDate("\"\\ud800\""), "the value could not be read: Cannot read incomplete UTF-16 JSON text as string with missing low surrogate at /date (line 1, byte 60)" },
        { "date-too-long", WithDate("\"2011-09-08T00:00:00Z\""), $"'2011-09-08T00:00:00Z' {DateRule} at /date (line 1, byte 74)" },
        { "trailing-comma-object", Minimal[..^1] + ",}", "a trailing comma ends this object: JSON allows none at the document root (line 1, byte 138)" },
        { "trailing-comma-array", Edit(Minimal, "\"body\":[]", "\"body\":[{\"id\":\"a\",\"text\":\"b\"},]"), "a trailing comma ends this array: JSON allows none at /body/1 (line 1, byte 128)" },
        { "line-comment", "// note\n" + Minimal, "'/' is an invalid start of a value at the document root (line 1, byte 1)" },
        { "block-comment", WithRootMembers("/* note */"), "'/' is invalid after a value. Expected either ',', '}', or ']' at the document root (line 1, byte 2)" },
        { "nan", WithTitle("NaN"), "'N' is an invalid start of a value at /title (line 1, byte 41)" },
        { "single-quotes", WithTitle("'t'"), "''' is an invalid start of a value at /title (line 1, byte 41)" },
        { "control-character", WithTitle("\"a\tb\""), "'0x09' is invalid within a JSON string. The string should be correctly escaped at /title (line 1, byte 43)" },
        { "lone-surrogate-escape", WithTitle("\"\\ud800\""), "the value could not be read: Cannot read incomplete UTF-16 JSON text as string with missing low surrogate at /title (line 1, byte 49)" },
        { "lone-low-surrogate-escape", WithTitle("\"\\udc00\""), "the value could not be read: Cannot read invalid UTF-16 JSON text as string. Invalid surrogate value: '0xDC00' at /title (line 1, byte 49)" },
        { "trailing-garbage", Minimal + "x", "'x' is invalid after a single JSON value. Expected end of data at the document root (line 1, byte 138)" },
        { "two-documents", Minimal + Minimal, "'{' is invalid after a single JSON value. Expected end of data at the document root (line 1, byte 138)" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Read_Malformed_ThrowsLetterJsonException_WithTheSameMessage_FromEveryApi(string name, string json, string message)
    {
        _ = name;
        foreach (var ex in await ReadEveryWay(Utf8(json), json))
        {
            Assert.Equal(message, ex.Message);
            if (name != "null")
            {
                Assert.NotNull(ex.Pointer);
                Assert.NotNull(ex.LineNumber);
                Assert.NotNull(ex.BytePositionInLine);
                Assert.Equal(JsonLocationTests.ToJsonPathOf(ex.Pointer), ex.Path);
            }
        }
    }

    [Theory]
    [InlineData("[", "]", "0", 1)]
    [InlineData("{\"a\":", "}", "a", 5)]
    public async Task Read_DepthBomb_ThrowsLetterJsonException_AtTheLimit_FromEveryApi(string open, string close, string token, int width)
    {
        var text = WithTitle(string.Concat(Enumerable.Repeat(open, 10_000)) + (open == "[" ? "" : "1") + string.Concat(Enumerable.Repeat(close, 10_000)));

        // The limits are checked before the letter is read, so every reader stops at the 65th level: the root object
        // is the first, /title's value the second, and the 64th container in /title the 65th.
        var pointer = "/title" + string.Concat(Enumerable.Repeat("/" + token, 63));
        var at = 41 + (63 * width);
        foreach (var ex in await ReadEveryWay(Utf8(text), text))
        {
            Assert.Equal(
                $"the document nests arrays and objects more than 64 levels deep, over the limit set by MaxDepth at {pointer} (line 1, byte {at})",
                ex.Message);
            Assert.Equal(pointer, ex.Pointer);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "the value could not be read: Cannot transcode invalid UTF-8 JSON text to UTF-16 string at /title (line 1, byte 45)")]
    [InlineData(new byte[] { 0xFF }, "the value could not be read: Cannot transcode invalid UTF-8 JSON text to UTF-16 string at /title (line 1, byte 44)")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "the value could not be read: Cannot transcode invalid UTF-8 JSON text to UTF-16 string at /title (line 1, byte 46)")]
    public async Task Read_InvalidUtf8InAString_ThrowsLetterJsonException(byte[] bad, string message)
    {
        var json = Utf8(Minimal);
        var at = Array.IndexOf(json, (byte)'t', Minimal.IndexOf("\"t\"", StringComparison.Ordinal));
        byte[] broken = [.. json[..at], .. bad, .. json[(at + 1)..]];

        foreach (var ex in await ReadEveryWay(broken, text: null))
        {
            Assert.Equal(message, ex.Message);
            Assert.Equal("/title", ex.Pointer);
        }
    }

    [Fact]
    public async Task Read_InvalidUtf8AtTheStart_ThrowsLetterJsonException()
    {
        foreach (var ex in await ReadEveryWay([0xFF], text: null))
        {
            Assert.Equal("'0xFF' is an invalid start of a value at the document root (line 1, byte 1)", ex.Message);
        }
    }

    [Fact]
    public void Parse_StringWithLoneSurrogate_ThrowsLetterJsonException_WithoutALocation()
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(WithTitle("\"a\ud800\"")));

        Assert.Equal("the text holds a lone surrogate (U+D800) at character 43, which no JSON document can carry", ex.Message);
        Assert.Null(ex.Pointer);
        Assert.Null(ex.LineNumber);
    }

    [Fact]
    public void Read_HugeInvalidValues_QuoteOnlyAnExcerpt()
    {
        var huge = new string('9', 1_000_000);
        string[] documents =
        [
            WithDate($"\"{huge}\""),
            WithKind($"\"{huge}\""),
            WithRootMembers($"\"{huge}\":1,"),
            WithRootMembers($"\"{huge}\":1,\"{huge}\":1,"),
            WithTitle(huge),
            Edit(Minimal, "\"body\":[]", $"\"body\":[{{\"id\":\"{huge}\",\"text\":\"t\",\"{huge}\":1}}]"),
        ];

        foreach (var json in documents)
        {
            var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));
            Assert.True(ex.Message.Length < 300, ex.Message[..Math.Min(ex.Message.Length, 400)]);
        }
    }

    /// <summary>Documents that have broken readers before; none may end in anything but a <see cref="LetterJsonException"/>.</summary>
    public static TheoryData<string> Nasty =>
    [
        "", " ", "\t\r\n", "\uFEFF", "\uFEFF\uFEFF{}", "null", "true", "false", "0", "-0", "1e309", "-1e309", "1.7976931348623157e309",
        "\"\"", "\"\\u0000\"", "[]", "[null]", "{}", "{", "}", "[", "]", "{\"\":null}", "{\"schemaVersion\":null}",
        "{\"schemaVersion\":\"1.0\"}", "{\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\"}", "{\"__proto__\":{}}", "{\"$type\":\"Letter\"}",
        "{\"$id\":\"1\"}", "{\"$ref\":\"1\"}", "{\"$values\":[]}", WithRootMembers("\"$type\":\"x\","),
        WithDate("\"0000\""), WithDate("\"9999-12-31\"") is var ok ? WithDate("\"10000\"") : ok, WithDate("\"-2011\""), WithDate("\"2011-02-29\""),
        WithDate("\"\""), WithDate("\" 2011\""), WithDate("\"٢٠١١\""), WithDate("{}"), WithDate("[]"), WithDate("true"),
        WithKind("\"\""), WithKind("\"open_letter\""), WithKind("\"OpenLetter\""), WithKind("\"open-letter \""), WithKind("1.5"), WithKind("[]"),
        WithTitle("\"\\uZZZZ\""), WithTitle("\"\\x41\""), WithTitle("\"\\"), WithTitle("\"abc"), WithTitle("-"), WithTitle("01"), WithTitle("1."),
        WithTitle("Infinity"), WithTitle("undefined"), WithTitle("\"\\ud800\\ud800\""), WithTitle("\"\\udfff\\ud800\""),
        Edit(Minimal, "\"addressees\":[]", "\"addressees\":[{}]"), Edit(Minimal, "\"addressees\":[]", "\"addressees\":[{\"role\":\"to\",\"type\":\"person\",\"name\":\"n\",\"address\":[]}]"),
        Edit(Minimal, "\"addressees\":[]", "\"addressees\":[{\"role\":\"to\",\"type\":\"person\",\"name\":\"n\",\"positions\":[{\"title\":\"t\",\"start\":\"2011-02-30\"}]}]"),
        Edit(Minimal, "\"body\":[]", "\"body\":[],\"responses\":[{\"id\":\"r\",\"date\":\"2011\",\"from\":null,\"channel\":\"letter\",\"stance\":\"accepted\",\"summary\":\"s\"}]"),
        Edit(Minimal, "\"body\":[]", "\"body\":[],\"responses\":[{\"id\":\"r\",\"date\":\"2011\",\"from\":{},\"channel\":\"letter\",\"stance\":\"accepted\",\"summary\":\"s\",\"dispositions\":[null]}]"),
        Minimal.Replace(":", " : ", StringComparison.Ordinal)[..^5],
    ];

    [Theory]
    [MemberData(nameof(Nasty))]
    public async Task Read_NastyInput_OnlyEverThrowsLetterJsonException(string json)
    {
        foreach (var api in ReadersOf(Utf8(json), json))
        {
            try
            {
                await api();
            }
            catch (Exception ex)
            {
                Assert.IsType<LetterJsonException>(ex);
                Assert.DoesNotContain("Advocacy.Letters.", ex.Message, StringComparison.Ordinal);
            }
        }
    }

    private static async Task<List<LetterJsonException>> ReadEveryWay(byte[] utf8, string? text)
    {
        var failures = new List<LetterJsonException>();
        foreach (var read in ReadersOf(utf8, text))
        {
            // Exactly this type: not JsonException, not InvalidOperationException.
            failures.Add(await Assert.ThrowsAsync<LetterJsonException>(read));
        }

        return failures;
    }

    private static IEnumerable<Func<Task>> ReadersOf(byte[] utf8, string? text)
    {
        if (text is not null)
        {
            yield return () => Task.FromResult(LetterJson.Parse(text));
        }

        yield return () => Task.FromResult(LetterJson.Parse(utf8));
        yield return () => Task.FromResult(LetterJson.Read(new MemoryStream(utf8)));
        yield return async () => await LetterJson.ReadAsync(new MemoryStream(utf8), TestContext.Current.CancellationToken);
    }
}
