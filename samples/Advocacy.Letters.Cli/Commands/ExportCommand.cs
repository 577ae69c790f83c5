using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Advocacy.Letters.Cli.Output;
using Advocacy.Letters.Export;
using Advocacy.Letters.Serialization;
#if LETTERS_PARQUET
using Advocacy.Letters.Parquet;
#endif

namespace Advocacy.Letters.Cli.Commands;

/// <summary>
/// <c>letters export FILE|CORPUS --format csv|parquet|jsonld|tei --output PATH [--force]</c>: a letter or a corpus as
/// CSV or Parquet tables (a folder), schema.org JSON-LD or a TEI/CMIF file, each written whole or not at all; an
/// existing PATH is replaced only with <c>--force</c>.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Whether this build can write Parquet: the native (AOT) build leaves Parquet.Net out, for it is not AOT-safe.</summary>
#if LETTERS_PARQUET
    public const bool ParquetAvailable = true;
#else
    public const bool ParquetAvailable = false;
#endif

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
            Run(context, Arguments.Single(result, file), result.GetRequiredValue(format), result.GetRequiredValue(output), result.GetValue(force)));
        return command;
    }

    private static int Run(CommandContext context, string input, string format, string output, bool force)
    {
        if (format == "parquet" && !ParquetAvailable)
        {
            context.Error("--format parquet is not available in the native build of letters (Parquet.Net is not AOT-safe); use the managed app or the Advocacy.Letters.Parquet package");
            return ExitCode.Usage;
        }

        try
        {
            var letters = Read(context, input);
            var written = format switch
            {
                "csv" => LetterCsv.WriteFolder(letters, output, force),
                "parquet" => WriteParquet(letters, output, force),

                // Always one @graph, of one letter or many (LetterJsonLd.Write(Letter, Stream) gives a single node).
                "jsonld" => LetterJsonLd.WriteFile(letters, output, force),
                _ => LetterTei.WriteFile(letters, output, TeiHeader(context, output), force),
            };
            context.Stdout.WriteLine($"{Input.DisplayName(input)} -> {output}: {Text.Count(written, "letter")}");
            return ExitCode.Ok;
        }
        catch (Corpus.ConvertException ex)
        {
            context.Error(ex.Message);
        }
        catch (LetterJsonException ex)
        {
            context.Error($"{Input.DisplayName(input)}: {ex.Message}");
        }
        catch (Exception ex) when (OutputError.IsOutputProblem(ex))
        {
            // Reading faults are ConvertExceptions that name the input; what is left is the output's.
            return OutputError.Report(context.Stderr, output, ex);
        }

        return ExitCode.Unreadable;
    }

    private static IEnumerable<Letter> Read(CommandContext context, string input)
    {
        if (input == Input.StandardInput)
        {
            return [LetterJson.Read(context.Stdin)];
        }

        if (!Directory.Exists(input) && !File.Exists(input))
        {
            throw new Corpus.ConvertException($"{input}: not found (expected a letter, a folder, a .json or a .jsonl file)");
        }

        return Corpus.Read(input);
    }

    private static int WriteParquet(IEnumerable<Letter> letters, string output, bool force)
    {
#if LETTERS_PARQUET
        return LetterParquet.WriteFolderAsync(letters, output, force).GetAwaiter().GetResult();
#else
        _ = (letters, output, force);
        throw new InvalidOperationException("Parquet is not in this build.");
#endif
    }

    /// <summary>The CMIF header: published today (by the app's clock), at the output's own address until it is put online.</summary>
    private static LetterTeiOptions TeiHeader(CommandContext context, string output) => new()
    {
        Url = new Uri(Path.GetFullPath(output)).AbsoluteUri,
        PublicationDate = context.Today,
    };
}
