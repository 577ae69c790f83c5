using System.Text.Json;
using System.Text.Json.Serialization;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// The one generated serializer context: every setting of the format lives here, so reading and writing cannot drift
/// apart, and no reflection is used at run time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    // Registered here, not on the model types, so that no model file depends on serialization.
    Converters = [
        typeof(PartialDateJsonConverter),
        typeof(KebabCaseEnumConverter<LetterKind>),
        typeof(KebabCaseEnumConverter<AddresseeRole>),
        typeof(KebabCaseEnumConverter<PartyType>),
        typeof(KebabCaseEnumConverter<LetterEventType>),
        typeof(KebabCaseEnumConverter<ResponseChannel>),
        typeof(KebabCaseEnumConverter<ResponseStance>),
        typeof(KebabCaseEnumConverter<DispositionStatus>),
    ])]
[JsonSerializable(typeof(Letter))]
internal sealed partial class LettersJsonContext : JsonSerializerContext;
