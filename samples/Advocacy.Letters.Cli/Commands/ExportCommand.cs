using System.CommandLine;

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters export FILE|CORPUS --format csv|parquet|jsonld|tei --output PATH [--force]</c>: tables, JSON-LD or
/// TEI/CMIF, written whole; an existing PATH is replaced only with <c>--force</c>.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("export", "tables (a folder of .csv or .parquet files), schema.org JSON-LD or a TEI/CMIF file");
        var file = Arguments.OneFile(command);
        var format = Arguments.Format(command, "csv", "parquet", "jsonld", "tei");
        format.DefaultValueFactory = null;
        format.Required = true;
        var output = new Option<string>("--output", "-o") { Description = "where to write", HelpName = "PATH", Required = true };
        command.Options.Add(output);
        var force = Arguments.Force(command);
        command.SetAction(result =>
            new Cli.ExportCommand(context.Stdin, context.Stdout, context.Stderr, context.Clock)
                .Run(Arguments.Single(result, file), result.GetRequiredValue(format), result.GetRequiredValue(output), result.GetValue(force)));
        return command;
    }
}
