using System.CommandLine;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters generate --count N [--seed S] [--output FILE [--force]]</c>: a synthetic corpus of valid letters as
/// JSON Lines, the same for the same seed. Its arguments are read by <see cref="Cli.GenerateCommand"/>.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("generate", "a synthetic corpus of valid letters as JSON Lines, the same for the same seed")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(result => Cli.GenerateCommand.Run(result.UnmatchedTokens, context.Stdout, context.Stderr));
        return command;
    }
}
