using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Advocacy.Letters.Benchmarks.Infrastructure;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Advocacy.Letters.Benchmarks.Serialization;

/// <summary>
/// Issue 3: how fast does validating a JSON Lines corpus run, against the floor of a bare
/// <see cref="System.Text.Json.JsonDocument"/> parse of every line of the same file? One operation is one pass over
/// the whole file; MB/s is the file's size over the mean, and Ratio is the time against the JsonDocument loop.
/// Peak working set is measured separately, by <c>--peak-memory</c>.
/// </summary>
[Config(typeof(Config))]
public class CorpusValidationBenchmark
{
    private string path = string.Empty;

    /// <summary>Gets the sizes to run at (see <see cref="Infrastructure.CorpusSizes"/>).</summary>
    public static IEnumerable<int> CorpusSizes => Infrastructure.CorpusSizes.Values;

    /// <summary>Gets or sets the number of letters in the corpus.</summary>
    [ParamsSource(nameof(CorpusSizes))]
    public int CorpusSize { get; set; }

    [GlobalSetup]
    public void Setup() => path = CorpusFile.Ensure(CorpusSize, System.Console.Out);

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse per line")]
    public CorpusCounts JsonDocumentLoop() => CorpusReaders.JsonDocumentLoop(path);

    [Benchmark(Description = "ReadFile + Validate")]
    public CorpusCounts ReadFileAndValidate() => CorpusReaders.ReadFileAndValidate(path);

    [Benchmark(Description = "ReadFileAsync + Validate")]
    public Task<CorpusCounts> ReadFileAsyncAndValidate() => CorpusReaders.ReadFileAsyncAndValidate(path);

    [Benchmark(Description = "ReadFileParallel + Validate, 1 thread")]
    public CorpusCounts ReadFileParallelOneThread() => CorpusReaders.ReadFileParallelAndValidate(path, 1);

    [Benchmark(Description = "ReadFileParallel + Validate, 2 threads")]
    public CorpusCounts ReadFileParallelTwoThreads() => CorpusReaders.ReadFileParallelAndValidate(path, 2);

    [Benchmark(Description = "ReadFile only")]
    public CorpusCounts ReadFileOnly() => CorpusReaders.ReadFileOnly(path);

    /// <summary>Adds the MB/s column: the corpus file's size per operation.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() =>
            AddColumn(new ThroughputColumn(benchmarkCase =>
                new FileInfo(CorpusFile.PathFor((int)benchmarkCase.Parameters[nameof(CorpusSize)])).Length));
    }
}
