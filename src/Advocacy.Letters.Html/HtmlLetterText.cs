using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Advocacy.Letters.Html;

/// <summary>
/// Turns an HTML page into the Markdown-like text <see cref="Import.LetterImporter"/> reads with
/// <see cref="Import.LetterImportFormat.Markdown"/>: headings as <c>#</c>, paragraphs between blank lines, list items
/// as <c>-</c> or <c>1.</c>, table rows as TAB-separated lines, emphasis as <c>*</c>, line breaks kept.
/// </summary>
/// <remarks>
/// Only the page's <c>article</c>, else its <c>main</c>, else its <c>body</c> is read; scripts, styles, navigation,
/// headers, footers, asides, forms, templates, comments and hidden elements (the <c>hidden</c> attribute,
/// <c>aria-hidden="true"</c>, an inline <c>display:none</c> or <c>visibility:hidden</c>) are left out. Characters
/// Markdown would read as markup are escaped. Never throws on any input: a page the parser itself fails on
/// (AngleSharp 1.x throws on some malformed pages) is read as text with its tags removed. Our walk of the tree is
/// linear in the page's size; AngleSharp's building of it grows with the square of the nesting depth (10,000 nested
/// elements take a fraction of a second, 100,000 about 45 s), so bound the size of untrusted pages. Thread-safe.
/// </remarks>
public static class HtmlLetterText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "button", "iframe", "head", "select", "canvas",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "address", "blockquote", "ul", "ol", "table", "tbody", "thead", "tfoot", "dl", "dt", "dd",
        "figure", "figcaption", "center", "pre", "hr", "body",
    };

    /// <summary>Converts an HTML page to the text the importer reads.</summary>
    /// <param name="html">The page.</param>
    /// <returns>The page's letter as Markdown-like text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(string html) => ToMarkdown(html, out _);

    /// <summary>Converts, and tells how many nodes and characters were examined (the tests show it is linear).</summary>
    internal static string ToMarkdown(string html, out long steps)
    {
#if NETSTANDARD2_0
        if (html is null)
        {
            throw new ArgumentNullException(nameof(html));
        }
#else
        ArgumentNullException.ThrowIfNull(html);
#endif

        var output = new StringBuilder();
        steps = html.Length;
        if (!TryParse(html, out var root))
        {
            // The parser itself failed on this page: its text is read with the tags removed, never a crash.
            steps += StripTags(html, output);
        }
        else if (root is not null)
        {
            steps += Walk(root, output);
        }

        steps += output.Length;
        return Tidy(output.ToString());
    }

    /// <summary>Finds the part of the page that holds the letter; <see langword="false"/> when the parser fails on the page.</summary>
    private static bool TryParse(string html, out INode? root)
    {
        try
        {
            var document = new HtmlParser().ParseDocument(html);
            root = (INode?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? (INode?)document.Body ?? document.DocumentElement;
            return true;
        }
#pragma warning disable CA1031 // AngleSharp 1.x throws NullReferenceException on some malformed pages (a select inside a table row).
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            root = null;
            return false;
        }
    }

    /// <summary>The fallback: text outside tags, entities decoded, a paragraph break at each tag; linear.</summary>
    private static long StripTags(string html, StringBuilder output)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (c == '<')
            {
                inTag = true;
                text.Append("\n\n");
                continue;
            }

            text.Append(c);
        }

        foreach (var paragraph in System.Net.WebUtility.HtmlDecode(text.ToString()).Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries))
        {
            Text(paragraph, output);
            output.Append("\n\n");
        }

        return html.Length;
    }

    // Depth-first without recursion: a page nested a million deep is walked like a flat one.
    private static long Walk(INode root, StringBuilder output)
    {
        long steps = 0;
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        var ordered = new Stack<int>();
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            steps++;
            if (node is IText text)
            {
                Text(text.Data, output);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (Skipped.Contains(name) || IsHidden(element))
            {
                continue;
            }

            if (closing)
            {
                Close(name, output, ordered);
                continue;
            }

            Open(element, name, output, ordered);
            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        return steps;
    }

    // What a browser does not show: the hidden attribute, aria-hidden="true", an inline display:none or visibility:hidden.
    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = new StringBuilder(style.Length);
        foreach (var c in style)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(char.ToLowerInvariant(c));
            }
        }

        var css = compact.ToString();
