using System;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Rendering;

/// <summary>Letters built in code that the format cannot carry: every renderer refuses them before writing anything.</summary>
internal static class RendererContract
{
    public static TheoryData<string> UnwritableLetters => ["null-title", "null-item", "null-object", "undefined-enum", "lone-surrogate"];

    public static Letter UnwritableLetter(string name)
    {
        var letter = TestLetters.Minimal;
        return name switch
        {
            "null-title" => letter with { Title = null! },
            "null-item" => letter with { Body = [null!] },
            "null-object" => letter with
            {
                Responses = [new LetterResponse { Id = "r", Date = PartialDate.FromYear(2011), From = null!, Channel = ResponseChannel.Phone, Stance = ResponseStance.Rejected, Summary = "s" }],
            },
            "undefined-enum" => letter with { Addressees = [letter.Addressees[0] with { Role = (AddresseeRole)9 }] },
            "lone-surrogate" => letter with { Signatories = [letter.Signatories[0] with { Label = "Example \ud800 Coalition" }] },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    public static string PointerOf(string name) => name switch
    {
        "null-title" => "/title",
        "null-item" => "/body/0",
        "null-object" => "/responses/0/from",
        "undefined-enum" => "/addressees/0/role",
        "lone-surrogate" => "/signatories/0/label",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
