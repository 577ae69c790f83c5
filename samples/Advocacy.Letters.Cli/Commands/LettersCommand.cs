using System.CommandLine;
using System.CommandLine.Help;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// The command tree of <c>letters</c>. Each command is one small file in this folder with a
/// <c>Create(CommandContext)</c> that returns its <see cref="Command"/>; to add one, write that file and add it to
/// the list below.
/// </summary>
internal static class LettersCommand
{
    public static Command Create(CommandContext context)
    {
        // A plain command named "letters" rather than a RootCommand, which takes its name from the process (the test
        // host, in tests); it gets the same --help (which every subcommand inherits) and --version.
        var root = new Command("letters", "letters: show, validate, render and convert advocacy letters")
        {
            new HelpOption { Recursive = true },
            new VersionOption(),
            ShowCommand.Create(context),
            ValidateCommand.Create(context),
            RenderCommand.Create(context),
            ImportCommand.Create(context),
            StatusCommand.Create(context),
            ConvertCommand.Create(context),
            SchemaCommand.Create(context),
            ExportCommand.Create(context),
            GenerateCommand.Create(context),
        };
        root.SetAction(_ => SummaryCommand.Run(context));
        return root;
    }
}
