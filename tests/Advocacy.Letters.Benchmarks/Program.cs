using Advocacy.Letters.Benchmarks.Infrastructure;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Advocacy.Letters.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/Advocacy.Letters.Benchmarks -- [BenchmarkDotNet
/// options] [--corpus N[,N…]]</c>, or the peak-memory check with <c>-- --peak-memory [N]</c>. See README.md beside
/// this file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (PeakMemory.Handles(args))
        {
            return PeakMemory.Run(args);
        }

        var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(CorpusSizes.Take(args), config);
        return 0;
    }
}
