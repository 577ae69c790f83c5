using System.CommandLine;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters convert IN OUT [--force]</c>: a folder, JSON array or corpus of letters into another of those forms.
/// OUT is written whole or not at all, and an existing OUT is replaced only with <c>--force</c>.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("convert", "a folder or JSON array of letters to JSON Lines, and back (OUT: .jsonl, .json or a folder)");
        var paths = Arguments.Files("IN OUT", "the letters to read, and where to write them");
        command.Arguments.Add(paths);
        var force = Arguments.Force(command);
        command.Validators.Add(result =>
        {
            var given = result.GetValue(paths) ?? [];
            if (!Arguments.CheckPaths(result, given))
            {
                return;
            }

            if (given.Length != 2 || System.Array.IndexOf(given, Input.StandardInput) >= 0)
            {
                result.AddError("convert needs IN and OUT, two paths");
            }
        });
        command.SetAction(result =>
        {
            var (input, output) = (result.GetRequiredValue(paths)[0], result.GetRequiredValue(paths)[1]);
            var progress = context.Progress($"{input} -> {output}");
            var (written, error) = Corpus.Convert(input, output, result.GetValue(force), progress, context.Cancellation);
            progress.Done();
            if (error is not null)
            {
                context.Error(error);
                return ExitCode.Unreadable;
            }

            context.Stdout.WriteLine($"{input} -> {output}: {Text.Count(written, "letter")}");
            return ExitCode.Ok;
        });
        return command;
    }
}
