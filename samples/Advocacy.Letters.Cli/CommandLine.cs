using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Advocacy.Letters.Cli;

/// <summary>What the user asked for: a command, its files and its output format.</summary>
/// <param name="Command">The command: <c>summary</c> (no arguments), <c>help</c>, <c>show</c>, <c>validate</c> or <c>render</c>.</param>
/// <param name="Files">The files, in order; <c>-</c> is standard input.</param>
/// <param name="Format">The value of <c>--format</c>, or <see langword="null"/> when it was not given.</param>
/// <param name="JsonLines">Whether <c>--jsonl</c> was given: standard input is a JSON Lines corpus.</param>
/// <param name="Today">The value of <c>--today</c> (<c>status</c> only), or <see langword="null"/>.</param>
/// <param name="Output">The value of <c>--output</c> (render, export), or <see langword="null"/> for standard output.</param>
/// <param name="Force">Whether <c>--force</c> was given: an existing output may be replaced.</param>
/// <param name="Include">The value of <c>--include</c> (render), or <see langword="null"/>.</param>
/// <param name="Import">The options of <c>import</c> (<c>--id</c>, <c>--from</c>, <c>--output</c>), or <see langword="null"/>.</param>
internal sealed record CommandLine(string Command, ImmutableArray<string> Files, string? Format, bool JsonLines = false, string? Today = null, string? Output = null, bool Force = false, string? Include = null, ImportArguments? Import = null)
{
    /// <summary>Reads the arguments, or explains in one line why they make no sense.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        if (args.Count == 0)
        {
            return new CommandLine("summary", [], null);
        }

        var command = args[0];
        if (command is "-h" or "--help" or "help")
        {
            return new CommandLine("help", [], null);
        }

        if (command == "schema" && args.Count == 1)
        {
            return new CommandLine("schema", [], null);
        }

        if (command == "import")
        {
            var import = ImportArguments.Parse(args, out error);
            return import is null ? null : new CommandLine("import", [import.File], null, Import: import);
        }

        if (command is not ("show" or "validate" or "render" or "convert" or "schema" or "status" or "export"))
        {
            error = command.StartsWith('-') ? $"unknown option '{command}'" : $"unknown command '{command}'";
            return null;
        }

        var files = ImmutableArray.CreateBuilder<string>();
        string? format = null;
        var jsonLines = false;
        string? output = null;
        string? include = null;
        var force = false;
        string? today = null;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                return new CommandLine("help", [], null);
            }

            if (arg == "--format" || arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                var value = arg == "--format" ? (i + 1 < args.Count ? args[++i] : null) : arg["--format=".Length..];
                if (string.IsNullOrEmpty(value))
                {
                    error = "--format needs a value";
                    return null;
                }

                format = value;
            }
            else if (command == "export" && (arg is "--output" or "-o" || arg.StartsWith("--output=", StringComparison.Ordinal)))
            {
                var value = arg.StartsWith("--output=", StringComparison.Ordinal) ? arg["--output=".Length..] : (i + 1 < args.Count ? args[++i] : null);
                if (string.IsNullOrEmpty(value))
                {
                    error = "--output needs a value";
                    return null;
                }

                output = value;
            }
            else if (command == "render" && arg is "--output" or "--include")
            {
                var value = i + 1 < args.Count ? args[++i] : null;
                if (string.IsNullOrEmpty(value))
                {
                    error = $"{arg} needs a value";
                    return null;
                }

                (output, include) = arg == "--output" ? (value, include) : (output, value);
            }
            else if (arg == "--force" && command is "render" or "export")
            {
                force = true;
            }
            else if ((arg == "--today" || arg.StartsWith("--today=", StringComparison.Ordinal)) && command == "status")
            {
                today = arg == "--today" ? (i + 1 < args.Count ? args[++i] : null) : arg["--today=".Length..];
                if (string.IsNullOrEmpty(today))
                {
                    error = "--today needs a date such as 2026-11-28";
                    return null;
                }
            }
            else if (arg == "--jsonl" && command == "validate")
            {
                jsonLines = true;
            }
            else if (arg.Length > 1 && arg.StartsWith('-'))
            {
                error = $"unknown option '{arg}'";
                return null;
            }
            else if (arg.Length == 0)
            {
                error = "an empty file name";
                return null;
            }
            else
            {
                files.Add(arg);
            }
        }

        var line = new CommandLine(command, files.ToImmutable(), format, jsonLines, today, output, force, include);
        error = line.Check();
        return error is null ? line : null;
    }

    private string? Check()
    {
        var formats = Command switch
        {
            "validate" or "status" => ["text", "json"],
            "render" => RenderCommand.Formats,
            "export" => ["csv", "parquet", "jsonld", "tei"],
            _ => [],
        };

        if (Format is not null && Array.IndexOf(formats, Format) < 0)
        {
            return formats.Length == 0
                ? $"{Command} takes no --format"
                : $"unknown format '{Format}' for {Command} (use {string.Join(" or ", formats)})";
        }

        if (Force && Output is null)
        {
            return "--force needs --output";
        }

        if (Command == "schema")
        {
            return "schema takes no FILE";
        }

        if (Command == "convert")
        {
            return Files.Length == 2 && !Files.Contains(Input.StandardInput) ? null : "convert needs IN and OUT, two paths";
        }

        if (Command == "export" && (Format is null || Output is null))
        {
            return "export needs --format csv|parquet|jsonld|tei and --output PATH";
        }

        if (Files.IsEmpty)
        {
            return Command is "validate" or "status" ? $"{Command} needs at least one FILE" : $"{Command} needs a FILE";
        }

        if (Command is not ("validate" or "status") && Files.Length > 1)
        {
            return $"{Command} takes one FILE, not {Files.Length}";
        }

        if (Files.Count(file => file == Input.StandardInput) > 1)
        {
            return "standard input ('-') can be read only once";
        }

        return null;
    }
}
