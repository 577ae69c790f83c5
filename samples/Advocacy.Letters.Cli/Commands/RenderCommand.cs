using System.CommandLine;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters render FILE [--format text|markdown|html] [--include PARTS] [--output FILE [--force]]</c>: the letter
/// for reading or publishing. To standard output it passes through the terminal-safe writer; to a file it is written
/// whole by the library's atomic output, and an existing file is replaced only with <c>--force</c>.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("render", "the letter as text, CommonMark or a standalone HTML page");
        var file = Arguments.OneFile(command);
        var format = Arguments.Format(command, Cli.RenderCommand.Formats);
        var include = new Option<string>("--include") { Description = "the parts to include: title,date,place,honorifics or all", HelpName = "PARTS" };
        var output = new Option<string>("--output") { Description = "write to FILE instead of standard output", HelpName = "FILE" };
        command.Options.Add(include);
        command.Options.Add(output);
        var force = Arguments.Force(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(force) && result.GetValue(output) is null)
            {
                result.AddError("--force needs --output");
            }
        });
        command.SetAction(result =>
        {
            var options = Cli.RenderCommand.ParseInclude(result.GetValue(include), out var error);
            if (options is null)
            {
                context.Error(error!);
                return ExitCode.Usage;
            }

            if (!Input.TryRead(Arguments.Single(result, file), context.Stdin, context.Stderr, out var letter))
            {
                return ExitCode.Unreadable;
            }

            var text = Cli.RenderCommand.Render(letter, result.GetValue(format) ?? "text", options);
            if (result.GetValue(output) is not { } path)
            {
                context.Stdout.Write(text);
                return ExitCode.Ok;
            }

            try
            {
                Cli.RenderCommand.WriteFile(path, text, result.GetValue(force));
            }
            catch (System.Exception ex) when (Faults.IsFileProblem(ex))
            {
                context.Error(ex is OutputExistsException ? $"{path}: already exists, left as it is (use --force to replace it)" : $"{path}: {Faults.Describe(path, ex)}");
                return ExitCode.Unreadable;
            }

            return ExitCode.Ok;
        });
        return command;
    }
}
