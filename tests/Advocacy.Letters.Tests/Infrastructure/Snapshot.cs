using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>
/// Verified-file snapshots, following Verify's conventions (the Verify packages cannot be restored here):
/// <c>{TestClass}.{TestMethod}.verified.json</c> beside the test's source file; a mismatch writes
/// <c>.received.json</c> beside it and fails; accepting a change means renaming received to verified.
/// </summary>
internal static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified file for the calling test.</summary>
    /// <param name="actual">The text to verify; line endings are normalised to LF.</param>
    /// <param name="extension">The snapshot's extension, without the dot.</param>
    /// <param name="name">Overrides the method part of the file name, for data-driven tests (<c>Method_case</c>).</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
    /// <param name="member">Filled in by the compiler: the test method.</param>
    public static void Verify(
        string actual,
        string extension = "json",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        var directory = Path.GetDirectoryName(Repository.SourcePath(sourceFile))!;
        var testClass = Path.GetFileNameWithoutExtension(sourceFile).Split('.')[0];
        var stem = Path.Combine(directory, $"{testClass}.{name ?? member}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";

        var normalised = Normalise(actual);
        var expected = File.Exists(verified) ? Normalise(File.ReadAllText(verified)) : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(expected is null
            ? $"No verified snapshot yet. Review {received} and rename it to {Path.GetFileName(verified)} to accept it."
            : $"The snapshot differs from {Path.GetFileName(verified)}. Compare it with {received}; rename that file to accept the change.");
    }

    private static string Normalise(string text)
    {
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return lf.EndsWith('\n') ? lf : lf + "\n";
    }
}
