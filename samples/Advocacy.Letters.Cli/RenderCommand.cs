using System;
using System.IO;
using System.Linq;
using System.Text;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli;

/// <summary>
/// <c>letters render FILE [--format text|markdown|html] [--include title,date,place,honorifics|all] [--output FILE [--force]]</c>:
/// the letter for reading or publishing, to standard output or to a file written whole or not at all.
/// </summary>
internal static class RenderCommand
{
    /// <summary>The formats, the first the default.</summary>
    public static readonly string[] Formats = ["text", "markdown", "html"];

    /// <summary>What <c>--include</c> takes, comma-separated.</summary>
    public static readonly string[] Parts = ["title", "date", "place", "honorifics", "all"];

    /// <summary>Reads <c>--include</c>'s value, or explains in one line why it makes no sense.</summary>
    public static LetterRenderOptions? ParseInclude(string? value, out string? error)
    {
        error = null;
        if (value is null)
        {
            return LetterRenderOptions.Default;
        }

        var parts = value.Split(',').Select(p => p.Trim()).ToList();
        if (parts.FirstOrDefault(p => Array.IndexOf(Parts, p) < 0) is { } unknown)
        {
            error = $"unknown part '{unknown}' for --include (use {string.Join(", ", Parts)}, comma-separated)";
            return null;
        }

        bool Has(string part) => parts.Contains(part) || parts.Contains("all");
        return new LetterRenderOptions
        {
            IncludeTitle = Has("title"),
            IncludeDate = Has("date"),
            IncludePlace = Has("place"),
            IncludeHonorifics = Has("honorifics"),
        };
    }

    /// <summary>Renders <paramref name="letter"/> in <paramref name="format"/>.</summary>
    public static string Render(Letter letter, string format, LetterRenderOptions options) => format switch
    {
        "markdown" => MarkdownRenderer.Render(letter, options),
        "html" => HtmlRenderer.Render(letter, options),
        _ => PlainTextRenderer.Render(letter, options),
    };

    /// <summary>Writes the rendering to <paramref name="output"/> as UTF-8 through the library's atomic output: whole or not at all, an existing file only with <paramref name="force"/>.</summary>
    /// <exception cref="OutputExistsException">The file exists and <paramref name="force"/> is not set; it is left as it is.</exception>
    /// <exception cref="IOException">The file could not be written; nothing is left behind.</exception>
    public static void WriteFile(string output, string text, bool force)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        AtomicOutput.WriteFile(output, stream => stream.Write(bytes), force ? OutputOptions.Replace : OutputOptions.Default);
    }
}
