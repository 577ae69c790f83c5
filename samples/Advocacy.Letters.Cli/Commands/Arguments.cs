using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using System.Numerics;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>The arguments and options that several commands share, each with its one-line usage error.</summary>
internal static class Arguments
{
    /// <summary>One FILE (<c>-</c> for standard input): <c>show FILE</c>, <c>render FILE</c>.</summary>
    public static Argument<string[]> OneFile(Command command)
    {
        var file = Files("FILE", "the letter file, or - for standard input");
        command.Arguments.Add(file);
        command.Validators.Add(result =>
        {
            var files = result.GetValue(file) ?? [];
            if (!CheckPaths(result, files))
            {
                return;
            }

            if (files.Length == 0)
            {
                result.AddError($"{command.Name} needs a FILE");
            }
            else if (files.Length > 1)
            {
                result.AddError($"{command.Name} takes one FILE, not {files.Length}");
            }
        });
        return file;
    }

    /// <summary>Any number of paths; the command's validator says how many it takes.</summary>
    public static Argument<string[]> Files(string name, string description)
    {
        return new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
    }

    /// <summary>
    /// Checks the paths given for a command, before their count: an empty name, or an unknown option that the parser
    /// took for a path (a file whose name starts with '-' is given as ./-name). Returns whether they passed.
    /// </summary>
    public static bool CheckPaths(CommandResult result, string[] paths)
    {
        if (paths.Any(path => path.Length == 0))
        {
            result.AddError("an empty file name");
            return false;
        }

        if (paths.FirstOrDefault(path => path.Length > 1 && path.StartsWith('-') && !long.TryParse(path, out _)) is { } option)
        {
            result.AddError($"unknown option '{option}'");
            return false;
        }

        return true;
    }

    /// <summary><c>--format</c>, one of <paramref name="formats"/>; the first is the default.</summary>
    public static Option<string> Format(Command command, params string[] formats)
    {
        var format = new Option<string>("--format")
        {
            Description = $"the output format: {string.Join(" or ", formats)}",
            HelpName = string.Join("|", formats),
            DefaultValueFactory = _ => formats[0],
        };
        format.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : formats[0];
            if (Array.IndexOf(formats, value) < 0)
            {
                result.AddError($"unknown format '{value}' for {command.Name} (use {string.Join(" or ", formats)})");
            }
        });
        command.Options.Add(format);
        return format;
    }

    /// <summary><c>--force</c>: replace an existing output, whole.</summary>
    public static Option<bool> Force(Command command)
    {
        var force = new Option<bool>("--force") { Description = "replace an existing output (whole, or not at all)" };
        command.Options.Add(force);
        return force;
    }

    /// <summary>
    /// A whole-number option from <paramref name="min"/> to <paramref name="max"/>, written in ASCII digits (a sign
    /// only where <paramref name="min"/> is negative); any other value is one usage error that says the range:
    /// <c>--count '-1' is not a whole number from 0 to 2147483647</c>. Parsed without reflection, for native AOT.
    /// </summary>
    public static Option<T> WholeNumber<T>(Command command, string name, string description, T min, T max)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var styles = min < T.Zero ? NumberStyles.AllowLeadingSign : NumberStyles.None;
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = "N",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (T.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                {
                    return value;
                }

                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} '{text}' is not a whole number from {min} to {max}"));
                return default;
            },
        };
        command.Options.Add(option);
        return option;
    }

    /// <summary>
    /// Gets the value given for <paramref name="option"/>, for a command's validator: <see langword="null"/> when it is
    /// not given or has no value (the parser reports that itself; <c>GetValue</c> would throw there).
    /// </summary>
    public static string? Given(CommandResult result, Option<string> option) =>
        result.GetResult(option) is { Tokens: [var token, ..] } ? token.Value : null;

    /// <summary>Gets the value of an argument of one FILE, as its validator ensured.</summary>
    public static string Single(ParseResult result, Argument<string[]> file) => result.GetRequiredValue(file)[0];
}
