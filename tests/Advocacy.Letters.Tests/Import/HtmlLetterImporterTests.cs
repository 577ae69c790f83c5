using System;
using System.Linq;
using Advocacy.Letters.Html;
using Advocacy.Letters.Import;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>
/// The HTML importer: what it keeps of a page (entities, lists, tables, line breaks, paragraphs, headings), what it
/// leaves out (scripts, styles, navigation, headers, footers, forms, comments, templates, hidden elements) and which
/// part of the page it reads (article, else main, else body).
/// </summary>
public class HtmlLetterImporterTests
{
    private const string Letter = """
        <h1>Open letter on press freedom</h1>
        <p>Minister Jane Smith<br>Ministry of Information<br>Nairobi<br>Kenya</p>
        <p>Dear Minister,</p>
        <p>We urge you to release every journalist held for their work.</p>
        <p>Sincerely,</p>
        <ul><li>Article 19 (UK)</li><li>PEN America (USA)</li></ul>
        """;

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>";

    [Fact]
    public void ToMarkdown_Entities_AreDecoded_AndKeptAsLetters()
    {
        var text = HtmlLetterText.ToMarkdown(Page("<p>Earth Rights &amp; Justice&nbsp;Network &lt;b&gt; &#x41;</p>"));

        Assert.Equal("Earth Rights \\& Justice\u00A0Network \\<b\\> A\n", text);
    }

    [Fact]
    public void Import_Entities_GiveTheCharacters_AndABidiControlIsRemoved()
    {
        var result = HtmlLetterImporter.Import(Page(Letter.Replace("<li>Article 19 (UK)</li>", "<li>Earth Rights &amp; Justice&nbsp;Network (Kenya)</li><li>Evil&#x202E;Org (Kenya)</li>")));

        var names = result.Letter.Signatories.Select(s => s.Name).ToArray();
        Assert.Contains("Earth Rights & Justice Network", names);
        Assert.Contains("EvilOrg", names);
        Assert.Contains(result.Problems, p => p.Code == ImportCodes.CharactersRemoved);
        Assert.DoesNotContain(result.Problems, p => p.Code is "forbidden-character" or "untrimmed-text" or "blank-text");
    }

    [Fact]
    public void ToMarkdown_NestedLists_AreNumberedAndBulleted()
    {
        var text = HtmlLetterText.ToMarkdown(Page("<ol><li>One<ul><li>Inner a</li><li>Inner b</li></ul></li><li>Two</li></ol>"));

        Assert.Equal("1. One\n\n- Inner a\n- Inner b\n\n2. Two\n", text);
    }

    [Fact]
    public void ToMarkdown_Table_RowsAreTabSeparatedLines()
    {
        var text = HtmlLetterText.ToMarkdown(Page("<table><tr><th>Organisation</th><th>Country</th></tr><tr><td>Mekong Watch</td><td>Japan</td></tr></table>"));

        Assert.Equal("Organisation\tCountry\nMekong Watch\tJapan\n", text);
    }

    [Fact]
    public void Import_SignatoryTable_GivesOneSignatoryARow_WithItsCountry()
    {
        var page = Page(Letter.Replace(
            "<ul><li>Article 19 (UK)</li><li>PEN America (USA)</li></ul>",
            "<table><thead><tr><th>Organisation</th><th>Country</th></tr></thead><tbody><tr><td>Article 19</td><td>UK</td></tr><tr><td>PEN America</td><td>USA</td></tr><tr><td>Mekong Watch</td><td>Japan</td></tr></tbody></table>"));

        var letter = HtmlLetterImporter.Import(page).Letter;

        Assert.Equal(["Article 19", "PEN America", "Mekong Watch"], letter.Signatories.Select(s => s.Name));
        Assert.Equal(["GB", "US", "JP"], letter.Signatories.Select(s => s.Country));
    }

    [Fact]
    public void ToMarkdown_LineBreaksParagraphsAndHeadings()
    {
        var text = HtmlLetterText.ToMarkdown(Page("<h2>Title here</h2><p>Line one<br>Line two</p><p>Next  paragraph\n  wrapped</p><h3>Sub</h3>"));

        Assert.Equal("## Title here\n\nLine one\nLine two\n\nNext paragraph wrapped\n\n### Sub\n", text);
    }

