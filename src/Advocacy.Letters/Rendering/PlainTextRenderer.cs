using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Rendering.Internal;

namespace Advocacy.Letters.Rendering;

/// <summary>Renders a letter as plain text, laid out as it was printed: addressee block, salutation, paragraphs, closing, valediction and signatures.</summary>
/// <remarks>
/// Inline emphasis stays as <c>*…*</c>. Paragraphs are separated by a blank line and lines end in LF. For the sample
/// dataset the result has the same words, in the same order, as the published letter.
/// </remarks>
public static class PlainTextRenderer
{
    /// <summary>Renders a letter as plain text.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The text, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    public static string Render(Letter letter)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Render(letter, writer);
        return writer.ToString();
    }

    /// <summary>Renders a letter as plain text to a writer.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="writer">Where to write; lines end in LF whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Render(Letter letter, TextWriter writer)
    {
        Guard.NotNull(letter);
        Guard.NotNull(writer);

        var first = true;
        foreach (var block in LetterLayout.Of(letter))
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
        AddressBlock address => address.Lines.Prepend(address.Name),
        TextBlock text => [text.Text],
        SignaturesBlock signatures => signatures.Labels.Select(label => "- " + label),
        CopiesBlock copies => copies.Names.Select(name => "cc: " + name),
        _ => throw new InvalidOperationException($"No text layout for {block.GetType().Name}."),
    };
}
