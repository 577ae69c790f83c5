using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>
/// Runs the tests of everything the library folds (party keys, slugs, country names) again in a child process of this
/// test assembly with <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>, where .NET has no ICU: the results must be the
/// same. The native <c>letters</c> is published that way.
/// </summary>
public class InvariantGlobalizationTests
{
    [Fact]
    public async Task FoldingTests_UnderInvariantGlobalization_AllPass()
    {
        Assert.SkipWhen(Globalization.IsInvariant, "already running without ICU");

        var self = Environment.ProcessPath!;
        var assembly = typeof(PartyKeyTests).Assembly.Location;
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Under `dotnet test` this process is either the test's own apphost or the dotnet host running its dll.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(assembly);
        }
        else
        {
            Assert.Equal(Path.GetFileNameWithoutExtension(assembly), Path.GetFileName(self).Replace(".exe", string.Empty, StringComparison.Ordinal));
        }

        // Run directly, the test assembly is xUnit's own console runner, with its own options.
        foreach (var type in new[] { typeof(PartyKeyTests), typeof(Internal.UnaccentedTextTests) })
        {
            start.ArgumentList.Add("-class");
            start.ArgumentList.Add(type.FullName!);
        }

        start.ArgumentList.Add("-noColor");
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";

        using var child = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            var output = child.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = child.StandardError.ReadToEndAsync(timeout.Token);
            await child.WaitForExitAsync(timeout.Token);

            var text = await output;
            Assert.True(child.ExitCode == 0, $"exit code {child.ExitCode}\n{text}\n{await error}");
            Assert.Matches(@"Total: [1-9][0-9]*, Errors: 0, Failed: 0, Skipped: 0", text);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }
    }
}
