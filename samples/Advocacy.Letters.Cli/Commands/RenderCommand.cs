using System.CommandLine;
using Advocacy.Letters.Rendering;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters render FILE [--format text]</c>: the letter as plain text. Like every output, it passes through the
/// terminal-safe writer: a control or invisible character in the letter shows as <c>\uXXXX</c>, in a terminal or a
/// file alike (the exact text is in the JSON).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("render", "the letter as plain text");
        var file = Arguments.OneFile(command);
        Arguments.Format(command, "text");
        command.SetAction(result =>
        {
            if (!Input.TryRead(Arguments.Single(result, file), context.Stdin, context.Stderr, out var letter))
            {
                return ExitCode.Unreadable;
            }

            PlainTextRenderer.Render(letter, context.Stdout);
            return ExitCode.Ok;
        });
        return command;
    }
}
