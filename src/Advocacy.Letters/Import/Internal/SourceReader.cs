using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// Turns the input into clean lines in one pass: line ends of any kind, no BOM, no control or bidirectional
/// characters, page breaks and page numbers noted and removed, and for Markdown the inline markup read.
/// </summary>
internal static class SourceReader
{
    public static List<SourceLine> Read(string text, ImportSession session)
    {
        var lines = new List<SourceLine>();
        var line = new StringBuilder();
        var removed = 0;
        var pageBreak = false;
        var number = 1;
        var markdown = session.Options.Format == LetterImportFormat.Markdown;
        session.Step(text.Length);

        void EndLine()
        {
            AddLine(lines, line.ToString(), number, ref pageBreak, markdown, session);
            line.Clear();
            number++;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndLine();
                    break;
                case '\n' or '\u2028' or '\u2029' or '\u0085':
                    EndLine();
                    break;
                case '\f' or '\v':
                    if (line.Length > 0)
                    {
                        EndLine();
                    }

                    pageBreak = true;
                    break;
                case '\t':
                    line.Append('\t');
                    break;
                case '\uFEFF' or '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\u00AD':
                    // BOM, zero-width space and marks, word joiner, soft hyphen: invisible, never words.
                    if (i > 0 || c != '\uFEFF')
                    {
                        removed++;
                    }

                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u3000':
                    line.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        line.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        line.Append('\uFFFD');
                        removed++;
                    }
                    else if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
                    {
                        removed++;
                    }
                    else
                    {
                        line.Append(c);
                    }

                    break;
            }
        }

        if (line.Length > 0)
        {
            EndLine();
        }

        if (removed > 0)
        {
            session.Warn(string.Empty, ImportCodes.CharactersRemoved, 0,
                string.Create(CultureInfo.InvariantCulture, $"{removed} invisible, control or bidirectional characters were removed"));
        }

        return lines;
    }

    private static void AddLine(List<SourceLine> lines, string raw, int number, ref bool pageBreak, bool markdown, ImportSession session)
    {
        var indent = 0;
        while (indent < raw.Length && (raw[indent] == ' ' || raw[indent] == '\t'))
        {
            indent++;
        }

        var text = raw.Trim();
        var heading = false;
        if (markdown)
        {
            text = MarkdownLine(text, out heading, out var breaks);
            if (breaks is not null)
            {
                // <br> inside a line: each part is a line of its own.
                foreach (var part in breaks)
                {
                    AddParsed(lines, part, number, indent, heading, ref pageBreak, session);
                }

                return;
            }
        }

        AddParsed(lines, text, number, indent, heading, ref pageBreak, session);
    }

    private static void AddParsed(List<SourceLine> lines, string text, int number, int indent, bool heading, ref bool pageBreak, ImportSession session)
    {
        text = text.Trim();
        if (IsPageNumber(text))
        {
            session.Warn(string.Empty, ImportCodes.TextSkipped, number, $"the page number \"{Advocacy.Letters.Internal.Excerpt.Of(text)}\" was left out");
            pageBreak = true;
            lines.Add(new SourceLine(string.Empty, number));
            return;
        }

        var line = new SourceLine(text, number) { Indent = indent, IsHeading = heading };
        if (text.Length > 0 && pageBreak)
        {
            line.AfterPageBreak = true;
            pageBreak = false;
        }

        lines.Add(line);
    }

    /// <summary>Reads a Markdown line: heading marks, rules, quotes, table pipes, then the inline markup.</summary>
    private static string MarkdownLine(string text, out bool heading, out List<string>? breaks)
    {
        heading = false;
        breaks = null;
        while (text.StartsWith('>'))
        {
            text = text.Substring(1).TrimStart();
        }

        var hashes = 0;
        while (hashes < text.Length && text[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is > 0 and <= 6 && (hashes == text.Length || text[hashes] == ' '))
        {
            heading = true;
            text = text.Substring(hashes).Trim().TrimEnd('#').Trim();
        }

        if (IsRule(text))
        {
            return string.Empty;
        }

        if (text.Length > 1 && text[0] == '|')
        {
            if (IsTableSeparator(text))
            {
                return string.Empty;
            }

            text = text.Trim('|').Replace("|", "\t");
        }

        var inline = MarkdownInline.Convert(text);
        if (inline.Contains('\n', StringComparison.Ordinal))
        {
            breaks = [.. inline.Split('\n')];
            return inline;
        }

        if (!heading && IsEmphasisOnly(inline))
        {
            heading = true;
        }

        return inline;
    }

    private static bool IsRule(string text)
    {
        if (text.Length < 3)
        {
            return false;
        }

        var mark = text[0];
        if (mark is not ('-' or '*' or '_' or '='))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c != mark && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTableSeparator(string text)
    {
        foreach (var c in text)
        {
            if (c is not ('|' or '-' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    // "*Organisations*" alone on a line: Markdown authors mark section titles so.
    private static bool IsEmphasisOnly(string text) =>
        text.Length > 2 && text[0] == '*' && text[text.Length - 1] == '*' && text.IndexOf('*', 1) == text.Length - 1;

    /// <summary>"Page 2", "Page 2 of 5", "- 2 -", "2/5": a page's number, not the letter's words.</summary>
    internal static bool IsPageNumber(string text)
    {
        if (text.Length is 0 or > 20)
        {
            return false;
        }

        var rest = text.Trim('-', '–', '—', ' ');
        var hadDashes = rest.Length != text.Length;
        var hadWord = false;
        if (rest.StartsWith("Page ", System.StringComparison.OrdinalIgnoreCase) || rest.StartsWith("p. ", System.StringComparison.OrdinalIgnoreCase))
        {
            rest = rest.Substring(rest.IndexOf(' ') + 1).Trim();
            hadWord = true;
        }

        var digits = 0;
        var i = 0;
        while (i < rest.Length && char.IsDigit(rest[i]))
        {
            i++;
            digits++;
        }

        if (digits is 0 or > 3)
        {
            return false;
        }

        var tail = rest.Substring(i).Trim();
        if (tail.Length == 0)
        {
            return hadWord || hadDashes;
        }

        if (tail.StartsWith("of ", System.StringComparison.OrdinalIgnoreCase))
        {
            tail = tail.Substring(3).Trim();
        }
        else if (tail[0] == '/')
        {
            tail = tail.Substring(1).Trim();
        }
        else
        {
            return false;
        }

        foreach (var c in tail)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return tail.Length is > 0 and <= 3;
    }
}
