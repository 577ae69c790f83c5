using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Advocacy.Letters.Internal;

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

        var blocks = new List<IEnumerable<string>>();
        foreach (var addressee in letter.Addressees.Where(a => a?.Role == AddresseeRole.To))
        {
            blocks.Add(AddresseeBlock(addressee));
        }

        Add(blocks, letter.Salutation);
        foreach (var paragraph in letter.Body.OrEmpty())
        {
            Add(blocks, paragraph?.Text);
        }

        Add(blocks, letter.Closing);
        Add(blocks, letter.Valediction);
        blocks.Add(letter.Signatories.OrEmpty().Select(s => "- " + (s?.Label ?? s?.Name)));

        var copies = letter.Addressees.Where(a => a?.Role == AddresseeRole.Cc).Select(a => "cc: " + a.Name).ToList();
        if (copies.Count > 0)
        {
            blocks.Add(copies);
        }

        var first = true;
        foreach (var block in blocks)
        {
            if (!first)
            {
                writer.Write('\n');
            }

            first = false;
            foreach (var line in block)
            {
                writer.Write(line);
                writer.Write('\n');
            }
        }
    }

    private static IEnumerable<string> AddresseeBlock(Addressee addressee)
    {
        yield return addressee.Name;

        var positions = addressee.Positions.OrEmpty()
            .Where(p => p is not null)
            .Select(p => p.Label ?? (p.Organization is null ? p.Title : $"{p.Title}, {p.Organization}"))
            .ToList();
        if (positions.Count > 0)
        {
            yield return string.Join(" and ", positions);
        }

        if (addressee.Address is not { } address)
        {
            yield break;
        }

        var lines = address.Lines.OrEmpty();
        if (!lines.IsEmpty)
        {
            foreach (var line in lines)
            {
                yield return line;
            }
        }
        else
        {
            if (address.Locality is { } locality)
            {
                yield return locality;
            }

            if (address.Country is { } country)
            {
                yield return IsoCountries.NameOf(country);
            }
        }
    }

    private static void Add(List<IEnumerable<string>> blocks, string? text)
    {
        if (text is { Length: > 0 })
        {
            blocks.Add([text]);
        }
    }
}
