using System;
using System.IO;
using System.Linq;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Rendering;

public class PlainTextRendererTests
{
    private static readonly char[] Whitespace = [' ', '\t', '\r', '\n'];

    [Fact]
    public void Render_Dataset_ReproducesTheSeedLetterWordForWord()
    {
        var seedWords = Words(File.ReadAllText(Repository.DprkText));

        var renderedWords = Words(PlainTextRenderer.Render(SampleLetters.Dprk2011));

        // Compare word by word so that a failure names the first difference, not two 700-word lists.
        for (var i = 0; i < Math.Min(seedWords.Length, renderedWords.Length); i++)
        {
            Assert.True(seedWords[i] == renderedWords[i], $"word {i + 1}: seed has '{seedWords[i]}', rendering has '{renderedWords[i]}'");
        }

        Assert.Equal(seedWords.Length, renderedWords.Length);
    }

    [Fact]
    public void Render_Dataset()
    {
        Snapshot.Verify(PlainTextRenderer.Render(SampleLetters.Dprk2011), "txt");
    }

    [Fact]
    public void Render_UsesLfAndEndsWithOneNewline()
    {
        var text = PlainTextRenderer.Render(SampleLetters.Dprk2011);

        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WithoutLinesOrLabels_ComposesPositionsAndAddress()
    {
        var letter = TestLetters.Minimal with
        {
            Addressees =
            [
                new Addressee
                {
                    Role = AddresseeRole.To,
                    Type = PartyType.Person,
                    Name = "Ada Lovelace",
                    Positions = [new Position { Title = "Director", Organization = "Analytical Engine Society" }],
                    Address = new PostalAddress { Locality = "London", Country = "GB" },
                },
                new Addressee { Role = AddresseeRole.Cc, Type = PartyType.Organization, Name = "Royal Society" },
            ],
        };

        var text = PlainTextRenderer.Render(letter);

        Assert.Equal(
            "Ada Lovelace\nDirector, Analytical Engine Society\nLondon\nBritain (UK)\n\nDear Director,\n\nWe ask you to act.\n\n- Example Coalition\n\ncc: Royal Society\n",
            text);
    }

    [Fact]
    public void Render_ToWriter_WritesTheSameText()
    {
        using var writer = new StringWriter();

        PlainTextRenderer.Render(SampleLetters.Dprk2011, writer);

        Assert.Equal(PlainTextRenderer.Render(SampleLetters.Dprk2011), writer.ToString());
    }

    [Fact]
    public void Render_Dataset_WithAllOptions()
    {
        Snapshot.Verify(PlainTextRenderer.Render(SampleLetters.Dprk2011, LetterRenderOptions.All), "txt");
    }

    [Fact]
    public void Render_DefaultOptions_AreTheRenderingWithoutOptions()
    {
        Assert.Equal(PlainTextRenderer.Render(SampleLetters.Dprk2011), PlainTextRenderer.Render(SampleLetters.Dprk2011, (LetterRenderOptions?)null));
        Assert.Equal(PlainTextRenderer.Render(SampleLetters.Dprk2011), PlainTextRenderer.Render(SampleLetters.Dprk2011, new LetterRenderOptions()));
    }

    [Theory]
    [InlineData("2011-09-08", "Tokyo, 8 September 2011")]
    [InlineData("2011-09", "Tokyo, September 2011")]
    [InlineData("2011", "Tokyo, 2011")]
    [InlineData("0987-01-31", "Tokyo, 31 January 987")]
    public void Render_WithDateAndPlace_WritesTheDateInWords(string date, string dateline)
    {
        var letter = TestLetters.Minimal with { Date = PartialDate.Parse(date), Place = "Tokyo" };

        var text = PlainTextRenderer.Render(letter, new LetterRenderOptions { IncludeDate = true, IncludePlace = true });

        Assert.StartsWith(dateline + "\n\nAda Lovelace\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EachOption_AddsOnlyItsPart()
    {
        var letter = TestLetters.Minimal with
        {
            Date = PartialDate.Parse("2011-09-08"),
            Place = "Tokyo",
            Addressees =
            [
                new Addressee { Role = AddresseeRole.To, Type = PartyType.Person, Name = "Ada Lovelace", Honorific = "Countess" },
                new Addressee { Role = AddresseeRole.Cc, Type = PartyType.Person, Name = "Charles Babbage", Honorific = "Mr" },
            ],
        };
        const string Rest = "\n\nDear Director,\n\nWe ask you to act.\n\n- Example Coalition\n\n";

        Assert.Equal("A minimal letter\n\nAda Lovelace" + Rest + "cc: Charles Babbage\n", PlainTextRenderer.Render(letter, new LetterRenderOptions { IncludeTitle = true }));
        Assert.Equal("8 September 2011\n\nAda Lovelace" + Rest + "cc: Charles Babbage\n", PlainTextRenderer.Render(letter, new LetterRenderOptions { IncludeDate = true }));
        Assert.Equal("Tokyo\n\nAda Lovelace" + Rest + "cc: Charles Babbage\n", PlainTextRenderer.Render(letter, new LetterRenderOptions { IncludePlace = true }));
        Assert.Equal("Countess Ada Lovelace" + Rest + "cc: Mr Charles Babbage\n", PlainTextRenderer.Render(letter, new LetterRenderOptions { IncludeHonorifics = true }));
    }

    [Fact]
    public void Render_OptionsForAbsentMembers_AddNothing()
    {
        var letter = TestLetters.Minimal;

        Assert.Equal(PlainTextRenderer.Render(letter), PlainTextRenderer.Render(letter, new LetterRenderOptions { IncludeDate = true, IncludePlace = true, IncludeHonorifics = true }));
    }

    [Fact]
    public void Render_NoSignatory_EndsWithOneNewline()
    {
        var text = PlainTextRenderer.Render(TestLetters.Minimal with { Signatories = [] });

        Assert.Equal("Ada Lovelace\n\nDear Director,\n\nWe ask you to act.\n", text);
    }

    [Theory]
    [MemberData(nameof(RendererContract.UnwritableLetters), MemberType = typeof(RendererContract))]
    public void Render_LetterTheFormatCannotCarry_IsRefusedBeforeAnyOutput(string name)
    {
        using var writer = new StringWriter();

        var ex = Assert.Throws<LetterJsonException>(() => PlainTextRenderer.Render(RendererContract.UnwritableLetter(name), writer));

        Assert.Equal(RendererContract.PointerOf(name), ex.Pointer);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Render_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PlainTextRenderer.Render(null!));
        Assert.Throws<ArgumentNullException>(() => PlainTextRenderer.Render(SampleLetters.Dprk2011, (TextWriter)null!));
    }

    private static string[] Words(string text) => text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).ToArray();
}
