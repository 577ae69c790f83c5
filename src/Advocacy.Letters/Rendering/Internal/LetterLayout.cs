using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>
/// The letter's blocks in the order they are printed: the addressee block of each <c>to</c> addressee, the salutation,
/// the paragraphs, the closing, the valediction, the signatures and the copies, after the title and the dateline when
/// the options ask for them. Every renderer walks this one list.
/// </summary>
/// <remarks>The letter has passed the write-time contract check, so no required member or array item is null.</remarks>
internal static class LetterLayout
{
    /// <summary>Lays out <paramref name="letter"/>; blocks with no text are left out.</summary>
    public static ImmutableArray<LayoutBlock> Of(Letter letter, LetterRenderOptions options)
    {
        var blocks = ImmutableArray.CreateBuilder<LayoutBlock>();
        if (options.IncludeTitle && letter.Title.Length > 0)
        {
            blocks.Add(new TitleBlock(letter.Title));
        }

        var place = options.IncludePlace && letter.Place is { Length: > 0 } p ? p : null;
        var date = options.IncludeDate ? letter.Date : null;
        if (place is not null || date is not null)
        {
            blocks.Add(new DatelineBlock(place, date));
        }

        foreach (var addressee in letter.Addressees.Where(a => a.Role == AddresseeRole.To))
        {
            blocks.Add(new AddressBlock(NameOf(addressee, options), AddressLines(addressee)));
        }

        AddText(blocks, TextRole.Salutation, letter.Salutation);
        foreach (var paragraph in letter.Body)
        {
            AddText(blocks, TextRole.Paragraph, paragraph.Text, paragraph.Id);
        }

        AddText(blocks, TextRole.Closing, letter.Closing);
        AddText(blocks, TextRole.Valediction, letter.Valediction);
        if (!letter.Signatories.IsEmpty)
        {
            blocks.Add(new SignaturesBlock(letter.Signatories.Select(s => s.Label).ToImmutableArray()));
        }

        var copies = letter.Addressees.Where(a => a.Role == AddresseeRole.Cc).Select(a => NameOf(a, options)).ToImmutableArray();
        if (!copies.IsEmpty)
        {
            blocks.Add(new CopiesBlock(copies));
        }

        return blocks.ToImmutable();
    }

    private static string NameOf(Addressee addressee, LetterRenderOptions options) =>
        options.IncludeHonorifics && addressee.Honorific is { Length: > 0 } honorific ? $"{honorific} {addressee.Name}" : addressee.Name;

    private static ImmutableArray<string> AddressLines(Addressee addressee)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        var positions = addressee.Positions
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

        var printed = address.Lines;
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
