using System;
using System.IO;
using System.Text;
using Advocacy.Letters.Html;
using Advocacy.Letters.Import;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli;

/// <summary>
/// <c>letters import FILE</c>: reads a text, Markdown or HTML letter, prints (or writes) its canonical JSON and sends
/// what the importer guessed to standard error. Exit 0 when the letter validates, 1 when a person must fix it, 2 when
/// the file cannot be read.
/// </summary>
internal sealed class ImportCommand(Stream stdin, TextWriter stdout, TextWriter stderr)
{
    public int Run(ImportArguments arguments)
    {
        var name = Input.DisplayName(arguments.File);
        string text;
        try
        {
            using var stream = Input.Open(arguments.File, stdin);
            using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (Exception ex) when (Input.IsFileProblem(ex))
        {
            Input.Error(stderr, $"{name}: {Input.Describe(arguments.File, ex)}");
            return ExitCode.Unreadable;
        }

        var options = new LetterImportOptions { Id = arguments.Id, Format = arguments.From == "markdown" ? LetterImportFormat.Markdown : LetterImportFormat.Text };
        var result = arguments.From == "html" ? HtmlLetterImporter.Import(text, options) : LetterImporter.Import(text, options);
        foreach (var problem in result.Problems)
        {
            Input.Error(stderr, $"{name}: {problem}");
        }

        var json = LetterJson.ToJson(result.Letter);
        if (arguments.Output is null)
        {
            stdout.Write(json);
        }
        else if (WriteAtomically(arguments.Output, json, out var error) is false)
        {
            Input.Error(stderr, $"{arguments.Output}: {error}");
            return ExitCode.Unreadable;
        }

        return result.IsValid ? ExitCode.Ok : ExitCode.Invalid;
    }

    // A temporary file beside the target, then a rename: a reader never sees half a letter; an existing file is kept.
    private static bool WriteAtomically(string path, string json, out string? error)
    {
        error = null;
        if (File.Exists(path) || Directory.Exists(path))
        {
            error = "already exists: not replaced";
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = new UTF8Encoding(false).GetBytes(json);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (Exception ex) when (Input.IsFileProblem(ex))
        {
            error = Input.Describe(path, ex);
            TryDelete(temporary);
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (Input.IsFileProblem(ex))
        {
            // Nothing more can be done; the temporary name is random and hidden.
        }
    }
}
