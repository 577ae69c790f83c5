using System.Collections.Immutable;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>
/// The one reading of the format's inline emphasis, <c>*like this*</c>, for every renderer (and the importer after
/// them), so that Markdown, HTML and any later format agree on which words are emphasised.
/// </summary>
/// <remarks>
/// An asterisk opens emphasis when the next character is neither white space nor another asterisk; the next asterisk
/// closes it, provided the character before it is not white space. Otherwise the opening asterisk is text. There is
/// no nesting and no escape: <c>*kwan-li-so*</c> is emphasis, <c>2 * 3 * 4</c> and <c>**</c> are text, and in
/// <c>*a *b*</c> only <c>b</c> is emphasised. Joined again with their asterisks, the runs give back the text exactly.
/// </remarks>
internal static class Emphasis
{
    /// <summary>Splits <paramref name="text"/> into plain and emphasised runs, in order; no run is empty.</summary>
    public static ImmutableArray<InlineRun> Parse(string text)
    {
        var runs = ImmutableArray.CreateBuilder<InlineRun>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == '*' ? ClosingAsterisk(text, i) : -1;
            if (close < 0)
            {
                i++;
                continue;
            }

            if (i > plainStart)
            {
                runs.Add(new InlineRun(text.Substring(plainStart, i - plainStart), Emphasised: false));
            }

            runs.Add(new InlineRun(text.Substring(i + 1, close - i - 1), Emphasised: true));
            i = close + 1;
            plainStart = i;
        }

        if (plainStart < text.Length)
        {
            runs.Add(new InlineRun(text.Substring(plainStart), Emphasised: false));
        }

        return runs.ToImmutable();
    }

    /// <summary>Gets the index of the asterisk that closes emphasis opened at <paramref name="open"/>, or -1.</summary>
    private static int ClosingAsterisk(string text, int open)
    {
        if (open + 1 >= text.Length || text[open + 1] == '*' || char.IsWhiteSpace(text[open + 1]))
        {
            return -1;
        }

        var close = text.IndexOf('*', open + 2);
        return close > 0 && !char.IsWhiteSpace(text[close - 1]) ? close : -1;
    }
}
