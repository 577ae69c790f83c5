using System.CommandLine;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli.Commands;

/// <summary><c>letters schema</c>: the JSON Schema of the format, as shipped in the library.</summary>
internal static class SchemaCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("schema", "the JSON Schema of the format");
        command.SetAction(_ =>
        {
            context.Stdout.Write(LetterJsonSchema.Text);
            return ExitCode.Ok;
        });
        return command;
    }
}
