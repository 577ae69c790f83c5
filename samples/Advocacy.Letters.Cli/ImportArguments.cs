using System;
using System.Collections.Generic;
using System.IO;

namespace Advocacy.Letters.Cli;

/// <summary>The arguments of <c>letters import FILE [--id ID] [--from text|markdown|html] [--output FILE]</c>.</summary>
/// <param name="File">The letter to import; <c>-</c> is standard input.</param>
/// <param name="Id">The id to give the letter, or <see langword="null"/> for one made from its title.</param>
/// <param name="From">The input's format: <c>text</c>, <c>markdown</c> or <c>html</c>; from the file's extension when not given.</param>
/// <param name="Output">Where to write the JSON, or <see langword="null"/> for standard output.</param>
internal sealed record ImportArguments(string File, string? Id, string From, string? Output)
{
    private static readonly string[] Formats = ["text", "markdown", "html"];

    public static ImportArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? file = null, id = null, from = null, output = null;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--id" or "--from" or "--output")
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    error = $"{arg} needs a value";
                    return null;
                }

                var value = args[++i];
                _ = arg switch
                {
                    "--id" => id = value,
                    "--from" => from = value,
                    _ => output = value,
                };
            }
            else if (arg.Length > 1 && arg.StartsWith('-'))
            {
                error = $"unknown option '{arg}' for import";
                return null;
            }
            else if (file is not null)
            {
                error = "import takes one FILE";
                return null;
            }
            else if (arg.Length == 0)
            {
                error = "an empty file name";
                return null;
            }
            else
            {
                file = arg;
            }
        }

        if (file is null)
        {
            error = "import needs a FILE";
            return null;
        }

        from ??= FromExtension(file);
        if (Array.IndexOf(Formats, from) < 0)
        {
            error = $"unknown format '{from}' for import --from (use text, markdown or html)";
            return null;
        }

        return new ImportArguments(file, id, from, output);
    }

    private static string FromExtension(string file) => Path.GetExtension(file).ToUpperInvariant() switch
    {
        ".MD" or ".MARKDOWN" => "markdown",
        ".HTML" or ".HTM" or ".XHTML" => "html",
        _ => "text",
    };
}
