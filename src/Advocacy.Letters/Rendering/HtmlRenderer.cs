using System;
using System.IO;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Rendering.Internal;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Rendering;

/// <summary>
/// Renders a letter as a standalone HTML page, for publishing: the letter as printed, its demands each with an anchor,
/// and, where responses exist, a table of each demand's current status and who answered.
/// </summary>
/// <remarks>
/// <para><b>Structure.</b> One UTF-8 document, no external resource: <c>html lang</c> is the letter's language (the
/// page's own English words are marked <c>lang="en"</c> when it is another); the title in <c>title</c> and
/// <c>h1</c>; the landmarks <c>header</c> (title, and the dateline when the options ask for it), <c>main</c> (the
/// letter in an <c>article</c> with the addressees in <c>address</c> and the signatories in a list; the demands in an
/// ordered list; the responses) and <c>footer</c> (the sources, linked when their URL is <c>http</c> or
/// <c>https</c>). Each demand's list item has the demand's id as its <c>id</c>, so <c>page.html#release-abductees</c>
/// links to it.</para>
/// <para><b>Status.</b> The table gives each demand's current status as <see cref="Tracking.LetterTracker"/> finds it
/// with every response on record: its disposition in the latest response (responses in date order, ties in document
/// order), whether any response answered it (a disposition other than <c>not-addressed</c>), and who sent that latest
/// response, and when.</para>
/// <para><b>Safety.</b> Every text from the letter goes through the framework's <c>HtmlEncoder</c>; names set among
/// other words are wrapped in <c>bdi</c>, so a bidirectional override cannot reorder the page around them. The style
/// sheet is inline, there is no script, and a Content-Security-Policy (<c>default-src 'none'</c>, the style sheet
/// allowed by its SHA-256 hash) stops anything else from loading or running.</para>
/// <para>The dateline and other dates are written in English words ("8 September 2011") inside <c>time</c>
/// elements that carry the ISO date. Lines end in LF.</para>
/// </remarks>
public static class HtmlRenderer
{
    /// <summary>Renders a letter as an HTML page.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The page, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter holds <see langword="null"/> where a value is required or in an array, a lone surrogate, or an undefined enumeration value (only a letter built in code can); the pointer says where.</exception>
    public static string Render(Letter letter) => Render(letter, LetterRenderOptions.Default);

    /// <summary>Renders a letter as an HTML page, with what <paramref name="options"/> adds.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="options">What to add; <see langword="null"/> for <see cref="LetterRenderOptions.Default"/>. The title is always shown.</param>
    /// <returns>The page, ending in a newline.</returns>
    /// <inheritdoc cref="Render(Letter)" path="/exception"/>
    public static string Render(Letter letter, LetterRenderOptions? options)
    {
        Guard.NotNull(letter);
        LetterJson.EnsureWritable(letter);

        using var html = new StringWriter { NewLine = "\n" };
        HtmlPage.Write(html, letter, options ?? LetterRenderOptions.Default);
        return html.ToString();
    }

    /// <summary>Renders a letter as an HTML page to a writer.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="writer">Where to write the page (UTF-8, as its <c>meta charset</c> says, is up to the writer).</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="LetterJsonException">The letter holds <see langword="null"/> where a value is required or in an array, a lone surrogate, or an undefined enumeration value; nothing is written.</exception>
    public static void Render(Letter letter, TextWriter writer) => Render(letter, writer, LetterRenderOptions.Default);

    /// <summary>Renders a letter as an HTML page to a writer, with what <paramref name="options"/> adds.</summary>
    /// <param name="letter">The letter.</param>
    /// <param name="writer">Where to write the page (UTF-8, as its <c>meta charset</c> says, is up to the writer).</param>
    /// <param name="options">What to add; <see langword="null"/> for <see cref="LetterRenderOptions.Default"/>. The title is always shown.</param>
    /// <inheritdoc cref="Render(Letter, TextWriter)" path="/exception"/>
    public static void Render(Letter letter, TextWriter writer, LetterRenderOptions? options)
    {
        Guard.NotNull(letter);
        Guard.NotNull(writer);
        writer.Write(Render(letter, options));
    }
}
