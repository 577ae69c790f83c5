using System;
using System.Linq;
using System.Text;
using Advocacy.Letters.Html;
using Advocacy.Letters.Import;
using Advocacy.Letters.Tests.Infrastructure;
using CsCheck;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>
/// Hostile and random HTML never makes the HTML importer throw, always gives a letter whose text passes the
/// validator's clean-text rules, and its work grows linearly: the nodes and characters it examines, and the bytes it
/// allocates, for a page twice as large are about twice as many. No test times anything.
/// </summary>
/// <remarks>
/// The random inputs come from a fixed seed, on one thread, so that every run tries the same ones; a failure prints the
/// seed that finds it again. Set the environment variable <c>CsCheck_Seed</c> to a seed to explore from it instead.
/// </remarks>
public class HtmlLetterImporterPropertyTests
{
    private static readonly string Seed = Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } explore ? explore : new PCG(1, 1).ToString();

    private static readonly string[] Tags =
        ["p", "div", "span", "article", "main", "body", "ul", "ol", "li", "table", "tr", "td", "th", "br", "h1", "h3", "b", "em", "strong", "i", "a",
         "script", "style", "nav", "header", "footer", "form", "template", "noscript", "svg", "pre", "blockquote", "select", "option", "iframe", "xmp", "plaintext", "textarea"];

    private static readonly string[] Texts =
        ["Dear Sir,", "Yours sincerely,", "We urge you to release ", "should end ", "Kenya", "(ROK)", " - ", ", ", "; ", "\t", "\n", "&amp;", "&#x202E;", "&#0;", "&nbsp;",
         "&#xD800;", "&lt;", "&", "<", ">", "\"", "'", "*", "_", "#", "[", "](", "`", "|", "\\", "\u202E", "\u0000", "\f", "\u2066", "김정일", "Иван", "<!--", "-->", "<![CDATA[", "]]>",
         " hidden", " style=\"display:none\"", "=", "/"];

    /// <summary>Random pages: open and close tags (with attributes, unbalanced), text, entities and stray markup.</summary>
    private static readonly Gen<string> Pages =
        Gen.Frequency(
            (3, Gen.Int[0, Tags.Length - 1].Select(i => Tags[i]).Select(t => "<" + t + ">")),
            (2, Gen.Int[0, Tags.Length - 1].Select(i => Tags[i]).Select(t => "</" + t + ">")),
            (1, Gen.Int[0, Tags.Length - 1].Select(i => Tags[i]).Select(t => "<" + t + " hidden>")),
            (1, Gen.Int[0, Tags.Length - 1].Select(i => Tags[i]).Select(t => "<" + t + " style=\"display: none\" aria-hidden=\"true\">")),
            (4, Gen.Int[0, Texts.Length - 1].Select(i => Texts[i])),
            (1, Gen.String[Gen.Char, 0, 20]))
        .Array[0, 300].Select(string.Concat);

    [Fact]
    public void Import_RandomHtml_NeverThrows_AlwaysALetter_CleanText()
    {
        Pages.Sample(page =>
        {
            var result = HtmlLetterImporter.Import(page);
            Assert.NotNull(result.Letter);
            Assert.False(string.IsNullOrWhiteSpace(result.Letter.Title));
            AssertCleanText(result);
        }, seed: Seed, iter: 400, threads: 1);
    }

    [Fact]
    public void Import_PageTheParserFailsOn_IsReadAsText_NeverThrows()
    {
        // The page of this seed makes AngleSharp 1.x throw NullReferenceException in its select handling.
        string? page = null;
        Pages.Sample(generated => page ??= generated, seed: "7LrmNWCx_OL3", iter: 1, threads: 1);
        Assert.NotNull(page);
        Assert.ThrowsAny<NullReferenceException>(() => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page));

        var result = HtmlLetterImporter.Import(page);

        Assert.NotNull(result.Letter);
        AssertCleanText(result);
    }

    [Fact]
    public void Import_PageWithAQuoteOpeningADemand_GivesTrimmedText()
    {
        // The page of this seed gave a demand starting with the space after a stray quote (untrimmed-text).
        string? page = null;
        Pages.Sample(generated => page ??= generated, seed: "esUAWPZwUNl1", iter: 1, threads: 1);
        Assert.NotNull(page);

        var result = HtmlLetterImporter.Import(page);

        Assert.NotEmpty(result.Letter.Demands);
        AssertCleanText(result);
    }

    [Fact]
    public void Import_RandomCharacters_NeverThrows()
    {
        Gen.String[Gen.Char, 0, 2000].Sample(page =>
        {
            var result = HtmlLetterImporter.Import(page);
            Assert.NotNull(result.Letter);
            AssertCleanText(result);
        }, seed: Seed, iter: 200, threads: 1);
    }

    [Theory]
    [InlineData("nested-divs")]
    [InlineData("long-list")]
    [InlineData("page")]
    [InlineData("unclosed")]
    [InlineData("entities")]
    public void Import_HostilePage_GivesALetter_CleanText(string kind)
    {
        var result = HtmlLetterImporter.Import(Hostile(kind, 1));

        Assert.NotNull(result.Letter);
        Assert.NotEmpty(result.Problems);
        AssertCleanText(result);
    }

    [Fact]
    public void Import_HundredThousandNestedDivs_ReadsTheLetterInside()
    {
        var result = HtmlLetterImporter.Import(Hostile("nested-divs", 1));

        Assert.Equal(2, result.Letter.Signatories.Length);
        Assert.Single(result.Letter.Demands);
    }

    [Fact]
    public void Import_TwentyThousandItemList_GivesEverySignatory()
    {
        var result = HtmlLetterImporter.Import(Hostile("long-list", 1));

        Assert.Equal(20_000, result.Letter.Signatories.Length);
    }

    [Fact]
    public void Import_TenMegabytePage_ImportsTheLetter()
    {
        var page = Hostile("page", 10_000_000);

        var result = HtmlLetterImporter.Import(page);

        Assert.True(page.Length >= 10_000_000);
        Assert.NotEmpty(result.Letter.Signatories);
        AssertCleanText(result);
    }

    [Theory]
    [InlineData("nested-divs")]
    [InlineData("long-list")]
    [InlineData("page")]
    [InlineData("unclosed")]
    [InlineData("entities")]
    public void Import_WorkIsLinear_TwiceThePageIsAboutTwiceTheWork(string kind)
    {
        var small = Hostile(kind, 1);
        var large = Hostile(kind, 2);

        // Each size three times, in turn, and the least taken: the bytes a run allocates fall once the JIT has
        // optimised the parser, and when that happens depends on what else the machine is running.
        long smallSteps = 0, largeSteps = 0, smallBytes = long.MaxValue, largeBytes = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            HtmlLetterImporter.Import(small, null, out smallSteps);
            smallBytes = Math.Min(smallBytes, GC.GetAllocatedBytesForCurrentThread() - before);
            before = GC.GetAllocatedBytesForCurrentThread();
            HtmlLetterImporter.Import(large, null, out largeSteps);
            largeBytes = Math.Min(largeBytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        var stepRatio = (double)largeSteps / smallSteps;
        var byteRatio = (double)largeBytes / smallBytes;
        Assert.InRange(stepRatio, 1.6, 2.4);
        Assert.InRange(byteRatio, 1.4, 2.6);
        Assert.True(largeSteps < 40L * large.Length, $"{largeSteps} steps for {large.Length} characters");
    }

    private static void AssertCleanText(LetterImportResult result) =>
        Assert.DoesNotContain(result.Problems, p => p.Code is "forbidden-character" or "untrimmed-text" or "blank-text");

    /// <summary>A hostile page; <paramref name="scale"/> multiplies its size (the 10 MB page takes the length itself).</summary>
    private static string Hostile(string kind, int scale)
    {
        const string Letter = "<p>Minister Jane Smith<br>Ministry of Information<br>Kenya</p><p>Dear Minister,</p><p>We urge you to release every journalist held for their work.</p><p>Sincerely,</p><ul><li>Article 19 (UK)</li><li>PEN America (USA)</li></ul>";
        switch (kind)
        {
            case "nested-divs":
                // AngleSharp's tree building grows with the square of the depth; HtmlNesting bounds what it is given.
                var depth = 100_000 * scale;
                return string.Concat(Enumerable.Repeat("<div>", depth)) + Letter + string.Concat(Enumerable.Repeat("</div>", depth));
            case "long-list":
                var items = new StringBuilder("<p>Dear Minister,</p><p>We urge you to release every journalist.</p><p>Sincerely,</p><ol>");
                for (var i = 0; i < 20_000 * scale; i++)
                {
                    items.Append("<li>Organisation number ").Append(Words(i)).Append(" (Kenya)</li>");
                }

                return items.Append("</ol>").ToString();
            case "page":
                var paragraphs = string.Concat(System.IO.File.ReadAllText(Repository.DprkText).Split("\n\n").Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>\n"));
                var length = scale > 2 ? scale : 400_000 * scale;
                var page = new StringBuilder("<html><body><nav>Home</nav><article>");
                while (page.Length < length)
                {
                    page.Append(paragraphs);
                }

                return page.Append("</article></body></html>").ToString();
            case "unclosed":
                return Repeat("<li><p><b><i><table><tr><td>Name &amp; (ROK)", 200_000 * scale);
            case "entities":
                return "<p>" + Repeat("&#x202E;&amp;&nbsp;&#0;&#xD800;&lt;&bogus;\u2066x ", 300_000 * scale) + "</p>";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    // "one two", "one three": names that differ in words, so that no two items are the same signatory.
    private static string Words(int i)
    {
        string[] digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        return string.Join(" ", i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => digits[c - '0']));
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
