using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using Advocacy.Letters.Cli.Output;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters generate --count N [--seed S] [--output FILE [--force]]</c>: a synthetic corpus of valid letters from
/// <see cref="SampleLetters.Generate"/> as JSON Lines, the same for the same seed, to standard output or to a file
/// written whole by the library's atomic output (an existing one is replaced only with <c>--force</c>).
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The seed used when <c>--seed</c> is not given.</summary>
    public const long DefaultSeed = 1;

    public static Command Create(CommandContext context)
    {
        var command = new Command("generate", "a synthetic corpus of valid letters as JSON Lines, the same for the same seed");
        var count = Arguments.WholeNumber(command, "--count", "how many letters (required)", 0, int.MaxValue);
        var seed = Arguments.WholeNumber(command, "--seed", "the seed: the same seed gives the same letters on every machine", long.MinValue, long.MaxValue);
        seed.DefaultValueFactory = _ => DefaultSeed;
        var output = new Option<string>("--output") { Description = "write to FILE instead of standard output", HelpName = "FILE" };
        command.Options.Add(output);
        var force = Arguments.Force(command);

        // Not an argument: declared only so that a stray FILE gets a message that points to --output.
        var stray = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        command.Arguments.Add(stray);
        command.Validators.Add(result =>
        {
            var given = result.GetValue(stray) ?? [];
            if (!Arguments.CheckPaths(result, given))
            {
                return;
            }

            if (given.Length > 0)
            {
                result.AddError($"generate takes no FILE ('{given[0]}'): use --output FILE");
            }
            else if (result.GetResult(count) is null)
            {
                result.AddError("generate needs --count N");
            }
            else if (result.GetValue(force) && result.GetResult(output) is null)
            {
                result.AddError("--force is for --output FILE");
            }
            else if (Arguments.Given(result, output) is "")
            {
                result.AddError("--output needs a value");
            }
        });
        command.SetAction(result =>
        {
            var letters = SampleLetters.Generate(result.GetValue(count), result.GetValue(seed));
            if (result.GetValue(output) is not { } path)
            {
                WriteLines(letters, context.Stdout);
                return ExitCode.Ok;
            }

            using var writing = PendingOutputs.Begin();
            try
            {
                LetterJsonLines.WriteFile(letters, path, result.GetValue(force) ? OutputOptions.Replace : OutputOptions.Default, context.Cancellation);
            }
            catch (Exception ex) when (OutputError.IsOutputProblem(ex))
            {
                return OutputError.Report(context.Stderr, path, ex);
            }

            return ExitCode.Ok;
        });
        return command;
    }

    // Line by line, so that a large corpus streams through the terminal-safe writer instead of building up.
    private static void WriteLines(IEnumerable<Letter> letters, TextWriter stdout)
    {
        using var line = new MemoryStream();
        foreach (var letter in letters)
        {
            line.SetLength(0);
            LetterJsonLines.Write([letter], line);
            stdout.Write(Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length));
        }

        stdout.Flush();
    }
}
