using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Rendering.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Rendering;

/// <summary>
/// Renders a letter as CommonMark: the addressee block with hard line breaks, the paragraphs with their emphasis, and
/// the signatories as a list.
/// </summary>
/// <remarks>
/// <para>The blocks and their order are those of <see cref="PlainTextRenderer"/>: for the sample dataset, with the
/// default options, the Markdown reads as the same words in the same order as the published letter.
/// <see cref="LetterRenderOptions.IncludeTitle"/> makes the title a level-1 heading.</para>
/// <para>The letter's text is escaped, never trusted as markup: Markdown's punctuation gets a backslash where it
/// would mean something (<c>\*</c>, <c>\[</c>, <c>\&lt;</c>, <c>\&amp;</c>, a <c>\#</c> or <c>1\.</c> that begins a
/// line…), line breaks inside a value become spaces and white space around it is dropped, so that a name cannot make a
/// link, an image, raw HTML, a heading or a new block. Inline emphasis, <c>*like this*</c>, becomes CommonMark emphasis.
/// Hard line breaks are a backslash at the end of the line, which survives editors that trim trailing spaces.
/// Lines end in LF.</para>
/// </remarks>
public static class MarkdownRenderer
{
    /// <summary>Renders a letter as CommonMark.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The Markdown, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter holds <see langword="null"/> where a value is required or in an array, a lone surrogate, or an undefined enumeration value (only a letter built in code can); the pointer says where.</exception>
    public static string Render(Letter letter) => Render(letter, LetterRenderOptions.Default);

    /// <summary>Renders a letter as CommonMark, with what <paramref name="options"/> adds.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="options">What to add; <see langword="null"/> for <see cref="LetterRenderOptions.Default"/>.</param>
    /// <returns>The Markdown, ending in a newline.</returns>
    /// <inheritdoc cref="Render(Letter)" path="/exception"/>
    public static string Render(Letter letter, LetterRenderOptions? options)
    {
        Guard.NotNull(letter);
        LetterJson.EnsureWritable(letter);

        var markdown = new StringBuilder();
        foreach (var block in LetterLayout.Of(letter, options ?? LetterRenderOptions.Default))
        {
            var start = markdown.Length;
            if (start > 0)
            {
                markdown.Append('\n');
            }

            var before = markdown.Length;
            Append(markdown, block);
            if (markdown.Length == before)
            {
                // Nothing to show (a value of white space only): no blank line for it either.
                markdown.Length = start;
            }
        }

        return markdown.ToString();
    }

    /// <summary>Renders a letter as CommonMark to a writer.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="writer">Where to write; lines end in LF whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter holds <see langword="null"/> where a value is required or in an array, a lone surrogate, or an undefined enumeration value; nothing is written.</exception>
    public static void Render(Letter letter, TextWriter writer) => Render(letter, writer, LetterRenderOptions.Default);

    /// <summary>Renders a letter as CommonMark to a writer, with what <paramref name="options"/> adds.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="writer">Where to write; lines end in LF whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="options">What to add; <see langword="null"/> for <see cref="LetterRenderOptions.Default"/>.</param>
    /// <inheritdoc cref="Render(Letter, TextWriter)" path="/exception"/>
    public static void Render(Letter letter, TextWriter writer, LetterRenderOptions? options)
    {
        Guard.NotNull(letter);
        Guard.NotNull(writer);
        writer.Write(Render(letter, options));
    }

    private static void Append(StringBuilder markdown, LayoutBlock block)
    {
        switch (block)
        {
            case TitleBlock title:
                markdown.Append("# ");
                MarkdownText.AppendHeading(markdown, title.Title);
                markdown.Append('\n');
                break;
            case DatelineBlock dateline:
                AppendLines(markdown, [dateline.Text], prefix: null);
                break;
            case AddressBlock address:
                AppendLines(markdown, [address.Name, .. address.Lines], prefix: null);
                break;
            case TextBlock text when !MarkdownText.IsBlank(text.Text):
                MarkdownText.AppendWithEmphasis(markdown, text.Text, lineStart: true);
                markdown.Append('\n');
                break;
            case TextBlock:
                break;
            case SignaturesBlock signatures:
                foreach (var label in signatures.Labels.Where(l => !MarkdownText.IsBlank(l)))
                {
                    markdown.Append("- ");
                    MarkdownText.Append(markdown, label, lineStart: true);
                    markdown.Append('\n');
                }

                break;
            case CopiesBlock copies:
                AppendLines(markdown, copies.Names, prefix: "cc: ");
                break;
            default:
                throw new InvalidOperationException($"No Markdown layout for {block.GetType().Name}.");
        }
    }

    /// <summary>Appends the lines of one paragraph, joined by hard line breaks; blank lines are left out.</summary>
    private static void AppendLines(StringBuilder markdown, IEnumerable<string> lines, string? prefix)
    {
        var first = true;
        foreach (var line in lines.Where(l => !MarkdownText.IsBlank(l)))
        {
            if (!first)
            {
                markdown.Append("\\\n");
            }

            first = false;
            markdown.Append(prefix);
            MarkdownText.Append(markdown, line, lineStart: prefix is null);
        }

        if (!first)
        {
            markdown.Append('\n');
        }
    }
}
