using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Advocacy.Letters.Export;
using Advocacy.Letters.Serialization;
using NodaTime;
#if LETTERS_PARQUET
using Advocacy.Letters.Parquet;
#endif

namespace Advocacy.Letters.Cli;

/// <summary>
/// <c>letters export FILE|CORPUS --format csv|parquet|jsonld|tei --output PATH [--force]</c>: a letter or a corpus as
/// CSV or Parquet tables (a folder), schema.org JSON-LD or a TEI/CMIF file, each written whole or not at all.
/// </summary>
internal sealed class ExportCommand(Stream stdin, TextWriter stdout, TextWriter stderr, IClock clock)
{
    /// <summary>Whether this build can write Parquet: the native (AOT) build leaves Parquet.Net out, for it is not AOT-safe.</summary>
#if LETTERS_PARQUET
    public const bool ParquetAvailable = true;
#else
    public const bool ParquetAvailable = false;
#endif

    public int Run(string input, string format, string output, bool force)
    {
        if (format == "parquet" && !ParquetAvailable)
        {
            Input.Error(stderr, "--format parquet is not available in the native build of letters (Parquet.Net is not AOT-safe); use the managed app or the Advocacy.Letters.Parquet package");
            return ExitCode.Usage;
        }

        try
        {
            var letters = Read(input);
            var written = format switch
            {
                "csv" => LetterCsv.WriteFolder(letters, output, force),
                "parquet" => WriteParquet(letters, output, force),
                "jsonld" => WriteJsonLd(letters, output, force),
                _ => LetterTei.WriteFile(letters, output, TeiHeader(output), force),
            };
            stdout.WriteLine($"{Input.DisplayName(input)} -> {output}: {Text.Count(written, "letter")}");
            return ExitCode.Ok;
        }
        catch (Corpus.ConvertException ex)
        {
            Input.Error(stderr, ex.Message);
        }
        catch (LetterJsonException ex)
        {
            Input.Error(stderr, $"{Input.DisplayName(input)}: {ex.Message}");
        }
        catch (Exception ex) when (Input.IsFileProblem(ex))
        {
            var exists = File.Exists(output) || Directory.Exists(output);
            Input.Error(stderr, exists && !force
                ? $"{output}: exists (use --force to replace it)"
                : $"{output}: {Input.Describe(output, ex)}");
        }

        return ExitCode.Unreadable;
    }

    private IEnumerable<Letter> Read(string input)
    {
        if (input == Input.StandardInput)
        {
            return [LetterJson.Read(stdin)];
        }

        if (!Directory.Exists(input) && !File.Exists(input))
        {
            throw new Corpus.ConvertException($"{input}: not found (expected a letter, a folder, a .json or a .jsonl file)");
        }

        return Corpus.Read(input);
    }

    /// <summary>Always one <c>@graph</c>, of one letter or many (the library's <c>LetterJsonLd.Write(Letter, Stream)</c> gives a single node).</summary>
    private static int WriteJsonLd(IEnumerable<Letter> letters, string output, bool force) =>
        LetterJsonLd.WriteFile(letters, output, force);

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
    private LetterTeiOptions TeiHeader(string output) => new()
    {
        Url = new Uri(Path.GetFullPath(output)).AbsoluteUri,
        PublicationDate = clock.GetCurrentInstant().InUtc().Date,
    };
}
