using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Schema;

/// <summary>
/// The schema's patterns against the library's own checks, so that every JSON Schema validator and
/// <see cref="LetterValidator"/> accept the same strings. The patterns use only constructs that mean the same in
/// ECMAScript, Python and .NET. They are compiled here as written: a .NET <c>$</c>, like Python's, also matches before a
/// final newline, so these tests see what Python's <c>jsonschema</c> sees, and every pattern ends in <c>$(?!\n)</c>.
/// </summary>
public sealed class SchemaPatternTests
{
    private static readonly Regex DatePattern = Compile(LetterSchemaGenerator.PartialDatePattern);
    private static readonly Regex IdPattern = Compile(LetterSchemaGenerator.IdPattern);
    private static readonly Regex TextPattern = Compile(LetterSchemaGenerator.TextPattern);
    private static readonly Regex LanguagePattern = Compile(LanguageTags.SchemaPattern);
    private static readonly Regex UrlPattern = Compile(HttpUrls.Pattern);

    private static readonly JsonNode UrlList = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.TestsSource, "Schema", "Strings", "urls.json")))!;

    public static TheoryData<string> AcceptedUrls => new(UrlList["accepted"]!.AsArray().Select(url => (string)url!));

    public static TheoryData<string> RefusedUrls => new(UrlList["refused"]!.AsArray().Select(url => (string)url!));

    public static TheoryData<int> Years => new(1, 4, 100, 400, 1600, 1700, 1800, 1900, 1904, 2000, 2011, 2012, 2024, 2100, 2400, 9996, 9999);

    [Theory]
    [MemberData(nameof(Years))]
    public void PartialDatePattern_EveryMonthAndDayOfTheYear_AgreesWithTryParse(int year)
    {
        var y = year.ToString("D4", CultureInfo.InvariantCulture);
        for (var month = 0; month <= 13; month++)
        {
            AssertDateAgrees(string.Create(CultureInfo.InvariantCulture, $"{y}-{month:D2}"));
            for (var day = 0; day <= 32; day++)
            {
                AssertDateAgrees(string.Create(CultureInfo.InvariantCulture, $"{y}-{month:D2}-{day:D2}"));
            }
        }
    }

    [Fact]
    public void PartialDatePattern_EveryYear_AgreesWithTryParse()
    {
        var leapDays = 0;
        for (var year = 0; year <= 9999; year++)
        {
            var y = year.ToString("D4", CultureInfo.InvariantCulture);
            AssertDateAgrees(y);
            AssertDateAgrees(y + "-01");
            AssertDateAgrees(y + "-02-28");
            AssertDateAgrees(y + "-02-29");
            AssertDateAgrees(y + "-12-31");
            leapDays += DatePattern.IsMatch(y + "-02-29") ? 1 : 0;
        }

        Assert.Equal(2424, leapDays); // 2499 multiples of 4 in 1–9999, less the 75 centuries not divisible by 400
    }

    [Theory]
    [InlineData("2011-02-30")]
    [InlineData("1900-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("2011-04-31")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData("2011-")]
    [InlineData("2011-9")]
    [InlineData("2011-09-8")]
    [InlineData("11")]
    [InlineData("20110")]
    [InlineData("+2011")]
    [InlineData("-2011")]
    [InlineData(" 2011")]
    [InlineData("2011\n")]
    [InlineData("2011-09-08\n")]
    [InlineData("2011-09\n")]
    [InlineData("2012-02-29\n")]
    [InlineData("2011/09/08")]
    [InlineData("2011-09-08T00:00")]
    [InlineData("２０１１")]
    [InlineData("٢٠١١")]
    public void PartialDatePattern_NotADate_IsRefusedByBoth(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.DoesNotMatch(DatePattern, text);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("release-abductees")]
    [InlineData("dprk-2011-kim-jong-il")]
    [InlineData("2011")]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    [InlineData("A")]
    [InlineData("a_b")]
    [InlineData("a b")]
    [InlineData("é")]
    [InlineData("a\n")]
    [InlineData("release-abductees\n")]
    [InlineData("a\r\n")]
    [InlineData("ａ")]
    [InlineData("١")]
    public void IdPattern_AgreesWithTheValidator(string id) => AssertIdAgrees(id);

    [Fact]
    public void IdPattern_AtTheLengthLimit_AgreesWithTheValidator()
    {
        AssertIdAgrees(new string('a', 64));
        AssertIdAgrees(new string('a', 65));
        AssertIdAgrees(string.Join('-', Enumerable.Repeat("ab", 21)) + "-a"); // 65 characters
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko-KP")]
    [InlineData("ko-Kore-KP")]
    [InlineData("zh-Hant-TW")]
    [InlineData("zh-yue-HK")]
    [InlineData("es-419")]
    [InlineData("de-CH-1901")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("en-US-u-islamcal")]
    [InlineData("en-a-bbb-x-a-ccc")]
    [InlineData("x-whatever")]
    [InlineData("qaa-Qaaa-QM-x-southern")]
    [InlineData("i-klingon")]
    [InlineData("I-KLINGON")]
    [InlineData("en-GB-oed")]
    [InlineData("EN-gb-OED")]
    [InlineData("zh-min-nan")]
    [InlineData("sgn-BE-FR")]
    [InlineData("i-\u212Alingon")] // KELVIN SIGN: a look-alike of K
    [InlineData("")]
    [InlineData("en_GB")]
    [InlineData("e")]
    [InlineData("english-language")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--GB")]
    [InlineData("en-GB-")]
    [InlineData("en\n")]
    [InlineData("ko-KP\n")]
    [InlineData("x-whatever\n")]
    [InlineData("i-klingon\n")]
    [InlineData("en GB")]
    [InlineData("de-419-DE")]
    [InlineData("a-DE")]
    [InlineData("ar-a-aaa-b-bbb-a-ccc")] // a repeated singleton is well-formed by the grammar, not valid
    [InlineData("x-")]
    [InlineData("en-x-abcdefghi")]
    [InlineData("ｅｎ")]
    public void LanguagePattern_AgreesWithIsWellFormed(string tag) => AssertLanguageAgrees(tag);

    [Fact]
    public void LanguagePattern_AtTheLengthLimit_AgreesWithIsWellFormed()
    {
        var longest = "x" + string.Concat(Enumerable.Repeat("-abcdefg", 31)) + "-abcdef"; // 256 characters
        Assert.Equal(256, longest.Length);
        AssertLanguageAgrees(longest);
        AssertLanguageAgrees(longest + "g");
    }

    [Fact]
    public void TextPattern_EveryUtf16CodeUnit_AgreesWithTheValidator()
    {
        // Inside, at the start, at the end and alone: covers forbidden characters, white space at the ends and blanks.
        // (A surrogate pair is one code point to ajv and is accepted by both; .NET regexes see two code units.)
        for (var c = char.MinValue; ; c++)
        {
            var s = c.ToString();
            AssertTextAgrees(s);
            AssertTextAgrees("a" + s + "b");
            AssertTextAgrees(s + "b");
            AssertTextAgrees("a" + s);
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000\u3000")]
    [InlineData("We ask you to act.")]
    [InlineData("김정일")]
    [InlineData(" leading")]
    [InlineData("trailing\u00A0")]
    [InlineData("tab\tinside")]
    [InlineData("line\nbreak")]
    [InlineData("override \u202Eevil")]
    [InlineData("isolate \u2066x\u2069")]
    [InlineData("zero\u200Bwidth")] // U+200B is neither white space nor a control: allowed inside and at the ends
    [InlineData("\u200B")]
    [InlineData("trailing newline\n")]
    [InlineData("trailing newline\r\n")]
    [InlineData("\n")]
    [InlineData("김정일\n")]
    public void TextPattern_AgreesWithTheValidator(string text) => AssertTextAgrees(text);

    [Theory]
    [MemberData(nameof(AcceptedUrls))]
    public void UrlPattern_AcceptedUrl_IsAcceptedByBoth(string url) => Assert.Equal((true, true), UrlVerdicts(url));

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public void UrlPattern_RefusedUrl_IsRefusedByBoth(string url) => Assert.Equal((false, false), UrlVerdicts(url));

    [Fact]
    public void UrlPattern_AtTheLengthLimit_AgreesWithTheValidator()
    {
        var longest = "https://example.org/" + new string('a', HttpUrls.MaxLength - 20);
        Assert.Equal((true, true), UrlVerdicts(longest));
        Assert.Equal((false, false), UrlVerdicts(longest + "a"));
    }

    [Fact]
    public void UrlPattern_EveryAsciiCharacterInEachPart_AgreesWithTheValidator()
    {
        // Every code unit up to U+00FF in the host, the port, the path, the query and the fragment.
        for (var c = '\0'; c <= '\u00FF'; c++)
        {
            foreach (var url in new[] { $"https://ex{c}ample.org/", $"https://example.org:8{c}/", $"https://example.org/a{c}b", $"https://example.org/?a{c}b", $"https://example.org/#a{c}b", $"https://[::{c}1]/" })
            {
                var (library, schema) = UrlVerdicts(url);
                Assert.True(library == schema, $"'{url}' (U+{(int)c:X4}): the validator says {library}, the schema {schema}");
            }
        }
    }

    private static (bool Library, bool Schema) UrlVerdicts(string url)
    {
        var letter = TestLetters.Minimal with { Sources = [new Source { Id = "source", Url = url }] };
        var library = !Codes(letter, "/sources/0/url").Contains(ValidationCodes.InvalidUrl);
        var schema = url.Length <= LetterSchemaGenerator.UrlMaxLength && UrlPattern.IsMatch(url);
        return (library, schema);
    }

    private static void AssertDateAgrees(string text) =>
        Assert.True(PartialDate.TryParse(text, out _) == DatePattern.IsMatch(text), $"'{text}': TryParse and the pattern disagree");

    private static void AssertIdAgrees(string id)
    {
        var letter = TestLetters.Minimal with { Id = id };
        var library = !Codes(letter, "/id").Contains(ValidationCodes.InvalidId);
        var schema = id.Length <= LetterSchemaGenerator.IdMaxLength && IdPattern.IsMatch(id);
        Assert.True(library == schema, $"'{id}': the validator says {library}, the schema {schema}");
    }

    private static void AssertLanguageAgrees(string tag)
    {
        var schema = tag.Length is >= 1 and <= LanguageTags.MaxLength && LanguagePattern.IsMatch(tag);
        Assert.True(LanguageTags.IsWellFormed(tag) == schema, $"'{tag}': IsWellFormed and the pattern disagree");
    }

    private static void AssertTextAgrees(string text)
    {
        var letter = TestLetters.Minimal with { Place = text };
        var library = Codes(letter, "/place").Count == 0;
        var schema = text.Length >= 1 && TextPattern.IsMatch(text);
        if (library != schema)
        {
            Assert.Fail($"{string.Join(" ", text.Select(c => $"U+{(int)c:X4}"))}: the validator says {library}, the schema {schema}");
        }
    }

    private static List<string> Codes(Letter letter, string path) =>
        LetterValidator.Validate(letter).Problems.Where(p => p.Path == path).Select(p => p.Code).ToList();

    private static Regex Compile(string pattern)
    {
        Assert.StartsWith("^", pattern, StringComparison.Ordinal);
        Assert.EndsWith(LetterSchemaGenerator.End, pattern, StringComparison.Ordinal);
        return new Regex(pattern, RegexOptions.CultureInvariant);
    }
}
