using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Rendering.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Rendering;

/// <summary>Renders a letter as plain text, laid out as it was printed: addressee block, salutation, paragraphs, closing, valediction and signatures.</summary>
/// <remarks>
/// <para>Inline emphasis stays as <c>*…*</c>. Paragraphs are separated by a blank line and lines end in LF. By default
/// the result has, for the sample dataset, the same words in the same order as the published letter;
/// <see cref="LetterRenderOptions"/> adds the title, date, place and honorifics.</para>
/// <para>The text is the letter's own, unescaped: escape it for the place it is shown (a terminal, say).</para>
/// </remarks>
public static class PlainTextRenderer
{
    /// <summary>Renders a letter as plain text.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The text, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter holds <see langword="null"/> where a value is required or in an array, a lone surrogate, or an undefined enumeration value (only a letter built in code can); the pointer says where.</exception>
    public static string Render(Letter letter) => Render(letter, LetterRenderOptions.Default);

    /// <summary>Renders a letter as plain text, with what <paramref name="options"/> adds.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="options">What to add; <see langword="null"/> for <see cref="LetterRenderOptions.Default"/>.</param>
    /// <returns>The text, ending in a newline.</returns>
    /// <inheritdoc cref="Render(Letter)" path="/exception"/>
    public static string Render(Letter letter, LetterRenderOptions? options)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Render(letter, writer, options);
        return writer.ToString();
    }

    /// <summary>Renders a letter as plain text to a writer.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="writer">Where to write; lines end in LF whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter holds <see langword="null"/> where a value is required or in an array, a lone surrogate, or an undefined enumeration value; nothing is written.</exception>
    public static void Render(Letter letter, TextWriter writer) => Render(letter, writer, LetterRenderOptions.Default);

    /// <summary>Renders a letter as plain text to a writer, with what <paramref name="options"/> adds.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="writer">Where to write; lines end in LF whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="options">What to add; <see langword="null"/> for <see cref="LetterRenderOptions.Default"/>.</param>
    /// <inheritdoc cref="Render(Letter, TextWriter)" path="/exception"/>
    public static void Render(Letter letter, TextWriter writer, LetterRenderOptions? options)
    {
        Guard.NotNull(letter);
        Guard.NotNull(writer);
        LetterJson.EnsureWritable(letter);

        var first = true;
        foreach (var block in LetterLayout.Of(letter, options ?? LetterRenderOptions.Default))
        {
            if (!first)
            {
                writer.Write('\n');
            }

            first = false;
            foreach (var line in Lines(block))
            {
                writer.Write(line);
                writer.Write('\n');
            }
        }
    }

    private static IEnumerable<string> Lines(LayoutBlock block) => block switch
    {
        TitleBlock title => [title.Title],
        DatelineBlock dateline => [dateline.Text],
        AddressBlock address => address.Lines.Prepend(address.Name),
        TextBlock text => [text.Text],
        SignaturesBlock signatures => signatures.Labels.Select(label => "- " + label),
        CopiesBlock copies => copies.Names.Select(name => "cc: " + name),
        _ => throw new InvalidOperationException($"No text layout for {block.GetType().Name}."),
    };
}
