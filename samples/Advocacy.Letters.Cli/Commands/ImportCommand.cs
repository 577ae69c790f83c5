using System.CommandLine;
using System.Linq;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters import FILE [--id ID] [--from text|markdown|html] [--output FILE]</c>: a text, Markdown or HTML letter
/// as canonical JSON. Its arguments are read by <see cref="ImportArguments"/>, which also infers <c>--from</c>.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("import", "a text, Markdown or HTML letter as canonical JSON; what it guessed on stderr")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(result =>
        {
            var arguments = ImportArguments.Parse(["import", .. result.UnmatchedTokens], out var error);
            if (arguments is null)
            {
                context.Error($"{error} (see 'letters --help')");
                return ExitCode.Usage;
            }

            return new Cli.ImportCommand(context.Stdin, context.Stdout, context.Stderr).Run(arguments);
        });
        return command;
    }
}
