using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Xunit;
using static Advocacy.Letters.Tests.Infrastructure.Documents;

namespace Advocacy.Letters.Tests.Serialization;

/// <summary>Issue 8 part 7: encodings, the byte order mark, missing members, near names.</summary>
public partial class LetterJsonTests
{
    public static TheoryData<string, bool, string> OtherEncodings => new()
    {
        { "utf-16LE", true, "UTF-16" },
        { "utf-16LE", false, "UTF-16" },
        { "utf-16BE", true, "UTF-16" },
        { "utf-16BE", false, "UTF-16" },
        { "utf-32LE", true, "UTF-32" },
        { "utf-32LE", false, "UTF-32" },
        { "utf-32BE", true, "UTF-32" },
        { "utf-32BE", false, "UTF-32" },
    };

    [Theory]
    [MemberData(nameof(OtherEncodings))]
    public async Task Read_Utf16OrUtf32_RefusedWithTheJsonLinesMessage_FromEveryApi(string encodingName, bool withBom, string named)
    {
        var encoding = encodingName switch
        {
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => (Encoding)new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        var bytes = (withBom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(Minimal)).ToArray();

        foreach (var ex in await ReadEveryWay(bytes, text: null))
        {
            Assert.Equal($"the file is {named}; a letter must be UTF-8: convert the file and read it again (line 1, byte 1)", ex.Message);
        }

        // JSON Lines words it the same way.
        var line = Assert.Single(LetterJsonLines.Read(new MemoryStream(bytes)).Take(1));
        Assert.Equal($"the file is {named}; JSON Lines must be UTF-8: convert the file and read it again (line 1, byte 1)", line.Error!.Message);
    }

    [Fact]
    public async Task Read_Utf8ByteOrderMark_IsIgnoredByEveryApi()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8(Minimal)).ToArray();
        Assert.Equal("x", LetterJson.Parse(bytes).Id);
        Assert.Equal("x", LetterJson.Read(new MemoryStream(bytes)).Id);
        Assert.Equal("x", (await LetterJson.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken)).Id);
    }

    [Fact]
    public async Task Read_EmptyObject_ListsEveryMissingMember()
    {
        foreach (var ex in await ReadEveryWay(Utf8("{}"), "{}"))
        {
            Assert.Equal(
                "missing required members 'schemaVersion', 'id', 'title', 'kind', 'language', 'addressees', 'body', 'demands', 'signatories' in a letter at the document root (line 1, byte 3)",
                ex.Message);
        }
    }

    public static TheoryData<string, string> NearNames => new()
    {
        { WithRootMembers("\"titel\":\"t\","), "unknown member 'titel' in a letter (did you mean 'title'?) at /titel (line 1, byte 10)" },
        { WithRootMembers("\"Title\":\"t\","), "unknown member 'Title' in a letter (did you mean 'title'?) at /Title (line 1, byte 10)" },
        { Edit(WithSignatory, "\"label\":\"a\"", "\"lable\":\"a\""), "unknown member 'lable' in a signatory (did you mean 'label'?) at /signatories/0/lable (line 1, byte 172)" },
        { Edit(Minimal, "\"body\":[]", "\"body\":[],\"event\":[]"), "unknown member 'event' in a letter (did you mean 'events'?) at /event (line 1, byte 116)" },
        { WithRootMembers("\"a\":1,"), "unknown member 'a' in a letter at /a (line 1, byte 6)" },
    };

    [Theory]
    [MemberData(nameof(NearNames))]
    public async Task Read_UnknownMember_SuggestsANearName(string json, string message)
    {
        foreach (var ex in await ReadEveryWay(Utf8(json), json))
        {
            Assert.Equal(message, ex.Message);
        }
    }

    [Fact]
    public async Task Read_InvisibleCharacterInAMemberName_IsEscapedInTheMessage()
    {
        var json = WithRootMembers("\"ti\u200Btle\":\"t\",");
        foreach (var ex in await ReadEveryWay(Utf8(json), json))
        {
            Assert.StartsWith("unknown member 'ti\\u200Btle' in a letter (did you mean 'title'?) at /ti\\u200Btle", ex.Message);
        }
    }

    [Fact]
    public void Read_NullItemAndLaterFault_ReportsTheLaterFaultFirst_AsBefore()
    {
        // A null item is reported when its object ends, so a fault later in the same object wins, as it did when
        // the serializer's contract check ran after the object was read.
        var json = Edit(Minimal, "\"body\":[]", "\"body\":[null],\"colour\":1");
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));
        Assert.Equal("/colour", ex.Pointer);
    }

    [Fact]
    public void Read_NullItemBeforeAnotherItem_IsReportedWhenItsOwnerEnds()
    {
        var json = Edit(Minimal, "\"addressees\":[]", "\"addressees\":[{\"role\":\"to\",\"type\":\"person\",\"name\":\"k\",\"otherNames\":[null,{\"name\":\"n\"}],\"colour\":1}]");
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        // Not at the end of /addressees/0/otherNames/1: the addressee is read on, and its unknown member comes first.
        Assert.Equal("/addressees/0/colour", ex.Pointer);
    }

    [Fact]
    public void Read_LimitPastAfterAnotherFault_ReportsTheLimit_AsWhenLimitsWereCheckedFirst()
    {
        var json = Edit(WithTitle("1"), "\"body\":[]", "\"body\":[],\"place\":\"" + new string('p', 100) + "\"");
        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json, new LetterJsonReadOptions { MaxStringLength = 50 }));
        Assert.Equal("/place", ex.Pointer);
        Assert.Contains("MaxStringLength", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GrownLetter_ReadsBackEqual()
    {
        var grown = SampleLetters.Dprk2011 with
        {
            Signatories = [.. Enumerable.Range(0, 500).Select(i => SampleLetters.Dprk2011.Signatories[i % SampleLetters.Dprk2011.Signatories.Length] with { Label = "s" + i })],
        };
        Assert.Equal(grown, LetterJson.Parse(LetterJson.ToUtf8Bytes(grown)));
    }

}
