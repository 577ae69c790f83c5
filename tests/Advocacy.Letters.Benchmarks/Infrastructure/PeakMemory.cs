using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;

namespace Advocacy.Letters.Benchmarks.Infrastructure;

/// <summary>
/// <c>--peak-memory [N]</c>: validates a corpus of N letters (100,000 by default) in a fresh process and reports its
/// peak working set, which BenchmarkDotNet does not measure. This process only makes sure the corpus exists
/// (generating it if needed); each pass then runs in a child process of its own, so neither the generation nor
/// another pass inflates the peak. Exits with 1 when a library pass peaks at or over the limit, or finds a letter
/// that is not valid.
/// </summary>
public static class PeakMemory
{
    /// <summary>The option that selects this mode.</summary>
    public const string Option = "--peak-memory";

    /// <summary>The peak the issue allows a validating pass: 150 MB (10⁶ bytes), excluded.</summary>
    public const long LimitBytes = 150_000_000;

    /// <summary>Runs one measured pass; used only by this mode to start its child processes.</summary>
    private const string ChildOption = "--peak-memory-pass";

    private static readonly (string Name, bool Limited)[] Passes =
    [
        ("json-document", false),
        ("read-file-validate", true),
        ("read-file-async-validate", true),
    ];

    /// <summary>Gets a value indicating whether the arguments select this mode or one of its passes.</summary>
    public static bool Handles(string[] args) => args is [Option, ..] or [ChildOption, ..];

    /// <summary>Runs the mode the arguments select.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            [ChildOption, var pass, var path] => RunPass(pass, path),
            [Option] => RunAll(CorpusSizes.Default),
            [Option, var count] => RunAll(CorpusSizes.Parse(count)),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine($"usage: {Option} [N]   validate N letters (default {CorpusSizes.Default:N0}) and report the peak working set");
        return 2;
    }

    private static int RunAll(int count)
    {
        var path = CorpusFile.Ensure(count, Console.Out);
        var bytes = new FileInfo(path).Length;
        Console.WriteLine($"corpus: {path}");
        Console.WriteLine($"        {count:N0} letters, {bytes:N0} bytes ({bytes / 1e6:N1} MB), {bytes / (double)count:N0} bytes a line on average");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine();

        var results = new List<PassResult>();
        foreach (var (name, _) in Passes)
        {
            var result = StartPass(name, path);
            if (result is null)
            {
                return 1;
            }

            results.Add(result);
        }

        Console.WriteLine($"{"pass",-26} {"lines",9} {"valid",9} {"invalid",8} {"unreadable",10} {"seconds",8} {"MB/s",8} {"ratio",6} {"peak WS MB",10} {"alloc MB",10} {"GCs 0/1/2",12}");
        var baseline = results[0];
        foreach (var r in results)
        {
            var ratio = r.Seconds / baseline.Seconds;
            Console.WriteLine(
                $"{r.Pass,-26} {r.Lines,9:N0} {r.Valid,9:N0} {r.Invalid,8:N0} {r.Unreadable,10:N0} {r.Seconds,8:N2} {bytes / 1e6 / r.Seconds,8:N1} {ratio,6:N2} {r.PeakBytes / 1e6,10:N1} {r.AllocatedBytes / 1e6,10:N1} {r.Collections,12}");
        }

        Console.WriteLine();
        Console.WriteLine("ratio: time against the json-document pass (lower is faster); MB = 10^6 bytes; peak WS = Process.PeakWorkingSet64 of the pass's own process");

        var failed = false;
        foreach (var r in results)
        {
            var limited = Passes.Single(p => p.Name == r.Pass).Limited;
            if (limited && r.PeakBytes >= LimitBytes)
            {
                Console.WriteLine($"FAIL {r.Pass}: peak working set {r.PeakBytes / 1e6:N1} MB is not under {LimitBytes / 1e6:N0} MB");
                failed = true;
            }

            if (r.Lines != count || r.Invalid != 0 || r.Unreadable != 0)
            {
                Console.WriteLine($"FAIL {r.Pass}: expected {count:N0} valid lines, got {r.Valid:N0} valid, {r.Invalid:N0} invalid, {r.Unreadable:N0} unreadable of {r.Lines:N0}");
                failed = true;
            }
        }

        Console.WriteLine(failed ? "FAIL" : $"OK: every validating pass peaked under {LimitBytes / 1e6:N0} MB");
        return failed ? 1 : 0;
    }

    /// <summary>Runs one pass in a child process of this same program and reads back its result line.</summary>
    private static PassResult? StartPass(string pass, string path)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown");
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as `dotnet Advocacy.Letters.Benchmarks.dll`: start the child the same way.
            start.ArgumentList.Add(typeof(PeakMemory).Assembly.Location);
        }

        start.ArgumentList.Add(ChildOption);
        start.ArgumentList.Add(pass);
        start.ArgumentList.Add(path);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the pass could not be started");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var result = PassResult.TryParse(output);
        if (process.ExitCode != 0 || result is null)
        {
            Console.Error.WriteLine($"the {pass} pass failed with exit code {process.ExitCode}: {output}");
            return null;
        }

        return result;
    }

    private static int RunPass(string pass, string path)
    {
        var stopwatch = Stopwatch.StartNew();
        var counts = pass switch
        {
            "json-document" => CorpusReaders.JsonDocumentLoop(path),
            "read-file-validate" => CorpusReaders.ReadFileAndValidate(path),
            "read-file-async-validate" => CorpusReaders.ReadFileAsyncAndValidate(path).GetAwaiter().GetResult(),
            _ => throw new ArgumentException($"unknown pass '{pass}'", nameof(pass)),
        };
        stopwatch.Stop();

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var result = new PassResult(
            pass,
            counts.Lines,
            counts.Valid,
            counts.Invalid,
            counts.Unreadable,
            stopwatch.Elapsed.TotalSeconds,
            self.PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(precise: true),
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}",
            GCSettings.IsServerGC ? "server" : "workstation");
        Console.WriteLine(result.Format());
        return 0;
    }

    /// <summary>One pass's figures, passed from the child process to this one as one tab-separated line.</summary>
    private sealed record PassResult(
        string Pass, long Lines, long Valid, long Invalid, long Unreadable, double Seconds, long PeakBytes, long AllocatedBytes, string Collections, string Gc)
    {
        private const string Tag = "pass-result";

        public string Format() => string.Join('\t',
            Tag, Pass, Inv(Lines), Inv(Valid), Inv(Invalid), Inv(Unreadable), Seconds.ToString("R", CultureInfo.InvariantCulture),
            Inv(PeakBytes), Inv(AllocatedBytes), Collections, Gc);

        public static PassResult? TryParse(string output)
        {
            var line = output.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(Tag + "\t", StringComparison.Ordinal));
            if (line?.Split('\t') is not [_, var pass, var lines, var valid, var invalid, var unreadable, var seconds, var peak, var allocated, var collections, var gc])
            {
                return null;
            }

            return new PassResult(
                pass, L(lines), L(valid), L(invalid), L(unreadable), double.Parse(seconds, CultureInfo.InvariantCulture), L(peak), L(allocated), collections, gc);
        }

        private static string Inv(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static long L(string text) => long.Parse(text, CultureInfo.InvariantCulture);
    }
}
