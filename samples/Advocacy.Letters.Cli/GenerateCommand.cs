using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Cli;

/// <summary>
/// <c>letters generate --count N [--seed S] [--output FILE [--force]]</c>: a synthetic corpus from
/// <see cref="SampleLetters.Generate"/>, as JSON Lines, to standard output or to a file written atomically.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The seed used when <c>--seed</c> is not given.</summary>
    public const long DefaultSeed = 1;

    /// <summary>Parses the arguments after <c>generate</c>, runs the command and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParse(args, out var options, out var error))
        {
            Input.Error(stderr, $"{error} (see 'letters --help')");
            return ExitCode.Usage;
        }

        if (options.Help)
        {
            stdout.WriteLine(LettersApp.Usage);
            return ExitCode.Ok;
        }

        var letters = SampleLetters.Generate(options.Count, options.Seed);
        if (options.Output is null)
        {
            foreach (var letter in letters)
            {
                using var line = new MemoryStream();
                LetterJsonLines.Write([letter], line);
                stdout.Write(Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length));
            }

            stdout.Flush();
            return ExitCode.Ok;
        }

        return WriteFile(letters, options.Output, options.Force, stderr);
    }

    // Atomic and non-destructive: a temporary file beside the target, renamed into place only when complete; an
    // existing target is kept unless --force. (To move onto the library's atomic output once it has one.)
    private static int WriteFile(IEnumerable<Letter> letters, string path, bool force, TextWriter stderr)
    {
        if (!force && (File.Exists(path) || Directory.Exists(path)))
        {
            Input.Error(stderr, $"{path}: the file exists; use --force to replace it");
            return ExitCode.Usage;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                LetterJsonLines.Write(letters, stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: force);
            return ExitCode.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex switch
            {
                DirectoryNotFoundException => "cannot write: no such folder",
                UnauthorizedAccessException => "cannot write: access denied",
                _ when !force && File.Exists(path) => "the file exists; use --force to replace it",
                _ => "cannot write: " + ex.Message,
            };
            Input.Error(stderr, $"{path}: {reason}");
            return ExitCode.Unreadable;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static bool TryParse(IReadOnlyList<string> args, out Options options, out string? error)
    {
        options = new Options();
        error = null;
        int? count = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    options = options with { Help = true };
                    return true;
                case "--force":
                    options = options with { Force = true };
                    continue;
                case "--count" or "--seed" or "--output":
                    if (i + 1 >= args.Count || args[i + 1].Length == 0)
                    {
                        error = $"{arg} needs a value";
                        return false;
                    }

                    break;
                default:
                    error = arg.StartsWith('-') ? $"unknown option '{arg}' for generate" : $"generate takes no FILE ('{arg}'): use --output FILE";
                    return false;
            }

            var value = args[++i];
            if (arg == "--count")
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    error = $"--count '{value}' is not a whole number from 0 to {int.MaxValue}";
                    return false;
                }

                count = n;
            }
            else if (arg == "--seed")
            {
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
                {
                    error = $"--seed '{value}' is not a whole number from {long.MinValue} to {long.MaxValue}";
                    return false;
                }

                options = options with { Seed = seed };
            }
            else
            {
                options = options with { Output = value };
            }
        }

        if (count is null)
        {
            error = "generate needs --count N";
            return false;
        }

        if (options.Force && options.Output is null)
        {
            error = "--force is for --output FILE";
            return false;
        }

        options = options with { Count = count.Value };
        return true;
    }

    private sealed record Options(int Count = 0, long Seed = DefaultSeed, string? Output = null, bool Force = false, bool Help = false);
}
