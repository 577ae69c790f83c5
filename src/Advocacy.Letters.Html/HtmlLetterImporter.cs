using System;
using Advocacy.Letters.Import;

namespace Advocacy.Letters.Html;

/// <summary>Imports a letter published as an HTML page: <see cref="HtmlLetterText"/>, then <see cref="LetterImporter"/> as Markdown.</summary>
public static class HtmlLetterImporter
{
    /// <summary>Imports a letter from an HTML page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="options">The id and language to give the letter; its <see cref="LetterImportOptions.Format"/> is ignored (the page is read as HTML).</param>
    /// <returns>The letter and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static LetterImportResult Import(string html, LetterImportOptions? options = null) => Import(html, options, out _);

    /// <summary>Imports, and tells how much work was done, summed over the page and the letter (the tests show it is linear).</summary>
    internal static LetterImportResult Import(string html, LetterImportOptions? options, out long steps)
    {
        var text = HtmlLetterText.ToMarkdown(html, out var pageSteps);
        var result = LetterImporter.Import(text, (options ?? LetterImportOptions.Default) with { Format = LetterImportFormat.Markdown }, out var letterSteps);
        steps = pageSteps + letterSteps;
        return result;
    }
}
