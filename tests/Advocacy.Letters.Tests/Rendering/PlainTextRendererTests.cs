using System;
using System.IO;
using System.Linq;
using Advocacy.Letters.Rendering;
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
    public void Render_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PlainTextRenderer.Render(null!));
        Assert.Throws<ArgumentNullException>(() => PlainTextRenderer.Render(SampleLetters.Dprk2011, null!));
    }

    private static string[] Words(string text) => text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).ToArray();
}
