using System.IO;
using System.Text.Json;
using Advocacy.Letters.Benchmarks.Infrastructure;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Advocacy.Letters.Benchmarks.Serialization;

/// <summary>
/// What does the typed, strict load of one letter cost over a bare <see cref="JsonDocument.Parse(System.ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes (the dataset, 28 kB of indented JSON)? Writing it back and validating it are measured beside,
/// so the corpus numbers can be split into their parts. MB/s is the dataset's size over the mean.
/// </summary>
[Config(typeof(Config))]
public class LetterJsonBenchmark
{
    private static readonly byte[] Dataset = ReadDataset();

    private readonly Letter letter = SampleLetters.Dprk2011;

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public JsonValueKind JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(Dataset);
        return document.RootElement.ValueKind;
    }

    [Benchmark(Description = "LetterJson.Parse")]
    public Letter LetterJsonParse() => LetterJson.Parse(Dataset);

    [Benchmark(Description = "LetterJson.ToUtf8Bytes")]
    public byte[] LetterJsonToUtf8Bytes() => LetterJson.ToUtf8Bytes(letter);

    [Benchmark(Description = "LetterValidator.Validate")]
    public ValidationResult Validate() => LetterValidator.Validate(letter);

    private static byte[] ReadDataset()
    {
        using var stream = SampleLetters.OpenDprk2011Json();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Adds the MB/s column: the dataset's size per operation.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(_ => Dataset.Length));
    }
}
