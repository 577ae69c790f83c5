using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Tracking;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>
/// Writes a letter as one standalone HTML page. Every text from the letter goes through the framework's
/// <see cref="HtmlEncoder"/>, and every name that sits inside other words is wrapped in <c>bdi</c>, so that neither
/// markup nor a bidirectional override in the data can change the page.
/// </summary>
internal sealed class HtmlPage
{
    // All of Unicode stays readable (김정일, not &#xAE40;...); markup characters, quotes, controls and characters the
    // encoder does not know are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TextWriter html;
    private readonly Letter letter;
    private readonly LetterRenderOptions options;

    // The page's own words are English; when the letter is not, they say so, so that a screen reader switches voice.
    private readonly string english;

    private HtmlPage(TextWriter html, Letter letter, LetterRenderOptions options)
    {
        this.html = html;
        this.letter = letter;
        this.options = options;
        english = IsEnglish(letter.Language) ? string.Empty : " lang=\"en\"";
    }

    public static void Write(TextWriter html, Letter letter, LetterRenderOptions options) =>
        new HtmlPage(html, letter, options).Write();

    private void Write()
    {
        var blocks = LetterLayout.Of(letter, options);
        Raw("<!DOCTYPE html>\n<html lang=\"");
        Text(LanguageTags.IsWellFormed(letter.Language) ? letter.Language : "und");
        Raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
        Text(HtmlStyle.ContentSecurityPolicy);
        Raw("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
        Text(letter.Title);
        Raw("</title>\n<style>");
        Raw(HtmlStyle.Css);
        Raw("</style>\n</head>\n<body>\n");

        Header(blocks.OfType<DatelineBlock>().FirstOrDefault());
        Raw("<main>\n");
        Article(blocks.Where(b => b is not (TitleBlock or DatelineBlock)));
        Demands();
        Responses();
        Raw("</main>\n");
        Footer();
        Raw("</body>\n</html>\n");
    }

    private void Header(DatelineBlock? dateline)
    {
        Raw("<header>\n<h1>");
        Text(letter.Title);
        Raw("</h1>\n");
        if (dateline is not null)
        {
            Raw("<p class=\"dateline\">");
            if (dateline.Place is { } place)
            {
                Text(place);
                Raw(dateline.Date is null ? string.Empty : ", ");
            }

            if (dateline.Date is { } date)
            {
                Date(date);
            }

            Raw("</p>\n");
        }

        Raw("</header>\n");
    }

    private void Article(IEnumerable<LayoutBlock> blocks)
    {
        Raw($"<article class=\"letter\">\n<h2{english}>The letter</h2>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case AddressBlock address:
                    Raw("<address>");
                    Lines([address.Name, .. address.Lines], prefix: null);
                    Raw("</address>\n");
                    break;
                case TextBlock text:
                    Raw("<p>");
                    WithEmphasis(text.Text);
                    Raw("</p>\n");
                    break;
                case SignaturesBlock signatures:
                    Raw($"<h3{english}>Signatories</h3>\n<ul class=\"signatures\">\n");
                    foreach (var label in signatures.Labels)
                    {
                        Raw("<li>");
                        Text(label);
                        Raw("</li>\n");
                    }

                    Raw("</ul>\n");
                    break;
                case CopiesBlock copies:
                    Raw("<p class=\"copies\">");
                    Lines(copies.Names, prefix: "cc: ");
                    Raw("</p>\n");
                    break;
                default:
                    throw new InvalidOperationException($"No HTML layout for {block.GetType().Name}.");
            }
        }

        Raw("</article>\n");
    }

    private void Demands()
    {
        if (letter.Demands.IsEmpty)
        {
            return;
        }

        Raw($"<section class=\"demands\">\n<h2{english}>Demands</h2>\n<ol>\n");
        foreach (var demand in letter.Demands)
        {
            // The demand's id is its anchor: page.html#release-abductees links to it.
            Raw("<li id=\"");
            Text(demand.Id);
            Raw("\"><p>");
            Text(demand.Summary);
            Raw("<a class=\"anchor\" href=\"");
            Text(Fragment(demand.Id));
            Raw($"\"{english} aria-label=\"Link to this demand\">#</a></p>\n<blockquote><p>");
            WithEmphasis(demand.Text);
            Raw("</p></blockquote></li>\n");
        }

        Raw("</ol>\n</section>\n");
    }

