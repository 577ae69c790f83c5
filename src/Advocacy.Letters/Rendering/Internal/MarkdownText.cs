using System.Text;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>
/// Writes a letter's text into CommonMark so that it reads back as the same text and never as markup: a name such as
/// <c>[x](javascript:…)</c>, <c>&lt;script&gt;</c> or <c># Heading</c> stays words.
/// </summary>
/// <remarks>
/// <para>Everywhere: a backslash goes before <c>\ ` * _ [ ] &lt; &amp; | ~</c> (emphasis, code, links, images, raw HTML,
/// autolinks, entity references, and the tables and strikethrough of common extensions). At the start of a line,
/// where a block begins: before <c># &gt; + - =</c>, and before the <c>.</c> or <c>)</c> after leading digits (headings,
/// block quotes, lists, thematic breaks, setext underlines, ordered lists).</para>
/// <para>Line breaks inside a value become spaces, and white space at either end is dropped, so a value cannot end a
/// paragraph, open a block, indent a code block or end in a hard line break. Other characters, bidirectional controls
/// included, are kept: each value stands on a line of its own, which ends any override it holds.</para>
/// </remarks>
internal static class MarkdownText
{
    /// <summary>Appends <paramref name="text"/> as words only; <paramref name="lineStart"/> says whether a line begins with it.</summary>
    public static void Append(StringBuilder markdown, string text, bool lineStart) => Escape(markdown, OneLine(text), lineStart);

    /// <summary>Appends <paramref name="text"/> as the words of an ATX heading, where every <c>#</c> is escaped too (a trailing one would close it).</summary>
    public static void AppendHeading(StringBuilder markdown, string text) => Escape(markdown, OneLine(text), lineStart: true, heading: true);

    /// <summary>Appends <paramref name="text"/> with its <c>*emphasis*</c> (see <see cref="Emphasis"/>) as CommonMark emphasis, and the rest as words.</summary>
    public static void AppendWithEmphasis(StringBuilder markdown, string text, bool lineStart)
    {
        var atLineStart = lineStart;
        foreach (var run in Emphasis.Parse(OneLine(text)))
        {
            if (run.Emphasised)
            {
                markdown.Append('*');
                Escape(markdown, run.Text, lineStart: false);
                markdown.Append('*');
            }
            else
            {
                Escape(markdown, run.Text, atLineStart);
            }

            atLineStart = false;
        }
    }

    /// <summary>Gets whether <paramref name="text"/> would write nothing: empty or white space only.</summary>
    public static bool IsBlank(string text) => OneLine(text).Length == 0;

    private static void Escape(StringBuilder markdown, string value, bool lineStart, bool heading = false)
    {
        var digitsEnd = lineStart ? LeadingDigits(value) : 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '&' or '|' or '~'
                || (lineStart && i == 0 && c is '#' or '>' or '+' or '-' or '=')
                || (heading && c == '#')
                || (digitsEnd > 0 && i == digitsEnd && c is '.' or ')');
            if (escape)
            {
                markdown.Append('\\');
            }

            markdown.Append(c);
        }
    }

    private static string OneLine(string text)
    {
        if (text.IndexOfAny(['\r', '\n']) < 0)
        {
            return text.Trim();
        }

        return text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Trim();
    }

    private static int LeadingDigits(string value)
    {
        var count = 0;
        while (count < value.Length && value[count] is >= '0' and <= '9')
        {
            count++;
        }

        return count;
    }
}
