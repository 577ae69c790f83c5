using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

public partial class LetterJsonTests
{
    private static Letter MinimalLetter => LetterJson.Parse(Documents.Minimal);

    /// <summary>Letters built in code that the format cannot carry, and the exact message writing gives.</summary>
    public static TheoryData<string, string> Unwritable => new()
    {
        { "null-title", "the letter cannot be written: null is not allowed for 'title' at /title" },
        { "undefined-enum", "the letter cannot be written: 42 is not a defined LetterKind value at /kind" },
        { "nested-undefined-enum", "the letter cannot be written: 7 is not a defined PartyType value at /signatories/0/type" },
        { "null-object", "the letter cannot be written: null is not allowed for 'from' at /responses/0/from" },
        { "null-item", "the letter cannot be written: null is not allowed as an item of 'body' at /body/0" },
        { "lone-surrogate-in-array", "the letter cannot be written: the text holds a lone surrogate (U+DC00) at character 1, which JSON cannot carry at /demands/0/themes/0" },
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public async Task Write_LetterTheFormatCannotCarry_ThrowsJsonException_FromEveryWriter(string name, string message)
    {
        var letter = UnwritableLetter(name);
        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.json");
        using var stream = new MemoryStream();

        var failures = new List<JsonException>
        {
            Assert.Throws<LetterJsonException>(() => LetterJson.ToJson(letter)),
            Assert.Throws<LetterJsonException>(() => LetterJson.ToUtf8Bytes(letter)),
            Assert.Throws<LetterJsonException>(() => LetterJson.Write(letter, stream)),
            await Assert.ThrowsAsync<LetterJsonException>(() => LetterJson.WriteAsync(letter, stream, TestContext.Current.CancellationToken)),
            Assert.Throws<LetterJsonException>(() => LetterJson.WriteFile(letter, path)),
            await Assert.ThrowsAsync<LetterJsonException>(() => LetterJson.WriteFileAsync(letter, path, TestContext.Current.CancellationToken)),
        };

        Assert.All(failures, ex => Assert.Equal(message, ex.Message));
        Assert.Equal(0, stream.Length);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Write_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("letter", () => LetterJson.ToJson(null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => LetterJson.Write(MinimalLetter, null!));
        Assert.Throws<ArgumentNullException>("json", () => LetterJson.Parse((string)null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => LetterJson.Read(null!));
    }

    private static Letter UnwritableLetter(string name) => name switch
    {
        "null-title" => MinimalLetter with { Title = null! },
        "undefined-enum" => MinimalLetter with { Kind = (LetterKind)42 },
        "nested-undefined-enum" => MinimalLetter with { Signatories = [new Signatory { Type = (PartyType)7, Name = "n", Label = "n" }] },
        "null-object" => MinimalLetter with
        {
            Responses = [new LetterResponse { Id = "r", Date = PartialDate.FromYear(2011), From = null!, Channel = ResponseChannel.Phone, Stance = ResponseStance.Rejected, Summary = "s" }],
        },
        "null-item" => MinimalLetter with { Body = [null!] },
        "lone-surrogate-in-array" => MinimalLetter with { Demands = [new Demand { Id = "d", Paragraph = "p", Text = "t", Summary = "s", Themes = ["\udc00"] }] },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
