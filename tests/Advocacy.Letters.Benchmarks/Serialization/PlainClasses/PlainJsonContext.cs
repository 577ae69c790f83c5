using System.Text.Json.Serialization;

namespace Advocacy.Letters.Benchmarks.Serialization.PlainClasses;

/// <summary>The source-generated peer: the plain classes, camelCase, nothing else asked.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlainLetter))]
public sealed partial class PlainJsonContext : JsonSerializerContext;
