using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>Paths in the repository, for tests that read seeds, the README or the test data in place.</summary>
internal static class Repository
{
    /// <summary>Gets the repository's root: the folder holding <c>Advocacy.Letters.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the folder of the sample dataset.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Gets the test project's source folder.</summary>
    public static string TestsSource => Path.Combine(Root, "tests", "Advocacy.Letters.Tests");

    /// <summary>Gets the path of the DPRK dataset's JSON.</summary>
    public static string DprkJson => Path.Combine(Seeds, "dprk-letter-2011.json");

    /// <summary>Gets the path of the DPRK seed letter's text.</summary>
    public static string DprkText => Path.Combine(Seeds, "dprk-letter-2011.txt");

    /// <summary>
    /// Maps a compile-time source path to the file in this clone. CI builds are deterministic
    /// (<c>ContinuousIntegrationBuild</c>), which records source paths as <c>/_/tests/...</c>.
    /// </summary>
    public static string SourcePath(string compiledPath) =>
        compiledPath.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(Root, compiledPath["/_/".Length..])
            : compiledPath;

    private static string FindRoot([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Advocacy.Letters.sln")))
            {
                return dir.FullName;
            }
        }

        // Built elsewhere (an output path outside the clone): fall back to where this file was compiled.
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
    }
}
