using System.CommandLine;

namespace Advocacy.Letters.Cli.Commands;

/// <summary><c>letters show FILE</c>: the summary of a letter file.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("show", "the summary of a letter file: addressees, demands, signatories, events, responses");
        var file = Arguments.OneFile(command);
        command.SetAction(result =>
        {
            if (!Input.TryRead(Arguments.Single(result, file), context.Stdin, context.Stderr, out var letter))
            {
                return ExitCode.Unreadable;
            }

            LetterSummary.Write(letter, context.Today, context.Stdout);
            return ExitCode.Ok;
        });
        return command;
    }
}
