using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Advocacy.Letters.Rendering;

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

    /// <summary>Writes the rendering to <paramref name="output"/> as UTF-8, whole or not at all; an existing file only with <paramref name="force"/>.</summary>
    /// <exception cref="IOException">The file exists (without <paramref name="force"/>) or could not be written; nothing is left behind.</exception>
    public static void WriteFile(string output, string text, bool force)
    {
        var full = Path.GetFullPath(output);
        if (!force && (File.Exists(full) || Directory.Exists(full)))
        {
            throw new IOException("the file exists (use --force to replace it)");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: force);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
