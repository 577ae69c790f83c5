using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Advocacy.Letters.Tests.Rendering;

public class MarkdownRendererTests
{
    private static readonly char[] Whitespace = [' ', '\t', '\r', '\n'];

    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().Build();

    private static readonly MarkdownPipeline WithExtensions = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Fact]
    public void Render_Dataset()
    {
        Snapshot.Verify(MarkdownRenderer.Render(SampleLetters.Dprk2011), "md");
    }

    [Fact]
    public void Render_Dataset_WithAllOptions()
    {
        Snapshot.Verify(MarkdownRenderer.Render(SampleLetters.Dprk2011, LetterRenderOptions.All), "md");
    }

    [Fact]
    public void Render_Dataset_ReadsBackAsTheSeedLetterWordForWord()
    {
        var seedWords = Words(File.ReadAllText(Repository.DprkText));

        // What a reader sees: each block's words, and a bullet before each list item, as the published letter has.
        var document = Markdown.Parse(MarkdownRenderer.Render(SampleLetters.Dprk2011), CommonMark);
        var readWords = Words(string.Join("\n", document.Descendants<LeafBlock>().Select(b => (b.Parent is ListItemBlock ? "- " : string.Empty) + TextOf(b))));

        for (var i = 0; i < Math.Min(seedWords.Length, readWords.Length); i++)
        {
            Assert.True(seedWords[i] == readWords[i], $"word {i + 1}: seed has '{seedWords[i]}', Markdown has '{readWords[i]}'");
        }

        Assert.Equal(seedWords.Length, readWords.Length);
    }

    [Fact]
    public void Render_Dataset_HasTheAddresseeBlockParagraphsEmphasisAndASignatoryList()
    {
        var letter = SampleLetters.Dprk2011;

        var document = Markdown.Parse(MarkdownRenderer.Render(letter), CommonMark);

        var address = Assert.IsType<ParagraphBlock>(document[0]);
        Assert.Equal(3, address.Inline!.Descendants<LineBreakInline>().Count(b => b.IsHard));
        Assert.Equal(
            "Kim Jong-il\nGeneral Secretary of the Workers' Party of Korea and Chairman of the National Defence Commission of the Democratic People's Republic of Korea\nPyongyang\nDemocratic People's Republic of Korea",
            TextOf(address));
        var paragraphs = document.OfType<ParagraphBlock>().Skip(2).Take(letter.Body.Length).ToList();
        Assert.Equal(letter.Body.Select(p => p.Text), paragraphs.Select(TextOf));
        Assert.Equal(["kwan-li-so", "kwan-li-so", "kwan-li-so", "kwan-li-so"], document.Descendants<EmphasisInline>().Select(e => TextOf(e)));
        var list = Assert.Single(document.OfType<ListBlock>());
        Assert.False(list.IsOrdered);
        Assert.Equal(letter.Signatories.Select(s => s.Label), list.Cast<ListItemBlock>().Select(item => TextOf((LeafBlock)item[0])));
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<HtmlInline>());
    }

    [Fact]
    public void Render_Dataset_EscapesOnlyWhatWouldBeMarkup()
    {
        var markdown = MarkdownRenderer.Render(SampleLetters.Dprk2011);

        Assert.Contains("- Asian Human Rights \\& Humanity Association of Japan\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Workers' Party of Korea", markdown, StringComparison.Ordinal);
        Assert.Contains("the *kwan-li-so* (political prison camps)", markdown, StringComparison.Ordinal);
        Assert.StartsWith("Kim Jong-il\\\nGeneral Secretary", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileText.Indexes), MemberType = typeof(HostileText))]
    public void Render_HostileText_ReadsBackAsTheSameWords_AndNeverAsMarkup(int index)
    {
        var value = HostileText.Values[index];

        var markdown = MarkdownRenderer.Render(HostileText.LetterWith(value), LetterRenderOptions.All);

        var document = Markdown.Parse(markdown, CommonMark);
        var blocks = document.ToList();
        Assert.All(blocks, b => Assert.True(b is ParagraphBlock or HeadingBlock or ListBlock, $"{b.GetType().Name} in\n{markdown}"));
        Assert.Equal(
            [
                Flat(value),
                Flat(value + ", 8 September 2011"),
                Flat(value + " " + value) + "\n" + Flat(value) + "\n" + Flat(value),
                Flat(value),
                Flat(value),
                Flat(value),
                Flat(value),
                "list",
                "cc: " + Flat(value),
            ],
            blocks.Select(b => b is ListBlock ? "list" : TextOf((LeafBlock)b)));
        Assert.Equal(1, Assert.IsType<HeadingBlock>(blocks[0]).Level);
        var list = Assert.IsType<ListBlock>(blocks[7]);
        Assert.Equal([Flat(value), "Example Coalition"], list.Cast<ListItemBlock>().Select(item => TextOf((LeafBlock)Assert.Single(item))));
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<AutolinkInline>());
        Assert.Empty(document.Descendants<CodeInline>());
        Assert.Empty(document.Descendants<HtmlEntityInline>());
    }

    [Theory]
    [MemberData(nameof(HostileText.Indexes), MemberType = typeof(HostileText))]
    public void Render_HostileText_WithCommonExtensions_MakesNoHtmlAndNoLinkButToTheWeb(int index)
    {
        var markdown = MarkdownRenderer.Render(HostileText.LetterWith(HostileText.Values[index]), LetterRenderOptions.All);

        var document = Markdown.Parse(markdown, WithExtensions);
        var html = Markdown.ToHtml(markdown, WithExtensions);

        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.All(document.Descendants<LinkInline>(), link => Assert.StartsWith("http", link.Url, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<table", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", Attributes(html), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_BlankValues_LeaveNoEmptyBlockOrItem()
    {
        var letter = TestLetters.Minimal with
        {
            Closing = "   ",
            Signatories = [.. TestLetters.Minimal.Signatories, new Signatory { Type = PartyType.Person, Name = " ", Label = " " }],
        };

        Assert.Equal("Ada Lovelace\n\nDear Director,\n\nWe ask you to act.\n\n- Example Coalition\n", MarkdownRenderer.Render(letter));
    }

    [Fact]
    public void Render_ToWriter_WritesTheSameText()
    {
        using var writer = new StringWriter();

        MarkdownRenderer.Render(SampleLetters.Dprk2011, writer, LetterRenderOptions.All);

        Assert.Equal(MarkdownRenderer.Render(SampleLetters.Dprk2011, LetterRenderOptions.All), writer.ToString());
    }

    [Theory]
    [MemberData(nameof(RendererContract.UnwritableLetters), MemberType = typeof(RendererContract))]
    public void Render_LetterTheFormatCannotCarry_IsRefusedBeforeAnyOutput(string name)
    {
        using var writer = new StringWriter();

        var ex = Assert.Throws<LetterJsonException>(() => MarkdownRenderer.Render(RendererContract.UnwritableLetter(name), writer));

        Assert.Equal(RendererContract.PointerOf(name), ex.Pointer);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Render_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => MarkdownRenderer.Render((Letter)null!));
        Assert.Throws<ArgumentNullException>(() => MarkdownRenderer.Render(SampleLetters.Dprk2011, (TextWriter)null!));
    }

    /// <summary>A value as the renderer puts it on one line: line breaks as spaces, no white space at the ends.</summary>
    private static string Flat(string value) => value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Trim();

    /// <summary>The words of a block as a reader sees them, emphasis marked <c>*…*</c> as in the format, hard breaks as LF.</summary>
    private static string TextOf(LeafBlock block) => block.Inline is null ? string.Empty : TextOf(block.Inline);

    private static string TextOf(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                LineBreakInline { IsHard: true } => "\n",
                LineBreakInline => " ",
                EmphasisInline { DelimiterCount: 1 } emphasis when container is not EmphasisInline => "*" + TextOf(emphasis) + "*",
                _ => throw new InvalidOperationException($"unexpected {inline.GetType().Name}"),
            });
        }

        return text.ToString();
    }

    private static string Attributes(string html) =>
        string.Concat(html.Split('<').Skip(1).Select(tag => tag.Split('>')[0]));

    private static string[] Words(string text) => text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).ToArray();
}