    [Fact]
    public void Import_Letter_ReadsTitleAddresseeDemandAndSignatories()
    {
        var letter = HtmlLetterImporter.Import(Page(Letter)).Letter;

        Assert.Equal("Open letter on press freedom", letter.Title);
        Assert.Equal("Jane Smith", Assert.Single(letter.Addressees).Name);
        Assert.Equal("release", Assert.Single(letter.Demands).Action);
        Assert.Equal(["Article 19", "PEN America"], letter.Signatories.Select(s => s.Name));
    }

    [Theory]
    [InlineData("<script>var secret = 'script words';</script>")]
    [InlineData("<style>.secret { content: 'style words'; }</style>")]
    [InlineData("<nav><a href='/'>nav words</a></nav>")]
    [InlineData("<header>header words</header>")]
    [InlineData("<footer>footer words</footer>")]
    [InlineData("<form><label>form words <input></label><button>Send</button></form>")]
    [InlineData("<!-- comment words -->")]
    [InlineData("<template><p>template words</p></template>")]
    [InlineData("<div hidden>hidden words</div>")]
    [InlineData("<p aria-hidden=\"true\">aria words</p>")]
    [InlineData("<div style=\"color: red; DISPLAY : none\">display words</div>")]
    [InlineData("<span style=\"visibility:hidden\">visibility words</span>")]
    [InlineData("<aside>aside words</aside>")]
    [InlineData("<noscript>noscript words</noscript>")]
    public void ToMarkdown_WhatAPageDoesNotShowAsTheLetter_IsLeftOut(string element)
    {
        var text = HtmlLetterText.ToMarkdown(Page("<p>Before.</p>" + element + "<p>After.</p>"));

        Assert.Equal("Before.\n\nAfter.\n", text);
        var letter = HtmlLetterImporter.Import(Page(element + Letter + element)).Letter;
        Assert.DoesNotContain(" words", Advocacy.Letters.Serialization.LetterJson.ToJson(letter), StringComparison.Ordinal);
        Assert.Equal(2, letter.Signatories.Length);
    }

    [Fact]
    public void ToMarkdown_ReadsTheArticle_WhenThereIsOne()
    {
        var text = HtmlLetterText.ToMarkdown(Page("<p>Site intro.</p><main><p>Main words.</p><article><p>Article words.</p></article></main>"));

        Assert.Equal("Article words.\n", text);
    }

    [Fact]
    public void ToMarkdown_ReadsMain_WhenThereIsNoArticle()
    {
        var text = HtmlLetterText.ToMarkdown(Page("<p>Site intro.</p><main><p>Main words.</p></main><p>After main.</p>"));

        Assert.Equal("Main words.\n", text);
    }

    [Fact]
    public void ToMarkdown_ReadsTheBody_WhenThereIsNeitherArticleNorMain()
    {
        var text = HtmlLetterText.ToMarkdown("<html><head><title>Not this</title></head><body><p>Body words.</p></body></html>");

        Assert.Equal("Body words.\n", text);
    }

    [Fact]
    public void ToMarkdown_MarkdownMarksInText_AreEscaped()
    {
        var text = HtmlLetterText.ToMarkdown(Page("<p># not a heading *not emphasis* [no](link) `code` | pipe</p>"));

        Assert.Equal("\\# not a heading \\*not emphasis\\* \\[no\\](link) \\`code\\` \\| pipe\n", text);
    }

    [Fact]
    public void Import_EmphasisAroundAName_IsNotPartOfTheName()
    {
        var letter = HtmlLetterImporter.Import(Page(Letter.Replace("<li>Article 19 (UK)</li>", "<li><strong>Article 19</strong> (UK)</li>"))).Letter;

        Assert.Equal("Article 19", letter.Signatories[0].Name);
    }

    [Fact]
    public void Import_OptionsIdIsUsed_AndFormatIsIgnored()
    {
        var result = HtmlLetterImporter.Import(Page(Letter), new LetterImportOptions { Id = "press-freedom", Format = LetterImportFormat.Text });

        Assert.Equal("press-freedom", result.Letter.Id);
        Assert.Equal("Open letter on press freedom", result.Letter.Title);
    }

    [Fact]
    public void Import_Null_Throws()
    {
        Assert.Throws<System.ArgumentNullException>(() => HtmlLetterImporter.Import(null!));
        Assert.Throws<System.ArgumentNullException>(() => HtmlLetterText.ToMarkdown(null!));
    }
}
