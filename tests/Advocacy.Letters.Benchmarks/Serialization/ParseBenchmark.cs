using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Benchmarks.Infrastructure;
using Advocacy.Letters.Benchmarks.Serialization.PlainClasses;
using Advocacy.Letters.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Advocacy.Letters.Benchmarks.Serialization;

/// <summary>
/// Issue 12, the parse targets: <see cref="LetterJson.Parse(System.ReadOnlySpan{byte}, LetterJsonReadOptions?)"/>
/// against its peers on the same bytes, in one run: a bare <see cref="JsonDocument"/> (the floor), System.Text.Json
/// (reflection and source-generated) and Newtonsoft.Json into plain mutable classes that mirror the format and check
/// nothing. Two letters: the dataset (28 kB) and the dataset grown to 2,000 signatories and 200 demands, so that a
/// cost that is not linear in size shows. MB/s is the letter's size over the mean.
/// </summary>
[Config(typeof(Config))]
public class ParseBenchmark
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = Newtonsoft.Json.JsonSerializer.CreateDefault();

    private byte[] json = [];

    /// <summary>Gets the letters to run on.</summary>
    public static IEnumerable<string> Letters => ["dprk", "2000x200"];

    /// <summary>Gets or sets which letter is parsed: the dataset, or the dataset grown to 2,000 signatories and 200 demands.</summary>
    [ParamsSource(nameof(Letters))]
    public string Letter { get; set; } = "dprk";

    [GlobalSetup]
    public void Setup() => json = BytesOf(Letter);

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public JsonValueKind JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind;
    }

    [Benchmark(Description = "STJ reflection -> plain classes")]
    public PlainLetter? SystemTextJsonReflection() => JsonSerializer.Deserialize<PlainLetter>(json, Reflection);

    [Benchmark(Description = "STJ source-generated -> plain classes")]
    public PlainLetter? SystemTextJsonSourceGenerated() => JsonSerializer.Deserialize(json, PlainJsonContext.Default.PlainLetter);

    [Benchmark(Description = "Newtonsoft -> plain classes")]
    public PlainLetter? NewtonsoftJson()
    {
        using var text = new StreamReader(new MemoryStream(json), Encoding.UTF8);
        using var reader = new Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftSerializer.Deserialize<PlainLetter>(reader);
    }

    [Benchmark(Description = "LetterJson.Parse")]
    public Letter LetterJsonParse() => LetterJson.Parse(json);

    /// <summary>The UTF-8 JSON of a letter named in <see cref="Letters"/>, built the same way on every run.</summary>
    public static byte[] BytesOf(string letter) => letter switch
    {
        "dprk" => LetterJson.ToUtf8Bytes(SampleLetters.Dprk2011),
        _ => LetterJson.ToUtf8Bytes(Grown(SampleLetters.Dprk2011, 2_000, 200)),
    };

    /// <summary>
    /// The dataset with its signatories and demands repeated, numbered so that ids and labels stay unique, up to
    /// the counts asked: deterministic, and valid like the dataset.
    /// </summary>
    private static Letter Grown(Letter dataset, int signatories, int demands) => dataset with
    {
        Signatories = [.. Enumerable.Range(0, signatories).Select(i =>
        {
            var signatory = dataset.Signatories[i % dataset.Signatories.Length];
            return signatory with
            {
                Name = Numbered(signatory.Name, i, dataset.Signatories.Length),
                Label = Numbered(signatory.Label, i, dataset.Signatories.Length),
            };
        })],
        Demands = [.. Enumerable.Range(0, demands).Select(i =>
        {
            var demand = dataset.Demands[i % dataset.Demands.Length];
            return demand with { Id = Numbered(demand.Id, i, dataset.Demands.Length) };
        })],
    };

    private static string Numbered(string text, int index, int originals) =>
        index < originals ? text : text + "-" + (index / originals).ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds the MB/s column: the letter's size per operation.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() =>
            AddColumn(new ThroughputColumn(benchmarkCase => BytesOf((string)benchmarkCase.Parameters[nameof(Letter)]).Length));
    }
}
