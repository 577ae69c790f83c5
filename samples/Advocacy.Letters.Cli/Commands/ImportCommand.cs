using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Advocacy.Letters.Cli.Output;
using Advocacy.Letters.Html;
using Advocacy.Letters.Import;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters import FILE [--id ID] [--from text|markdown|html] [--output FILE [--force]]</c>: reads a text, Markdown
/// or HTML letter, prints (or writes, whole, by the library's atomic output) its canonical JSON and sends what the
/// importer guessed to standard error. The input is read by <see cref="LetterImporter.TryReadText"/>: at most 16 MiB of
/// UTF-8. Exit 0 when the letter validates, 1 when a person must fix it, 2 when the file cannot be read or the output
/// cannot be written.
/// </summary>
internal static class ImportCommand
{
    /// <summary>What <c>--from</c> takes; without it, the format comes from the file's extension.</summary>
    public static readonly string[] Formats = ["text", "markdown", "html"];

    public static Command Create(CommandContext context)
    {
        var command = new Command("import", "a text, Markdown or HTML letter as canonical JSON; what it guessed on stderr");
        var file = Arguments.OneFile(command);
        var id = Value(command, "--id", "ID", "the id to give the letter (default: one made from its title)");
        var from = Value(command, "--from", "text|markdown|html", "the input's format (default: from the file's extension: .md, .markdown; .html, .htm, .xhtml; else text)");
        from.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Array.IndexOf(Formats, result.Tokens[0].Value) < 0)
            {
                result.AddError($"unknown format '{result.Tokens[0].Value}' for import --from (use text, markdown or html)");
            }
        });
        var output = Value(command, "--output", "FILE", "write the JSON to FILE instead of standard output");
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
            var path = Arguments.Single(result, file);
            return Run(context, path, result.GetValue(id), result.GetValue(from) ?? FromExtension(path), result.GetValue(output), result.GetValue(force));
        });
        return command;
    }

    /// <summary>An option that takes one value, which may not be empty.</summary>
    private static Option<string> Value(Command command, string name, string helpName, string description)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[0].Value.Length == 0)
            {
                result.AddError($"{name} needs a value");
            }
        });
        command.Options.Add(option);
        return option;
    }

    private static int Run(CommandContext context, string file, string? id, string from, string? output, bool force)
    {
        var name = Input.DisplayName(file);
        string? text;
        string? reason;
        try
        {
            using var stream = Input.Open(file, context.Stdin);
            LetterImporter.TryReadText(stream, out text, out reason);
        }
        catch (Exception ex) when (Faults.IsFileProblem(ex))
        {
            text = null;
            reason = Faults.Describe(file, ex);
        }

        if (text is null)
        {
            context.Error($"{name}: {reason}");
            return ExitCode.Unreadable;
        }

        var options = new LetterImportOptions { Id = id, Format = from == "markdown" ? LetterImportFormat.Markdown : LetterImportFormat.Text };
        var result = from == "html" ? HtmlLetterImporter.Import(text, options) : LetterImporter.Import(text, options);
        foreach (var problem in result.Problems)
        {
            context.Error($"{name}: {problem}");
        }

        try
        {
            if (output is null)
            {
                context.Stdout.Write(LetterJson.ToJson(result.Letter));
            }
            else
            {
                LetterJson.WriteFile(result.Letter, output, force ? OutputOptions.Replace : OutputOptions.Default);
            }
        }
        catch (LetterJsonException ex)
        {
            // The write-time contract check: the import made something the format cannot carry; nothing was written.
            context.Error($"{name}: {ex.Message}");
            return ExitCode.Unreadable;
        }
        catch (Exception ex) when (output is not null && OutputError.IsOutputProblem(ex))
        {
            return OutputError.Report(context.Stderr, output, ex);
        }

        return result.IsValid ? ExitCode.Ok : ExitCode.Invalid;
    }

    private static string FromExtension(string file) => Path.GetExtension(file).ToUpperInvariant() switch
    {
        ".MD" or ".MARKDOWN" => "markdown",
        ".HTML" or ".HTM" or ".XHTML" => "html",
        _ => "text",
    };
}
