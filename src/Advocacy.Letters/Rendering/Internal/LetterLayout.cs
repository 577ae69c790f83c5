using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>
/// The letter's blocks in the order they are printed: the addressee block of each <c>to</c> addressee, the salutation,
/// the paragraphs, the closing, the valediction, the signatures and the copies. Every renderer walks this one list.
/// </summary>
internal static class LetterLayout
{
    /// <summary>Lays out <paramref name="letter"/>; blocks with no text are left out (the signatures block stays).</summary>
    public static ImmutableArray<LayoutBlock> Of(Letter letter)
    {
        var blocks = ImmutableArray.CreateBuilder<LayoutBlock>();
        foreach (var addressee in letter.Addressees.Where(a => a?.Role == AddresseeRole.To))
        {
            blocks.Add(new AddressBlock(addressee.Name, AddressLines(addressee)));
        }

        AddText(blocks, TextRole.Salutation, letter.Salutation);
        foreach (var paragraph in letter.Body.OrEmpty())
        {
            AddText(blocks, TextRole.Paragraph, paragraph?.Text, paragraph?.Id);
        }

        AddText(blocks, TextRole.Closing, letter.Closing);
        AddText(blocks, TextRole.Valediction, letter.Valediction);
        blocks.Add(new SignaturesBlock(letter.Signatories.OrEmpty().Select(s => s?.Label ?? s?.Name!).ToImmutableArray()));

        var copies = letter.Addressees.Where(a => a?.Role == AddresseeRole.Cc).Select(a => a.Name).ToImmutableArray();
        if (!copies.IsEmpty)
        {
            blocks.Add(new CopiesBlock(copies));
        }

        return blocks.ToImmutable();
    }

    private static ImmutableArray<string> AddressLines(Addressee addressee)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        var positions = addressee.Positions.OrEmpty()
            .Where(p => p is not null)
            .Select(p => p.Label ?? (p.Organization is null ? p.Title : $"{p.Title}, {p.Organization}"))
            .ToList();
        if (positions.Count > 0)
        {
            lines.Add(string.Join(" and ", positions));
        }

        if (addressee.Address is not { } address)
        {
            return lines.ToImmutable();
        }

        var printed = address.Lines.OrEmpty();
        if (!printed.IsEmpty)
        {
            lines.AddRange(printed);
        }
        else
        {
            if (address.Locality is { } locality)
            {
                lines.Add(locality);
            }

            if (address.Country is { } country)
            {
                lines.Add(IsoCountries.NameOf(country));
            }
        }

        return lines.ToImmutable();
    }

    private static void AddText(ImmutableArray<LayoutBlock>.Builder blocks, TextRole role, string? text, string? id = null)
    {
        if (text is { Length: > 0 })
        {
            blocks.Add(new TextBlock(role, text, id));
        }
    }
}