#if NETSTANDARD2_0
        return css.IndexOf("display:none", StringComparison.Ordinal) >= 0 || css.IndexOf("visibility:hidden", StringComparison.Ordinal) >= 0;
#else
        return css.Contains("display:none", StringComparison.Ordinal) || css.Contains("visibility:hidden", StringComparison.Ordinal);
#endif
    }

    private static void Open(IElement element, string name, StringBuilder output, Stack<int> ordered)
    {
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                output.Append("\n\n").Append('#', name[1] - '0').Append(' ');
                break;
            case "br":
                output.Append('\n');
                break;
            case "li":
                output.Append('\n');
                if (ordered.Count > 0 && ordered.Peek() > 0)
                {
                    var n = ordered.Pop();
                    output.Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ");
                    ordered.Push(n + 1);
                }
                else
                {
                    output.Append("- ");
                }

                break;
            case "ol":
                ordered.Push(1);
                output.Append("\n\n");
                break;
            case "ul":
                ordered.Push(0);
                output.Append("\n\n");
                break;
            case "tr":
                output.Append('\n');
                break;
            case "td" or "th":
                if (element.PreviousElementSibling is not null)
                {
                    output.Append('\t');
                }

                break;
            case "strong" or "b":
                output.Append("**");
                break;
            case "em" or "i":
                output.Append('*');
                break;
            default:
                if (Blocks.Contains(name))
                {
                    output.Append("\n\n");
                }

                break;
        }
    }

    private static void Close(string name, StringBuilder output, Stack<int> ordered)
    {
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                output.Append("\n\n");
                break;
            case "ol" or "ul":
                if (ordered.Count > 0)
                {
                    ordered.Pop();
                }

                output.Append("\n\n");
                break;
            case "strong" or "b":
                output.Append("**");
                break;
            case "em" or "i":
                output.Append('*');
                break;
            default:
                if (Blocks.Contains(name))
                {
                    output.Append("\n\n");
                }

                break;
        }
    }

    // White space collapsed as a browser shows it; Markdown's marks escaped so they stay letters.
    private static void Text(string data, StringBuilder output)
    {
        var space = output.Length > 0 && !char.IsWhiteSpace(output[output.Length - 1]);
        var pending = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                pending = true;
                continue;
            }

            if (pending && (space || output.Length > 0 && output[output.Length - 1] != '\n' && output[output.Length - 1] != '\t'))
            {
                output.Append(' ');
            }

            pending = false;
            space = true;
            if (c is '*' or '_' or '[' or ']' or '<' or '>' or '&' or '\\' or '#' or '`' or '|')
            {
                output.Append('\\');
            }

            output.Append(c);
        }

        if (pending && space)
        {
            output.Append(' ');
        }
    }

    // At most one blank line between blocks; no spaces at line ends.
    private static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        var newlines = 0;
        var line = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '\n')
            {
                var trimmed = line.ToString().Trim(' ');
                if (trimmed.Length > 0)
                {
                    if (result.Length > 0)
                    {
                        result.Append(newlines > 1 ? "\n\n" : "\n");
                    }

                    result.Append(trimmed);
                    newlines = 0;
                }

                newlines++;
                line.Clear();
            }
            else
            {
                line.Append(c);
            }
        }

        var last = line.ToString().Trim(' ');
        if (last.Length > 0)
        {
            if (result.Length > 0)
            {
                result.Append(newlines > 1 ? "\n\n" : "\n");
            }

            result.Append(last);
        }

        return result.Append('\n').ToString();
    }
}
