using System.Collections.Generic;
using System.Text.Json;
using Advocacy.Letters.Benchmarks.Infrastructure;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Advocacy.Letters.Benchmarks.Serialization;

/// <summary>
/// Issue 12, the validation target: <see cref="LetterValidator.Validate(Letter)"/> of a valid letter beside the
/// <see cref="LetterJson.Parse(System.ReadOnlySpan{byte}, LetterJsonReadOptions?)"/> it must stay within 25% of, on
/// the two letters of <see cref="ParseBenchmark"/>; <see cref="JsonDocument"/> is the floor (the baseline).
/// </summary>
[Config(typeof(Config))]
public class ValidateBenchmark
{
    private byte[] json = [];
    private Letter letter = SampleLetters.Dprk2011;

    /// <summary>Gets the letters to run on.</summary>
    public static IEnumerable<string> Letters => ParseBenchmark.Letters;

    /// <summary>Gets or sets which letter is validated (see <see cref="ParseBenchmark.Letter"/>).</summary>
    [ParamsSource(nameof(Letters))]
    public string Letter { get; set; } = "dprk";

    [GlobalSetup]
    public void Setup()
    {
        json = ParseBenchmark.BytesOf(Letter);
        letter = LetterJson.Parse(json);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public JsonValueKind JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind;
    }

    [Benchmark(Description = "LetterJson.Parse")]
    public Letter LetterJsonParse() => LetterJson.Parse(json);

    [Benchmark(Description = "LetterValidator.Validate")]
    public ValidationResult Validate() => LetterValidator.Validate(letter);

    /// <summary>Adds the MB/s column: the letter's size per operation.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() =>
            AddColumn(new ThroughputColumn(benchmarkCase => ParseBenchmark.BytesOf((string)benchmarkCase.Parameters[nameof(Letter)]).Length));
    }
}
