using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Benchmarks.Infrastructure;
using Advocacy.Letters.Benchmarks.Serialization.PlainClasses;
using Advocacy.Letters.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Advocacy.Letters.Benchmarks.Serialization;

/// <summary>
/// Issue 12, the write target: <see cref="LetterJson.ToUtf8Bytes"/> (contract check included) against System.Text.Json
/// writing the plain classes of <see cref="ParseBenchmark"/> (the baseline: source-generated; reflection beside it)
/// and Newtonsoft.Json, on the same two letters. Every peer writes indented UTF-8 bytes, as the library does.
/// </summary>
[Config(typeof(Config))]
public class WriteBenchmark
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        WriteIndented = true,
    };

    private static readonly JsonSerializerOptions SourceGenerated = new(PlainJsonContext.Default.Options) { WriteIndented = true };

    private static readonly Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new()
    {
        ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        Formatting = Newtonsoft.Json.Formatting.Indented,
    };

    private Letter letter = SampleLetters.Dprk2011;
    private PlainLetter plain = new();
    private JsonTypeInfo<PlainLetter> plainTypeInfo = PlainJsonContext.Default.PlainLetter;

    /// <summary>Gets the letters to run on.</summary>
    public static IEnumerable<string> Letters => ParseBenchmark.Letters;

    /// <summary>Gets or sets which letter is written (see <see cref="ParseBenchmark.Letter"/>).</summary>
    [ParamsSource(nameof(Letters))]
    public string Letter { get; set; } = "dprk";

    [GlobalSetup]
    public void Setup()
    {
        var json = ParseBenchmark.BytesOf(Letter);
        letter = LetterJson.Parse(json);
        plainTypeInfo = (JsonTypeInfo<PlainLetter>)SourceGenerated.GetTypeInfo(typeof(PlainLetter));
        plain = JsonSerializer.Deserialize(json, PlainJsonContext.Default.PlainLetter)!;
    }

    [Benchmark(Baseline = true, Description = "STJ source-generated plain classes -> bytes")]
    public byte[] SystemTextJsonSourceGenerated() => JsonSerializer.SerializeToUtf8Bytes(plain, plainTypeInfo);

    [Benchmark(Description = "STJ reflection plain classes -> bytes")]
    public byte[] SystemTextJsonReflection() => JsonSerializer.SerializeToUtf8Bytes(plain, Reflection);

    [Benchmark(Description = "Newtonsoft plain classes -> string")]
    public string NewtonsoftJson() => Newtonsoft.Json.JsonConvert.SerializeObject(plain, NewtonsoftSettings);

    [Benchmark(Description = "LetterJson.ToUtf8Bytes")]
    public byte[] LetterJsonToUtf8Bytes() => LetterJson.ToUtf8Bytes(letter);

    /// <summary>Adds the MB/s column: the letter's size per operation.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() =>
            AddColumn(new ThroughputColumn(benchmarkCase => ParseBenchmark.BytesOf((string)benchmarkCase.Parameters[nameof(Letter)]).Length));
    }
}
