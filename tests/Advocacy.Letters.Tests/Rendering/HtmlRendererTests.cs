using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Rendering.Internal;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Rendering;

public class HtmlRendererTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Render_Dataset()
    {
        Snapshot.Verify(HtmlRenderer.Render(SampleLetters.Dprk2011), "html");
    }

    [Fact]
    public void Render_Dataset_WithAllOptions()
    {
        Snapshot.Verify(HtmlRenderer.Render(SampleLetters.Dprk2011, LetterRenderOptions.All), "html");
    }

    [Fact]
    public void Render_Dataset_IsAStandalonePageWithLandmarksAndHeadings()
    {
        var page = Parse(HtmlRenderer.Render(SampleLetters.Dprk2011));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ICNK Letter To Kim Jong Il", page.Title);
        Assert.Equal(["header", "main", "footer"], page.Body!.Children.Select(e => e.LocalName));
        Assert.Equal(["ICNK Letter To Kim Jong Il"], page.QuerySelectorAll("h1").Select(e => e.TextContent));
        Assert.Equal(["The letter", "Demands", "Responses", "Sources"], page.QuerySelectorAll("h2").Select(e => e.TextContent));
        Assert.Equal(["Signatories", "Every response"], page.QuerySelectorAll("h3").Select(e => e.TextContent));
        var address = Assert.Single(page.QuerySelectorAll("address"));
        Assert.Equal(3, address.QuerySelectorAll("br").Length);
        Assert.Equal(41, page.QuerySelectorAll("ul.signatures > li").Length);
        Assert.Empty(page.QuerySelectorAll("script, img, iframe, object, embed, form, link, base"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style");
    }

    [Fact]
    public void Render_Dataset_SaysTheLetterWordForWord()
    {
        var page = Parse(HtmlRenderer.Render(SampleLetters.Dprk2011));

        var article = page.QuerySelector("article")!;
        var paragraphs = article.QuerySelectorAll("p").Select(p => p.InnerHtml).ToList();
        Assert.Equal(
            [SampleLetters.Dprk2011.Salutation!, .. SampleLetters.Dprk2011.Body.Select(p => p.Text.Replace("*kwan-li-so*", "<em>kwan-li-so</em>", StringComparison.Ordinal)), SampleLetters.Dprk2011.Closing!, SampleLetters.Dprk2011.Valediction!],
            paragraphs.Select(p => p.Replace("&amp;", "&", StringComparison.Ordinal)));
        Assert.Equal(SampleLetters.Dprk2011.Signatories.Select(s => s.Label), article.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void Render_Dataset_GivesEveryDemandAnAnchorAndAStatusRow()
    {
        var letter = SampleLetters.Dprk2011;

        var page = Parse(HtmlRenderer.Render(letter));

        foreach (var demand in letter.Demands)
        {
            var item = page.GetElementById(demand.Id);
            Assert.NotNull(item);
            Assert.Equal("li", item.LocalName);
            Assert.StartsWith(demand.Summary, item.TextContent, StringComparison.Ordinal);
            Assert.Equal("#" + demand.Id, item.QuerySelector("a.anchor")!.GetAttribute("href"));
        }

        var rows = page.QuerySelectorAll("table tbody tr").ToList();
        Assert.Equal(letter.Demands.Select(d => "#" + d.Id), rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        Assert.All(rows, row => Assert.Equal(
            // 2011-10 (Paris) starts before 2011-10-06 (New York), so the delivery in New York is the latest.
            ["not addressed", "no", "Permanent Mission of the DPRK to the United Nations, New York, 6 October 2011"],
            row.QuerySelectorAll("td").Select(td => td.TextContent)));
        Assert.Equal(["col", "col", "col", "col"], page.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
        Assert.Equal(letter.Responses.Length, page.QuerySelectorAll("ol.response-list > li").Length);
    }

    [Fact]
    public void Render_StatusTable_TakesTheLatestResponseByDate_AndSaysWhoAnswered()
    {
        var letter = TestLetters.Minimal with
        {
            Demands =
            [
                new Demand { Id = "act", Paragraph = "ask", Text = "act", Summary = "Act." },
                new Demand { Id = "wait", Paragraph = "ask", Text = "ask", Summary = "Wait." },
            ],
            Responses =
            [
                Response("late", "2012-02", "Ministry", new Disposition { Demand = "act", Status = DispositionStatus.Implemented }),
                Response("early", "2012-01-15", "Embassy", new Disposition { Demand = "act", Status = DispositionStatus.Rejected }, new Disposition { Demand = "wait", Status = DispositionStatus.NotAddressed }),
            ],
        };

        var rows = Parse(HtmlRenderer.Render(letter)).QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent))).ToList();

        Assert.Equal(["Act. | implemented | yes | Ministry, February 2012", "Wait. | not addressed | no | Embassy, 15 January 2012"], rows);
    }

    [Fact]
    public void Render_WithoutResponses_HasNoStatusTable()
    {
        var page = Parse(HtmlRenderer.Render(SampleLetters.Dprk2011 with { Responses = [] }));

        Assert.Empty(page.QuerySelectorAll("table, section.responses"));
    }

    [Fact]
    public void Render_ContentSecurityPolicy_AllowsOnlyTheInlineStyleSheet()
    {
        var page = Parse(HtmlRenderer.Render(SampleLetters.Dprk2011));

        var policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        var style = Assert.Single(page.QuerySelectorAll("style")).TextContent;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        Assert.Equal($"default-src 'none'; style-src 'sha256-{hash}'; base-uri 'none'; form-action 'none'", policy);
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.True(page.Head!.Children.ToList().FindIndex(e => e.LocalName == "meta" && e.HasAttribute("http-equiv")) < page.Head.Children.ToList().FindIndex(e => e.LocalName == "style"));
    }

    [Fact]
    public void Render_Options_PutTheDatelineInTheHeader()
    {
        var page = Parse(HtmlRenderer.Render(SampleLetters.Dprk2011, LetterRenderOptions.All));

        var dateline = page.QuerySelector("header p.dateline")!;
        Assert.Equal("Tokyo, 8 September 2011", dateline.TextContent);
        Assert.Equal("2011-09-08", dateline.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.StartsWith("Chairman Kim Jong-il", page.QuerySelector("address")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public void Render_LetterInAnotherLanguage_MarksThePagesOwnWordsAsEnglish()
    {
        var page = Parse(HtmlRenderer.Render(TestLetters.Minimal with { Language = "ko" }));

        Assert.Equal("ko", page.DocumentElement.GetAttribute("lang"));
        Assert.All(page.QuerySelectorAll("h2, h3"), h => Assert.Equal("en", h.GetAttribute("lang")));
        Assert.Null(page.QuerySelector("article p")!.GetAttribute("lang"));
    }

    [Fact]
    public void Render_IllFormedLanguage_IsUndetermined()
    {
        var page = Parse(HtmlRenderer.Render(TestLetters.Minimal with { Language = "en\" onload=\"alert(1)" }));

        Assert.Equal("und", page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(page.DocumentElement.Attributes, a => a.Name != "lang");
    }

    [Fact]
    public void Render_Sources_LinkOnlyWebAddresses()
    {
        var letter = TestLetters.Minimal with
        {
            Sources =
            [
                new Source { Id = "web", Url = "https://example.org/a?b=1&c=2", Title = "Report" },
                new Source { Id = "script", Url = "javascript:alert(1)", Title = "Trap" },
                new Source { Id = "data", Url = "data:text/html,<script>alert(1)</script>" },
            ],
        };

        var page = Parse(HtmlRenderer.Render(letter));

        Assert.Equal(["https://example.org/a?b=1&c=2"], page.QuerySelectorAll("a[href]").Where(a => !a.GetAttribute("href")!.StartsWith('#')).Select(a => a.GetAttribute("href")));
        Assert.Equal(["Report", "Trap", "data:text/html,<script>alert(1)</script>"], page.QuerySelectorAll("footer li").Select(li => li.TextContent));
    }

    [Theory]
    [MemberData(nameof(HostileText.Indexes), MemberType = typeof(HostileText))]
    public void Render_HostileText_IsTextInTheSamePage(int index)
    {
        var value = HostileText.Values[index];

        var hostile = Parse(HtmlRenderer.Render(HostileText.LetterWith(value), LetterRenderOptions.All));
        var harmless = Parse(HtmlRenderer.Render(HostileText.LetterWith("harmless"), LetterRenderOptions.All));

        // The same elements, in the same order, with the same attribute names: nothing was injected or closed early.
        // Only the format's own emphasis, *like this*, may add an em.
        Assert.Equal(Shape(harmless), Shape(hostile));
        Assert.Equal(value, hostile.QuerySelector("title")!.TextContent);
        Assert.Equal(value, hostile.QuerySelector("h1")!.TextContent);
        Assert.Equal(value, hostile.QuerySelector("ul.signatures > li")!.TextContent);
        Assert.Equal(string.Concat(Emphasis.Parse(value).Select(run => run.Text)), hostile.QuerySelector("article > p")!.TextContent);
        Assert.Equal(value, hostile.QuerySelector("p.copies bdi")!.TextContent);
        Assert.Equal(value, hostile.QuerySelector("ol.response-list bdi")!.TextContent);
        Assert.Equal(value + ", 8 September 2011", hostile.QuerySelector("p.dateline")!.TextContent);
        Assert.Empty(hostile.QuerySelectorAll("script, img, div, a[href^=javascript]"));
    }

    [Fact]
    public void Render_HostileText_BidiControlsAreIsolatedWherever_NamesMeetOtherWords()
    {
        var page = Parse(HtmlRenderer.Render(HostileText.LetterWith("\u202Eevil"), LetterRenderOptions.All));

        Assert.All(page.QuerySelectorAll("p.copies, ol.response-list p:first-child, tbody td:last-child"), element =>
            Assert.All(element.ChildNodes.OfType<IText>(), text => Assert.DoesNotContain('\u202E', text.Data)));
    }

    [Fact]
    public void Render_ToWriter_WritesTheSameText()
    {
        using var writer = new StringWriter();

        HtmlRenderer.Render(SampleLetters.Dprk2011, writer, LetterRenderOptions.All);

        Assert.Equal(HtmlRenderer.Render(SampleLetters.Dprk2011, LetterRenderOptions.All), writer.ToString());
    }

    [Theory]
    [MemberData(nameof(RendererContract.UnwritableLetters), MemberType = typeof(RendererContract))]
    public void Render_LetterTheFormatCannotCarry_IsRefusedBeforeAnyOutput(string name)
    {
        using var writer = new StringWriter();

        var ex = Assert.Throws<LetterJsonException>(() => HtmlRenderer.Render(RendererContract.UnwritableLetter(name), writer));

        Assert.Equal(RendererContract.PointerOf(name), ex.Pointer);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Render_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render((Letter)null!));
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render(SampleLetters.Dprk2011, (TextWriter)null!));
    }

    private static LetterResponse Response(string id, string date, string from, params Disposition[] dispositions) => new()
    {
        Id = id,
        Date = PartialDate.Parse(date),
        From = new Party { Type = PartyType.Organization, Name = from },
        Channel = ResponseChannel.Letter,
        Stance = ResponseStance.Noncommittal,
        Summary = "A reply.",
        Dispositions = [.. dispositions],
    };

    private static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    private static string[] Shape(IHtmlDocument page) =>
        page.All.Where(e => e.LocalName != "em").Select(e => e.LocalName + "[" + string.Join(",", e.Attributes.Select(a => a.Name)) + "]").ToArray();
}
