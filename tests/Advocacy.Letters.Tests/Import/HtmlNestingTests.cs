using System;
using System.IO;
using System.Linq;
using Advocacy.Letters.Html.Internal;
using AngleSharp.Html.Parser;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>
/// <see cref="HtmlNesting"/> keeps the tree AngleSharp builds at most <see cref="HtmlNesting.MaxDepth"/> counted
/// elements deep, removes only tags, and leaves a page that does not nest that deep exactly as it was.
/// </summary>
public class HtmlNestingTests
{
    [Fact]
    public void Limit_ARealPage_IsTheSameString()
    {
        var page = File.ReadAllText(Path.Combine(ImportTestSet.Folder, "campaign-page.html"));

        Assert.Same(page, HtmlNesting.Limit(page));
    }

    [Fact]
    public void Limit_HundredThousandNestedDivs_KeepsTheOutermost_AndTheText()
    {
        var page = Nest("<div class=\"a>b\">", "</div>", 100_000, "<p>The letter</p>");

        var limited = HtmlNesting.Limit(page);

        Assert.Equal(HtmlNesting.MaxDepth, Count(limited, "<div class"));
        Assert.Equal(HtmlNesting.MaxDepth, Count(limited, "</div>"));
        Assert.StartsWith(string.Concat(Enumerable.Repeat("<div class=\"a>b\">", HtmlNesting.MaxDepth)) + "<p>The letter</p></div>", limited, StringComparison.Ordinal);
        Assert.Equal("The letter", new HtmlParser().ParseDocument(limited).Body!.TextContent);
    }

    [Fact]
    public void Limit_DeepPage_TheTextAfterTheDeepPart_KeepsItsElements()
    {
        var page = Nest("<div>", "</div>", 2_000, "deep") + "<section><p>After</p></section>";

        var document = new HtmlParser().ParseDocument(HtmlNesting.Limit(page));

        Assert.Equal("After", document.QuerySelector("section > p")!.TextContent);
        Assert.Equal("deepAfter", document.Body!.TextContent);
    }

    [Theory]
    [InlineData("<div><span>a</div>")]
    [InlineData("<ul><li>a<li>b</ul>")]
    [InlineData("<p>a<p>b<br><img src=x>")]
    [InlineData("<table><tr><td>a<td>b</table>")]
    [InlineData("<script>if (a <div> b) { \"<div>\" }</script>")]
    [InlineData("<SCRIPT>'<div>'</script >")]
    [InlineData("<style>div > p { }</style><textarea><div></textarea><title><b></title>")]
    [InlineData("<!-- <div> --><!DOCTYPE html><?xml <div>?><![CDATA[<div>]]>")]
    [InlineData("<svg><rect/><circle/></svg>")]
    [InlineData("<svg/><math/><svg><g><path/></g></svg>")]
    [InlineData("<math><mi>x</mi><mo>+</mo></math>")]
    [InlineData("<div title='<div>' data-x=\"<div>\">a</div>")]
    [InlineData("a < b <3 <> </ > <1div>")]
    public void Limit_ElementsThatCloseThemselves_AreNotCounted(string unit)
    {
        var page = string.Concat(Enumerable.Repeat(unit, 2_000));

        Assert.Same(page, HtmlNesting.Limit(page));
    }

    [Theory]
    [InlineData("<div></span>x", "<div")]
    [InlineData("<DIV>x", "<DIV")]
    [InlineData("<div/>x", "<div/")]
    [InlineData("<b><i><table><tr><td>x", "<b>|<i>|<table>")]
    [InlineData("<ul><li><ol><li>x", "<ul>|<ol>")]
    [InlineData("<svg><div/>x", "<div/")] // an HTML tag leaves SVG, and opens in HTML, where "/>" closes nothing
    [InlineData("<math><mi><div/>x", "<math>|<mi>|<div/")]
    [InlineData("<svg><foreignObject><div/>x", "<svg>|<foreignObject>|<div/")]
    [InlineData("<svg><desc><div>x", "<svg>|<desc>|<div>")]
    public void Limit_PagesThatReallyNest_KeepMaxDepthOfTheirElements_AndAllTheirText(string unit, string counted)
    {
        var page = string.Concat(Enumerable.Repeat(unit, 20_000));

        var limited = HtmlNesting.Limit(page);

        Assert.Equal(HtmlNesting.MaxDepth, counted.Split('|').Sum(tag => Count(limited, tag)));
        Assert.Equal(20_000, Count(limited, "x"));
        Assert.Equal(20_000, Count(new HtmlParser().ParseDocument(limited).Body!.TextContent, "x"));
    }

    [Fact]
    public void Limit_InSvg_TitleIsNoRawText_TheHtmlInsideItIsCounted()
    {
        var page = "<svg><title>" + string.Concat(Enumerable.Repeat("<div>", 2_000));

        var limited = HtmlNesting.Limit(page);

        Assert.Equal(HtmlNesting.MaxDepth - 2, Count(limited, "<div>"));
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<div")]
    [InlineData("<div title=\"never closed>")]
    [InlineData("</")]
    [InlineData("<!--")]
    [InlineData("<script>")]
    [InlineData("<plaintext><div>")]
    public void Limit_PageEndingMidTag_NeverThrows(string tail)
    {
        var page = Nest("<div>", "", 1_000, "") + tail;

        var limited = HtmlNesting.Limit(page);

        Assert.EndsWith(tail, limited, StringComparison.Ordinal);
    }

    private static string Nest(string open, string close, int depth, string inside) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inside + string.Concat(Enumerable.Repeat(close, depth));

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
