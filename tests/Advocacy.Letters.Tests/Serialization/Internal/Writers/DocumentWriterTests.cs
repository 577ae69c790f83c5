using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization.Internal.Writers;

/// <summary>
/// The hand-written write path (Serialization/Internal/Writers): byte for byte the output System.Text.Json gave with
/// the format's settings, the same refusals wherever they lie, and nothing out of a refused letter.
/// </summary>
public class DocumentWriterTests
{
    /// <summary>The serializer with the format's settings: what the library wrote before its writers were hand-written.</summary>
    private static readonly JsonSerializerOptions Serializer = new()
    {
        TypeInfoResolver = LetterJson.TypeInfoResolver,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions SingleLineSerializer = new(Serializer) { WriteIndented = false };

    // Text that each target escapes differently: JSON's own punctuation, controls, separators, bidi, emoji, markup.
    private static readonly string[] Hostile =
    [
        "\"quoted\" and \\back\\slashed", "\u0000\u0001\u001F\u007F", "tab\tnew\nline\rreturn", "\u2028\u2029",
        "\u202Eevil\u202C \u200F\u2067", "😀👩🏽‍⚖️🇰🇵𝄞", "김정일 日本語 שלום مرحبا", "</script><b>&amp;'", "\uFEFF\uFFFD\uFFFF",
        "=cmd|' /C calc'!A0", "]]>", "e\u0301 \u0308", string.Empty, new string('x', 40_000) + "😀",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3];

    [Fact]
    public void ToUtf8Bytes_Dataset_IsWhatTheSerializerWrote()
    {
        AssertAsSerializer(SampleLetters.Dprk2011);
        AssertAsSerializer(TestLetters.Complete);
        AssertAsSerializer(TestLetters.Minimal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ToUtf8Bytes_GeneratedLetters_AreWhatTheSerializerWrote(int seed)
    {
        foreach (var letter in SampleLetters.Generate(200, seed))
        {
            AssertAsSerializer(letter);
        }
    }

    [Fact]
    public void ToUtf8Bytes_BigLetter_GrowsItsBuffer_AndIsWhatTheSerializerWrote()
    {
        var dataset = SampleLetters.Dprk2011;
        var big = dataset with
        {
            Signatories = [.. Enumerable.Range(0, 2_000).Select(i => dataset.Signatories[i % dataset.Signatories.Length] with { Label = "s" + i })],
            Demands = [.. Enumerable.Range(0, 200).Select(i => dataset.Demands[i % dataset.Demands.Length] with { Id = "d" + i })],
        };

        var bytes = AssertAsSerializer(big);

        Assert.True(bytes.Length > 256 * 1024, $"{bytes.Length} bytes");
        using var stream = new MemoryStream();
        LetterJson.Write(big, stream);
        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal(big, LetterJson.Parse(bytes, new LetterJsonReadOptions { MaxItemsPerList = 10_000 }));
    }

    [Fact]
    public void ToUtf8Bytes_HostileText_IsWhatTheSerializerWrote_AndReadsBackEqual()
    {
        foreach (var text in Hostile)
        {
            var letter = TestLetters.Complete with
            {
                Title = text,
                Place = text,
                Body = [new Paragraph { Id = "p", Text = text }],
                Demands = [new Demand { Id = "d", Paragraph = "p", Text = text, Summary = text, Actors = [text, text], Themes = [text] }],
            };

            var bytes = AssertAsSerializer(letter);

            Assert.Equal(letter, LetterJson.Parse(bytes));
            Assert.Equal(bytes, LetterJson.ToUtf8Bytes(LetterJson.Parse(bytes)));
        }
    }

    [Fact]
    public void ToUtf8Bytes_NonAsciiText_IsWrittenAsUtf8_ControlsAndQuotesEscaped()
    {
        var json = LetterJson.ToJson(TestLetters.Minimal with { Title = "김정일 \"x\"\u0001\n<b>" });

        Assert.Contains("\"title\": \"김정일 \\\"x\\\"\\u0001\\n<b>\",\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToUtf8Bytes_EveryEnumValue_IsItsKebabCaseName_AndReadsBack()
    {
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            AssertRoundTrip(TestLetters.Complete with { Kind = kind });
        }

        foreach (var role in Enum.GetValues<AddresseeRole>())
        {
            foreach (var type in Enum.GetValues<PartyType>())
            {
                AssertRoundTrip(TestLetters.Complete with { Addressees = [TestLetters.Complete.Addressees[0] with { Role = role, Type = type }] });
            }
        }

        var response = TestLetters.Complete.Responses[0];
        foreach (var type in Enum.GetValues<LetterEventType>())
        {
            AssertRoundTrip(TestLetters.Complete with { Events = [TestLetters.Complete.Events[0] with { Type = type }] });
        }

        foreach (var channel in Enum.GetValues<ResponseChannel>())
        {
            foreach (var stance in Enum.GetValues<ResponseStance>())
            {
                AssertRoundTrip(TestLetters.Complete with { Responses = [response with { Channel = channel, Stance = stance }] });
            }
        }

        foreach (var status in Enum.GetValues<DispositionStatus>())
        {
            AssertRoundTrip(TestLetters.Complete with { Responses = [response with { Dispositions = [new Disposition { Demand = "d", Status = status }] }] });
        }

        foreach (var type in Enum.GetValues<PartyType>())
        {
            AssertRoundTrip(TestLetters.Complete with { Signatories = [TestLetters.Complete.Signatories[0] with { Type = type }] });
        }
    }

    [Fact]
    public void ToUtf8Bytes_EveryResponse_WritesItsAddressees_EvenEmpty()
    {
        var letter = TestLetters.Complete with { Responses = [TestLetters.Complete.Responses[0] with { Addressees = [] }] };

        Assert.Contains("\"addressees\": [],", LetterJson.ToJson(letter), StringComparison.Ordinal);
    }

    /// <summary>Refusals deep in a letter, each with its message and pointer, as the reflective check gave them.</summary>
    public static TheoryData<string, string> DeepRefusals => new()
    {
        { "surrogate-in-address-line", "the letter cannot be written: the text holds a lone surrogate (U+D800) at character 3, which JSON cannot carry at /addressees/0/address/lines/1" },
        { "null-address-line", "the letter cannot be written: null is not allowed as an item of 'lines' at /addressees/0/address/lines/0" },
        { "null-response-addressee", "the letter cannot be written: null is not allowed as an item of 'addressees' at /responses/0/addressees/0" },
        { "surrogate-in-party", "the letter cannot be written: the text holds a lone surrogate (U+DBFF) at character 1, which JSON cannot carry at /responses/0/from/name" },
        { "reversed-pair", "the letter cannot be written: the text holds a lone surrogate (U+DE00) at character 1, which JSON cannot carry at /body/1/text" },
        { "undefined-disposition", "the letter cannot be written: 9 is not a defined DispositionStatus value at /responses/0/dispositions/0/status" },
        { "null-position", "the letter cannot be written: null is not allowed as an item of 'positions' at /addressees/0/positions/0" },
        { "null-required-in-position", "the letter cannot be written: null is not allowed for 'title' at /addressees/0/positions/0/title" },
        { "null-schema-version", "the letter cannot be written: null is not allowed for 'schemaVersion' at /schemaVersion" },
    };

    [Theory]
    [MemberData(nameof(DeepRefusals))]
    public void Write_DeepRefusal_SaysWhatAndWhere_AndLeavesTheStreamAsItWas(string name, string message)
    {
        var letter = Refused(name);
        var before = "already here\n"u8.ToArray();
        using var stream = new MemoryStream();
        stream.Write(before);

        var failures = new List<LetterJsonException>
        {
            Assert.Throws<LetterJsonException>(() => LetterJson.ToUtf8Bytes(letter)),
            Assert.Throws<LetterJsonException>(() => LetterJson.Write(letter, stream)),
        };

        Assert.All(failures, ex => Assert.Equal(message, ex.Message));
        Assert.Equal(before, stream.ToArray());
    }

    [Fact]
    public async Task Write_RefusedLetter_LeavesTheStreamAsItWas_Async()
    {
        var before = "already here\n"u8.ToArray();
        using var stream = new MemoryStream();
        stream.Write(before);

        await Assert.ThrowsAsync<LetterJsonException>(() => LetterJson.WriteAsync(Refused("surrogate-in-party"), stream, TestContext.Current.CancellationToken));

        Assert.Equal(before, stream.ToArray());
    }

    [Fact]
    public void JsonLinesAndArrays_RefusedLetter_KeepTheLettersBefore_AndNoByteOfIt()
    {
        var good = TestLetters.Complete;
        var refused = Refused("undefined-disposition");

        using var lines = new MemoryStream();
        var lineFailure = Assert.Throws<LetterJsonException>(() => LetterJsonLines.Write([good, refused], lines, TestContext.Current.CancellationToken));
        using var array = new MemoryStream();
        var arrayFailure = Assert.Throws<LetterJsonException>(() => LetterJsonArray.Write([good, refused], array, TestContext.Current.CancellationToken));

        Assert.Equal("/responses/0/dispositions/0/status", lineFailure.Pointer);
        Assert.Equal(1, lineFailure.LineNumber);
        Assert.Equal("/1/responses/0/dispositions/0/status", arrayFailure.Pointer);
        Assert.Equal([.. LetterJsonSingleLine(good), (byte)'\n'], lines.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes("[\n  " + LetterJson.ToJson(good).TrimEnd('\n').Replace("\n", "\n  ", StringComparison.Ordinal)), array.ToArray());
    }

    [Fact]
    public void JsonLines_Letter_IsTheSerializersSingleLine()
    {
        foreach (var letter in SampleLetters.Generate(50, 7).Append(SampleLetters.Dprk2011))
        {
            using var lines = new MemoryStream();
            LetterJsonLines.Write([letter], lines, TestContext.Current.CancellationToken);

            Assert.Equal([.. LetterJsonSingleLine(letter), (byte)'\n'], lines.ToArray());
        }
    }

    private static byte[] LetterJsonSingleLine(Letter letter) => JsonSerializer.SerializeToUtf8Bytes(letter, SingleLineSerializer);

    private static byte[] AssertAsSerializer(Letter letter)
    {
        var bytes = LetterJson.ToUtf8Bytes(letter);
        var expected = JsonSerializer.SerializeToUtf8Bytes(letter, Serializer);
        Assert.Equal(Encoding.UTF8.GetString(expected) + "\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal([.. expected, (byte)'\n'], bytes);
        return bytes;
    }

    private static void AssertRoundTrip(Letter letter)
    {
        var bytes = AssertAsSerializer(letter);
        Assert.Equal(letter, LetterJson.Parse(bytes));
    }

    private static Letter Refused(string name)
    {
        var complete = TestLetters.Complete;
        var addressee = complete.Addressees[0];
        var response = complete.Responses[0];
        return name switch
        {
            "surrogate-in-address-line" => complete with { Addressees = [addressee with { Address = new PostalAddress { Lines = ["ok", "ab\ud800"] } }] },
            "null-address-line" => complete with { Addressees = [addressee with { Address = new PostalAddress { Lines = [null!] } }] },
            "null-response-addressee" => complete with { Responses = [response with { Addressees = [null!] }] },
            "surrogate-in-party" => complete with { Responses = [response with { From = response.From with { Name = "\udbff" } }] },
            "reversed-pair" => complete with { Body = [complete.Body[0], new Paragraph { Id = "p2", Text = "😀"[1].ToString() + "😀"[0] }] },
            "undefined-disposition" => complete with { Responses = [response with { Dispositions = [new Disposition { Demand = "d", Status = (DispositionStatus)9 }] }] },
            "null-position" => complete with { Addressees = [addressee with { Positions = [null!] }] },
            "null-required-in-position" => complete with { Addressees = [addressee with { Positions = [new Position { Title = null! }] }] },
            "null-schema-version" => complete with { SchemaVersion = null! },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }
}
