using System;
using System.CommandLine;
using System.Linq;
using System.Text;
using Advocacy.Letters.Cli.Output;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters render FILE [--format text|markdown|html] [--include PARTS] [--output FILE [--force]]</c>: the letter
/// for reading or publishing. To standard output it passes through the terminal-safe writer; to a file it is written
/// whole by the library's atomic output, and an existing file is replaced only with <c>--force</c>.
/// </summary>
internal static class RenderCommand
{
    /// <summary>The formats, the first the default.</summary>
    public static readonly string[] Formats = ["text", "markdown", "html"];

    /// <summary>What <c>--include</c> takes, comma-separated.</summary>
    public static readonly string[] Parts = ["title", "date", "place", "honorifics", "all"];

    public static Command Create(CommandContext context)
    {
        var command = new Command("render", "the letter as text, CommonMark or a standalone HTML page");
        var file = Arguments.OneFile(command);
        var format = Arguments.Format(command, Formats);
        var include = new Option<string>("--include") { Description = "the parts to include: title,date,place,honorifics or all", HelpName = "PARTS" };
        include.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && ParseInclude(result.Tokens[0].Value, out var error) is null)
            {
                result.AddError(error!);
            }
        });
        var output = new Option<string>("--output") { Description = "write to FILE instead of standard output", HelpName = "FILE" };
        command.Options.Add(include);
        command.Options.Add(output);
        var force = Arguments.Force(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(force) && result.GetResult(output) is null)
            {
                result.AddError("--force needs --output");
            }
        });
        command.SetAction(result =>
        {
            var options = ParseInclude(result.GetValue(include), out _)!;
            if (!Input.TryRead(Arguments.Single(result, file), context.Stdin, context.Stderr, out var letter))
            {
                return ExitCode.Unreadable;
            }

            var text = Render(letter, result.GetValue(format) ?? Formats[0], options);
            if (result.GetValue(output) is not { } path)
            {
                context.Stdout.Write(text);
                return ExitCode.Ok;
            }

            try
            {
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                AtomicOutput.WriteFile(path, stream => stream.Write(bytes), result.GetValue(force) ? OutputOptions.Replace : OutputOptions.Default);
            }
            catch (Exception ex) when (OutputError.IsOutputProblem(ex))
            {
                return OutputError.Report(context.Stderr, path, ex);
            }

            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>Reads <c>--include</c>'s value, or explains in one line why it makes no sense.</summary>
    private static LetterRenderOptions? ParseInclude(string? value, out string? error)
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

    private static string Render(Letter letter, string format, LetterRenderOptions options) => format switch
    {
        "markdown" => MarkdownRenderer.Render(letter, options),
        "html" => HtmlRenderer.Render(letter, options),
        _ => PlainTextRenderer.Render(letter, options),
    };
}
