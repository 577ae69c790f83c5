using System.Linq;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Rendering;

/// <summary>Text that tries to become markup in some format: every renderer must keep each of these as words.</summary>
internal static class HostileText
{
    public static readonly string[] Values =
    [
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "\"double\" 'single' `back` & &amp; &#x3C; &lt;b&gt;",
        "]]> --> <!-- <![CDATA[ x ]]> </orgName> </persName>",
        "[click](javascript:alert(1)) ![image](x.png) [ref]: https://example.org",
        "<https://example.org> www.example.org https://example.org/a_b_c",
        "# Heading",
        "1. Ordered 2) also",
        "- item + item * item",
        "> quoted",
        "    four spaces of code",
        "```fence",
        "~~~ tilde fence ~~strike~~",
        "***",
        "===",
        "---",
        "| a | b |",
        "*emphasis* _under_ **strong** __strong__",
        "line one\nline two\r\n\r\n<div onclick=alert(3)>block</div>",
        "trailing backslash \\",
        "trailing spaces   ",
        "\u202Egnp.exe\u202C and \u2067isolate\u2069 and \u200F mark",
        "emoji 🕊️✊🏽 and astral 𝒜𝔅",
        "=HYPERLINK(\"https://example.org\") +1 -1 @SUM(A1)",
        "tab\there",
        "C# Title #",
        "{{template}} ${expr} <%= erb %>",
    ];

    public static TheoryData<int> Indexes => new(Enumerable.Range(0, Values.Length));

    /// <summary>The minimal test letter with <paramref name="value"/> in every text a renderer shows.</summary>
    public static Letter LetterWith(string value)
    {
        var letter = TestLetters.Minimal;
        return letter with
        {
            Title = value,
            Place = value,
            Date = PartialDate.Parse("2011-09-08"),
            Addressees =
            [
                new Addressee
                {
                    Role = AddresseeRole.To,
                    Type = PartyType.Person,
                    Name = value,
                    Honorific = value,
                    Positions = [new Position { Title = value, Label = value }],
                    Address = new PostalAddress { Lines = [value] },
                },
                new Addressee { Role = AddresseeRole.Cc, Type = PartyType.Organization, Name = value },
            ],
            Salutation = value,
            Body = [new Paragraph { Id = "ask", Text = value }],
            Demands = [new Demand { Id = "act", Paragraph = "ask", Text = value, Summary = value }],
            Closing = value,
            Valediction = value,
            Signatories =
            [
                new Signatory { Type = PartyType.Organization, Name = value, Label = value },
                new Signatory { Type = PartyType.Organization, Name = "Example Coalition", Label = "Example Coalition" },
            ],
            Responses =
            [
                new LetterResponse
                {
                    Id = "reply",
                    Date = PartialDate.Parse("2011-10"),
                    From = new Party { Type = PartyType.Person, Name = value },
                    Channel = ResponseChannel.Email,
                    Stance = ResponseStance.Noncommittal,
                    Summary = value,
                    Dispositions = [new Disposition { Demand = "act", Status = DispositionStatus.Noted }],
                },
            ],
            Sources = [new Source { Id = "src", Url = "javascript:alert(4)", Title = value, Publisher = value }],
        };
    }
}