    private void Responses()
    {
        if (letter.Responses.IsEmpty)
        {
            return;
        }

        Raw($"<section class=\"responses\">\n<h2{english}>Responses</h2>\n");
        if (!letter.Demands.IsEmpty)
        {
            Raw($"<table{english}>\n<caption>Each demand's current status: what the latest response on record said of it</caption>\n");
            Raw("<thead><tr><th scope=\"col\">Demand</th><th scope=\"col\">Current status</th><th scope=\"col\">Answered</th><th scope=\"col\">Latest response</th></tr></thead>\n<tbody>\n");
            // Every response on record: tracked as of the last day the latest response may stand for.
            var asOf = letter.Responses.Max(r => r.Date.End);
            foreach (var demand in LetterTracker.Track(letter, asOf).Demands)
            {
                Raw("<tr><th scope=\"row\"><a href=\"");
                Text(Fragment(demand.Demand.Id));
                Raw("\"><bdi>");
                Text(demand.Demand.Summary);
                Raw("</bdi></a></th><td>");
                Raw(demand.Status is { } status ? EnumNames<DispositionStatus>.WordsOf(status) : "no response yet");
                Raw(demand.IsAnswered ? "</td><td>yes</td><td>" : "</td><td>no</td><td>");
                if (demand.Latest is { } latest)
                {
                    Raw("<bdi>");
                    Text(latest.Response.From.Name);
                    Raw("</bdi>, ");
                    Date(latest.Date);
                }
                else
                {
                    Raw("none");
                }

                Raw("</td></tr>\n");
            }

            Raw("</tbody>\n</table>\n");
        }

        Raw($"<h3{english}>Every response</h3>\n<ol class=\"response-list\">\n");
        foreach (var response in letter.Responses)
        {
            Raw("<li><p>");
            Date(response.Date);
            Raw($"<span{english}>, by {EnumNames<ResponseChannel>.WordsOf(response.Channel)}:</span> <bdi>");
            Text(response.From.Name);
            Raw($"</bdi> <span{english}>({EnumNames<ResponseStance>.WordsOf(response.Stance)})</span></p>\n<p>");
            Text(response.Summary);
            Raw("</p></li>\n");
        }

        Raw("</ol>\n</section>\n");
    }

    private void Footer()
    {
        Raw("<footer>\n");
        if (!letter.Sources.IsEmpty)
        {
            Raw($"<h2{english}>Sources</h2>\n<ul class=\"sources\">\n");
            foreach (var source in letter.Sources)
            {
                Raw("<li>");
                Link(source.Url, source.Title ?? source.Url);
                if (source.Publisher is { } publisher)
                {
                    Raw(", <bdi>");
                    Text(publisher);
                    Raw("</bdi>");
                }

                if (source.Date is { } date)
                {
                    Raw(", ");
                    Date(date);
                }

                Raw("</li>\n");
            }

            Raw("</ul>\n");
        }

        Raw($"<p{english}>Letter <code>");
        Text(letter.Id);
        Raw("</code>, format version ");
        Text(letter.SchemaVersion);
        Raw(".</p>\n</footer>\n");
    }

    /// <summary>Writes lines joined by <c>br</c>; with a prefix ("cc: "), each name is isolated from it.</summary>
    private void Lines(IEnumerable<string> lines, string? prefix)
    {
        var first = true;
        foreach (var line in lines)
        {
            Raw(first ? string.Empty : "<br>");
            first = false;
            if (prefix is null)
            {
                Text(line);
            }
            else
            {
                Raw($"<span{english}>{prefix}</span><bdi>");
                Text(line);
                Raw("</bdi>");
            }
        }
    }

    private void WithEmphasis(string text)
    {
        foreach (var run in Emphasis.Parse(text))
        {
            Raw(run.Emphasised ? "<em>" : string.Empty);
            Text(run.Text);
            Raw(run.Emphasised ? "</em>" : string.Empty);
        }
    }

    /// <summary>Writes a link for an absolute http or https URL, and plain text for anything else (<c>javascript:</c> included).</summary>
    private void Link(string url, string text)
    {
        var web = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http");
        if (web)
        {
            Raw("<a href=\"");
            Text(url);
            Raw("\" rel=\"noreferrer\"><bdi>");
            Text(text);
            Raw("</bdi></a>");
        }
        else
        {
            Raw("<bdi>");
            Text(text);
            Raw("</bdi>");
        }
    }

    private void Date(PartialDate date)
    {
        Raw("<time datetime=\"");
        Raw(date.ToString());
        Raw($"\"{english}>");
        Raw(HumanDate.Format(date));
        Raw("</time>");
    }

    /// <summary>Writes the page's own markup; never called with the letter's text.</summary>
    private void Raw(string markup) => html.Write(markup);

    /// <summary>Writes the letter's text, encoded for an element's content or a quoted attribute value.</summary>
    private void Text(string text) => Encoder.Encode(html, text);

    private static string Fragment(string id) => "#" + Uri.EscapeDataString(id);

    private static bool IsEnglish(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) ||
        language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);
}
