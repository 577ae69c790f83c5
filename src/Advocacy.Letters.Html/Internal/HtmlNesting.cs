using System;
using System.Collections.Generic;
using System.Text;

namespace Advocacy.Letters.Html.Internal;

/// <summary>
/// Bounds how deep a page nests before AngleSharp builds its tree. The HTML tree builder scans the stack of open
/// elements for most start tags, so its work grows with the square of the depth (40,000 nested <c>div</c>s took 5 s),
/// and so does its memory until the JIT has optimised it (10,000 took 2.4 GB). AngleSharp, like Blink, stops the
/// tree's depth near 512 but still stacks every open element. Here a start tag that would open an element deeper than
/// <see cref="MaxDepth"/> is removed with its end tag, and the text inside is kept.
/// </summary>
/// <remarks>
/// One pass, no regular expressions, a copy only when something is removed. Elements whose end tag HTML lets a page
/// leave out (<c>p</c>, <c>li</c>, <c>td</c>…) and void elements (<c>br</c>, <c>img</c>…) are not counted: the first
/// close themselves, the second never open. Comments, doctypes and the text of <c>script</c>, <c>style</c>,
/// <c>textarea</c>, <c>title</c> and the other raw-text elements hold no tags. SVG and MathML are followed as the tree
/// builder follows them: there <c>/&gt;</c> closes an element and nothing is raw text, an HTML tag such as <c>div</c>
/// closes them, and <c>foreignObject</c>, <c>title</c>, <c>mi</c> and the other integration points hold HTML again.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>The most elements counted here that may be open at once.</summary>
    internal const int MaxDepth = 512;

    private static readonly HashSet<string> Uncounted = new(StringComparer.Ordinal)
    {
        // Void elements.
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr",

        // Elements the next sibling or the parent's end closes.
        "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc", "tbody", "td",
        "tfoot", "th", "thead", "tr",
    };

    // Their text runs to their own end tag; plaintext's to the end of the page.
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title", "xmp",
    };

    // In SVG and MathML, these hold HTML again (HTML and MathML text integration points).
    private static readonly HashSet<string> IntegrationPoints = new(StringComparer.Ordinal)
    {
        "annotation-xml", "desc", "foreignobject", "mi", "mn", "mo", "ms", "mtext", "title",
    };

    // An HTML start tag among these, met in SVG or MathML, closes them: the element opens in HTML.
    private static readonly HashSet<string> LeaveForeignContent = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strike", "strong",
        "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    /// <summary>The page, with the tags nested deeper than <see cref="MaxDepth"/> removed; the same string when none are.</summary>
    internal static string Limit(string html)
    {
        var open = new OpenElements();
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while (i < html.Length && (i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var start = i;
            var next = html[i + 1];
            if (next is '!' or '?')
            {
                i = SkipMarkupDeclaration(html, i);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var tagEnd = closing ? html.IndexOf('>', nameEnd) : EndOfStartTag(html, nameEnd);
            if (tagEnd < 0)
            {
                // A tag the page never ends is no tag to the tree builder: nothing more can open.
                break;
            }

            var name = html.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
            i = tagEnd + 1;
            if (closing)
            {
                if (removed.TryGetValue(name, out var deeper) && deeper > 0)
                {
                    removed[name] = deeper - 1;
                    Remove(html, start, i, ref output, ref copied);
                }
                else if (open.Contains(name))
                {
                    // As HTML does, an end tag closes everything opened inside its element, removed ones included.
                    open.CloseThrough(name);
                    removed.Clear();
                }

                continue;
            }

            if (open.InForeignContent && LeaveForeignContent.Contains(name))
            {
                open.CloseForeignContent();
                removed.Clear();
            }

            // SVG and MathML have no raw text, and their elements may close themselves; in HTML "<div/>" opens a div.
            var foreign = open.InForeignContent;
            if (!foreign && RawText.Contains(name))
            {
                i = name == "plaintext" ? html.Length : EndOfRawText(html, i, name);
                continue;
            }

            var selfClosed = html[tagEnd - 1] == '/' && (foreign || name is "svg" or "math");
            if (selfClosed || Uncounted.Contains(name))
            {
                continue;
            }

            if (open.Count >= MaxDepth)
            {
                removed[name] = removed.TryGetValue(name, out var deeper) ? deeper + 1 : 1;
                Remove(html, start, i, ref output, ref copied);
                continue;
            }

            open.Open(name);
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    private static void Remove(string html, int start, int end, ref StringBuilder? output, ref int copied)
    {
        output ??= new StringBuilder(html.Length);
        output.Append(html, copied, start - copied);
        copied = end;
    }

    // "<!-- … -->", "<!DOCTYPE …>", "<![CDATA[ … ]]>" and "<? … >": the index just past them.
    private static int SkipMarkupDeclaration(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", start + 2, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var close = html.IndexOf('>', start + 2);
        return close < 0 ? html.Length : close + 1;
    }

    // The '>' that ends a start tag: one inside a quoted attribute value does not.
    private static int EndOfStartTag(string html, int i)
    {
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return i;
            }

            i++;
            if (c != '=')
            {
                continue;
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html.IndexOf(html[i], i + 1);
                if (quote < 0)
                {
                    return -1;
                }

                i = quote + 1;
            }
        }

        return -1;
    }

    // The start of "</name" (any case) followed by a space, '/' or '>'; the page's end when there is none.
    private static int EndOfRawText(string html, int i, string name)
    {
        while ((i = html.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            var after = i + 2 + name.Length;
            if (after <= html.Length
                && string.Compare(html, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || IsTagNameEnd(html[after])))
            {
                return i;
            }

            i += 2;
        }

        return html.Length;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsTagNameEnd(char c) => IsSpace(c) || c is '/' or '>';

    /// <summary>The elements counted as open, innermost last, and where SVG or MathML content starts and ends among them.</summary>
    private sealed class OpenElements
    {
        private readonly List<string> names = [];
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        // Where the namespace changes: the depth at which svg or math (true) or an integration point inside them (false) opened.
        private readonly List<(int Depth, bool Foreign)> switches = [];

        public int Count => names.Count;

        public bool InForeignContent => switches.Count > 0 && switches[switches.Count - 1].Foreign;

        public bool Contains(string name) => counts.TryGetValue(name, out var count) && count > 0;

        public void Open(string name)
        {
            if (name is "svg" or "math")
            {
                switches.Add((names.Count, true));
            }
            else if (InForeignContent && IntegrationPoints.Contains(name))
            {
                switches.Add((names.Count, false));
            }

            names.Add(name);
            counts[name] = counts.TryGetValue(name, out var count) ? count + 1 : 1;
        }

        /// <summary>Closes the innermost <paramref name="name"/> and everything opened inside it.</summary>
        public void CloseThrough(string name)
        {
            while (Close() != name)
            {
            }
        }

        /// <summary>Closes the SVG and MathML elements back to the nearest HTML content.</summary>
        public void CloseForeignContent()
        {
            while (InForeignContent)
            {
                var depth = switches[switches.Count - 1].Depth;
                while (names.Count > depth)
                {
                    Close();
                }
            }
        }

        private string Close()
        {
            var name = names[names.Count - 1];
            names.RemoveAt(names.Count - 1);
            counts[name]--;
            if (switches.Count > 0 && switches[switches.Count - 1].Depth == names.Count)
            {
                switches.RemoveAt(switches.Count - 1);
            }

            return name;
        }
    }
}
