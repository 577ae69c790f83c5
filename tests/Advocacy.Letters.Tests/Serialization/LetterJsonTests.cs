using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

public partial class LetterJsonTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(Repository.DprkJson);

    /// <summary>A letter built in code with text that tends to break writers: Korean, emoji, RTL, combining marks, quotes, backslashes.</summary>
    internal static Letter Awkward => new()
    {
        Id = "awkward",
        Title = "\"Quotes\" and \\backslashes\\ and 'single' quotes",
        Kind = LetterKind.Appeal,
        Language = "ko",
        Date = PartialDate.Parse("2011-09"),
        Place = "서울 😀 🇰🇷",
        Addressees =
        [
            new Addressee
            {
                Role = AddresseeRole.To,
                Type = PartyType.Person,
                Name = "김정일",
                OtherNames = [new AlternateName { Name = "שלום عليكم", Language = "he" }],
                Positions = [new Position { Title = "Cafe\u0301", Start = PartialDate.FromYear(1993) }],
                Address = new PostalAddress { Lines = ["line\twith tab", "C:\\path\\"], Country = "KP" },
            },
        ],
        Body = [new Paragraph { Id = "p1", Text = "emoji 👩‍👩‍👧 and </script> and \u2028 and \u0000 and \u001f" }],
        Demands = [new Demand { Id = "d1", Paragraph = "p1", Text = "emoji", Summary = "Σ", Themes = ["a", "b"] }],
        Signatories = [new Signatory { Type = PartyType.Organization, Name = "N\u0303", Label = "N\u0303 (ROK)" }],
    };

    [Fact]
    public void Parse_Dataset_WritesIdenticalBytes_ThroughEveryApi()
    {
        var text = Encoding.UTF8.GetString(Seed);

        Assert.Equal(Seed, LetterJson.ToUtf8Bytes(LetterJson.Parse(text)));
        Assert.Equal(Seed, LetterJson.ToUtf8Bytes(LetterJson.Parse(Seed)));
        Assert.Equal(Seed, LetterJson.ToUtf8Bytes(LetterJson.Read(new MemoryStream(Seed))));
        Assert.Equal(Seed, LetterJson.ToUtf8Bytes(LetterJson.ReadFile(Repository.DprkJson)));
        Assert.Equal(text, LetterJson.ToJson(LetterJson.Parse(text)));

        using var stream = new MemoryStream();
        LetterJson.Write(LetterJson.Parse(Seed), stream);
        Assert.Equal(Seed, stream.ToArray());
    }

    [Fact]
    public async Task ReadAsync_Dataset_WritesIdenticalBytes_ThroughEveryAsyncApi()
    {
        var fromStream = await LetterJson.ReadAsync(new MemoryStream(Seed), TestContext.Current.CancellationToken);
        var fromFile = await LetterJson.ReadFileAsync(Repository.DprkJson, TestContext.Current.CancellationToken);

        using var stream = new MemoryStream();
        await LetterJson.WriteAsync(fromStream, stream, TestContext.Current.CancellationToken);
        Assert.Equal(Seed, stream.ToArray());

        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.json");
        try
        {
            await LetterJson.WriteFileAsync(fromFile, path, TestContext.Current.CancellationToken);
            Assert.Equal(Seed, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
            LetterJson.WriteFile(fromFile, path, OutputOptions.Replace);
            Assert.Equal(Seed, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(fromStream, fromFile);
    }

    [Fact]
    public void ToJson_Dataset()
    {
        Snapshot.Verify(LetterJson.ToJson(SampleLetters.Dprk2011));
    }

    [Fact]
    public void ToJson_LetterBuiltInCode_RoundTripsToAnEqualLetterAndIdenticalBytes()
    {
        var json = LetterJson.ToJson(Awkward);
        var back = LetterJson.Parse(json);

        Assert.Equal(Awkward, back);
        Assert.Equal(json, LetterJson.ToJson(back));
        Assert.Equal(LetterJson.ToUtf8Bytes(Awkward), LetterJson.ToUtf8Bytes(back));
        Assert.Equal(Awkward, LetterJson.Parse(LetterJson.ToUtf8Bytes(Awkward)));
    }

    [Fact]
    public void ToJson_LetterBuiltInCode()
    {
        // Pins the escaping: BMP text (Korean, Hebrew, Arabic, combining marks) is written as UTF-8, but
        // System.Text.Json's encoder escapes every character outside the BMP (emoji) and U+2028, controls and DEL.
        Snapshot.Verify(LetterJson.ToJson(Awkward));
    }

    [Fact]
    public void ToUtf8Bytes_IsCanonical()
    {
        var bytes = LetterJson.ToUtf8Bytes(Awkward);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.All(text.Split('\n'), line => Assert.True((line.Length - line.TrimStart(' ').Length) % 2 == 0, line));
        Assert.Contains("\n  \"schemaVersion\": \"1.0\",\n", text, StringComparison.Ordinal);
        Assert.Contains("\n      \"role\": \"to\",\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\t', text);
    }

    [Fact]
    public void ToJson_NullOptionals_AreLeftOut_AndEmptyArrays_AreWrittenAsBrackets()
    {
        var json = LetterJson.ToJson(LetterJson.Parse(Documents.Minimal));

        Assert.Equal(
            "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"title\": \"t\",\n  \"kind\": \"open-letter\",\n  \"language\": \"en\",\n" +
            "  \"addressees\": [],\n  \"body\": [],\n  \"demands\": [],\n  \"signatories\": [],\n  \"events\": [],\n  \"responses\": [],\n  \"sources\": []\n}\n",
            json);
    }

    [Fact]
    public void ToJson_MembersAreInDeclaredOrder_WhateverTheInputOrder()
    {
        var shuffled = """{"signatories":[],"demands":[],"body":[],"addressees":[],"language":"en","kind":"open-letter","title":"t","id":"x","schemaVersion":"1.0"}""";

        Assert.Equal(LetterJson.ToJson(LetterJson.Parse(Documents.Minimal)), LetterJson.ToJson(LetterJson.Parse(shuffled)));

        var names = typeof(Letter).GetProperties().Select(p => JsonNamingCamel(p.Name)).ToArray();
        var json = LetterJson.ToJson(SampleLetters.Dprk2011);
        var positions = names.Select(n => json.IndexOf($"\n  \"{n}\":", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Parse_ByteOrderMark_IsAccepted_ByEveryApi()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Seed];
        var expected = SampleLetters.Dprk2011;

        Assert.Equal(expected, LetterJson.Parse(withBom));
        Assert.Equal(expected, LetterJson.Read(new MemoryStream(withBom)));
        Assert.Equal(expected, await LetterJson.ReadAsync(new MemoryStream(withBom), TestContext.Current.CancellationToken));
        Assert.Equal(expected, LetterJson.Parse("\uFEFF" + Encoding.UTF8.GetString(Seed)));
    }

    [Fact]
    public void Parse_TwoByteOrderMarks_IsRefused()
    {
        byte[] twice = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Seed];

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(twice));

        Assert.Equal("'0xEF' is an invalid start of a value at the document root (line 1, byte 1)", ex.Message);
    }

    [Fact]
    public void TypeInfoResolver_CarriesTheContract()
    {
        // The names and strictness come from the caller's options, not from the resolver: a caller must ask for
        // camelCase (and for the strict settings) themselves.
        var options = new System.Text.Json.JsonSerializerOptions
        {
            TypeInfoResolver = LetterJson.TypeInfoResolver,
            PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        };

        var letter = System.Text.Json.JsonSerializer.Deserialize<Letter>(Documents.Minimal, options);

        Assert.Equal("x", letter!.Id);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            System.Text.Json.JsonSerializer.Deserialize<Letter>(Documents.Edit(Documents.Minimal, "\"body\":[]", "\"body\":[null]"), options));
    }

    [Fact]
    public void Parse_EscapedNamesAndDates_ReadAsTheText()
    {
        // Enumerations and dates are matched on their bytes when they are plain; an escaped spelling is the same text.
        var plain = LetterJson.Parse(Documents.WithDate("\"2011-09-08\""));
        var escaped = LetterJson.Parse(Documents.Edit(
            Documents.Edit(Documents.Minimal, "\"kind\":\"open-letter\"", "\"date\":\"\\u0032011-09-0\\u0038\",\"kind\":\"\\u006fpen-letter\""),
            "\"signatories\":[]",
            "\"signatories\":[{\"type\":\"pers\\u006fn\",\"name\":\"a\",\"label\":\"a\"}]"));

        Assert.Equal(LetterKind.OpenLetter, escaped.Kind);
        Assert.Equal(plain.Date, escaped.Date);
        Assert.Equal(PartialDate.Parse("2011-09-08"), escaped.Date);
        Assert.Equal(PartyType.Person, Assert.Single(escaped.Signatories).Type);
    }

    [Fact]
    public void Parse_ListsAfterAFailedParse_HoldOnlyTheirOwnItems()
    {
        // The readers collect list items in a builder kept per thread: a parse that fails half-way through a list
        // must leave nothing behind for the next one, and no two letters may share an array.
        var three = Documents.Edit(Documents.Minimal, "\"demands\":[]",
            "\"demands\":[{\"id\":\"d1\",\"paragraph\":\"p1\",\"text\":\"a\",\"summary\":\"s\",\"themes\":[\"x\",\"y\",\"z\"]}]");
        var failing = Documents.Edit(Documents.Minimal, "\"demands\":[]",
            "\"demands\":[{\"id\":\"d1\",\"paragraph\":\"p1\",\"text\":\"a\",\"summary\":\"s\",\"themes\":[\"stale\",\"stale\",1]}]");
        var one = Documents.Edit(Documents.Minimal, "\"demands\":[]",
            "\"demands\":[{\"id\":\"d1\",\"paragraph\":\"p1\",\"text\":\"a\",\"summary\":\"s\",\"themes\":[\"w\"]}]");

        var first = LetterJson.Parse(three);
        Assert.Throws<LetterJsonException>(() => LetterJson.Parse(failing));
        var second = LetterJson.Parse(one);
        var third = LetterJson.Parse(three);

        Assert.Equal(["x", "y", "z"], first.Demands[0].Themes);
        Assert.Equal(["w"], second.Demands[0].Themes);
        Assert.Equal(first, third);
        Assert.Empty(LetterJson.Parse(Documents.Minimal).Demands);
    }

    [Fact]
    public void Parse_NestedListsOfOneType_KeepTheirOwnItems()
    {
        // A list read inside an item of a list of the same type (strings in a response inside the responses) gets
        // a builder of its own, so the outer list is not mixed with the inner one.
        var letter = LetterJson.Parse(Documents.Edit(Documents.Minimal, "\"signatories\":[]",
            "\"signatories\":[],\"sources\":[{\"id\":\"s1\",\"url\":\"https://example.org/1\"},{\"id\":\"s2\",\"url\":\"https://example.org/2\"}],"
            + "\"responses\":[{\"id\":\"r1\",\"date\":\"2011\",\"from\":{\"type\":\"person\",\"name\":\"f\"},\"channel\":\"phone\",\"stance\":\"refused-to-engage\",\"summary\":\"s\",\"addressees\":[\"a1\",\"a2\"],\"sources\":[\"s1\"]},"
            + "{\"id\":\"r2\",\"date\":\"2012\",\"from\":{\"type\":\"person\",\"name\":\"g\"},\"channel\":\"phone\",\"stance\":\"refused-to-engage\",\"summary\":\"s\",\"addressees\":[],\"sources\":[\"s1\",\"s2\"]}]"));

        Assert.Equal(["a1", "a2"], letter.Responses[0].Addressees);
        Assert.Equal(["s1"], letter.Responses[0].Sources);
        Assert.Empty(letter.Responses[1].Addressees);
        Assert.Equal(["s1", "s2"], letter.Responses[1].Sources);
    }

    [Theory]
    [InlineData("\"KR\"", "KR")]
    [InlineData("\"\\u004BR\"", "KR")]
    [InlineData("\"kr\"", "kr")]
    [InlineData("\"XX\"", "XX")]
    [InlineData("\"KOR\"", "KOR")]
    [InlineData("\"K\"", "K")]
    [InlineData("\"\"", "")]
    [InlineData("null", null)]
    public void Parse_Country_ReadsAsTheText(string json, string? expected)
    {
        // A known code comes from the country table rather than as a new string; every other spelling is read as it
        // is, for the validator to judge.
        var letter = LetterJson.Parse(Documents.Edit(Documents.Minimal, "\"signatories\":[]",
            $"\"signatories\":[{{\"type\":\"person\",\"name\":\"a\",\"country\":{json},\"label\":\"a\"}}]"));

        Assert.Equal(expected, Assert.Single(letter.Signatories).Country);
    }

    [Fact]
    public void Parse_AKnownCountry_IsOneStringForEveryLetter()
    {
        // What the country table saves a corpus: thousands of signatories naming "KR" hold one string between them.
        var json = Documents.Edit(Documents.Minimal, "\"signatories\":[]",
            "\"signatories\":[{\"type\":\"person\",\"name\":\"a\",\"country\":\"KR\",\"label\":\"a\"}]");

        var first = Assert.Single(LetterJson.Parse(json).Signatories).Country;
        var second = Assert.Single(LetterJson.Parse(json).Signatories).Country;

        Assert.Same(first, second);
    }

    [Fact]
    public void Parse_EveryKindOfCountry_ComesFromTheTable()
    {
        // A signatory's, an addressee's postal address's and a response's author's country are all read the same way.
        var json = Documents.Edit(
            Documents.Edit(Documents.Minimal, "\"addressees\":[]",
                "\"addressees\":[{\"id\":\"a1\",\"role\":\"to\",\"type\":\"person\",\"name\":\"n\",\"address\":{\"lines\":[\"l\"],\"country\":\"KP\"}}]"),
            "\"signatories\":[]",
            "\"signatories\":[{\"type\":\"person\",\"name\":\"a\",\"country\":\"KP\",\"label\":\"a\"}],"
            + "\"responses\":[{\"id\":\"r1\",\"date\":\"2011\",\"from\":{\"type\":\"person\",\"name\":\"f\",\"country\":\"KP\"},\"channel\":\"phone\",\"stance\":\"refused-to-engage\",\"summary\":\"s\"}]");

        var letter = LetterJson.Parse(json);
        var again = LetterJson.Parse(json);

        Assert.Equal("KP", letter.Signatories[0].Country);
        Assert.Same(letter.Signatories[0].Country, letter.Addressees[0].Address!.Country);
        Assert.Same(letter.Signatories[0].Country, letter.Responses[0].From.Country);
        Assert.Same(letter.Signatories[0].Country, again.Signatories[0].Country);
    }

    [Theory]
    [InlineData("82", "expected a string, found a number")]
    [InlineData("{}", "expected a string, found an object")]
    [InlineData("[\"KR\"]", "expected a string, found an array")]
    public void Parse_ACountryThatIsNotAString_IsRefusedAtItsMember(string value, string reason)
    {
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(Documents.Edit(Documents.Minimal, "\"signatories\":[]",
            $"\"signatories\":[{{\"type\":\"person\",\"name\":\"a\",\"country\":{value},\"label\":\"a\"}}]")));

        Assert.Equal("/signatories/0/country", ex.Pointer);
        Assert.StartsWith(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AfterAFailedParse_LocatesItsOwnFailure()
    {
        // The path the cursor keeps is reused by the thread's next parse: a deep failure must leave nothing that a
        // shallower one, or a parse that succeeds, would report.
        var deep = Documents.Edit(Documents.Minimal, "\"demands\":[]",
            "\"demands\":[{\"id\":\"d1\",\"paragraph\":\"p1\",\"text\":\"a\",\"summary\":\"s\",\"themes\":[\"x\",\"y\",1]}]");
        var shallow = Documents.Edit(Documents.Minimal, "\"id\":\"x\"", "\"id\":1");

        var first = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(deep));
        var fine = LetterJson.Parse(Documents.Minimal);
        var second = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(shallow));
        var again = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(deep));

        Assert.Equal("/demands/0/themes/2", first.Pointer);
        Assert.Equal("x", fine.Id);
        Assert.Equal("/id", second.Pointer);
        Assert.Equal(first.Message, again.Message);
    }

    private static string JsonNamingCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
