using System.Text.Json;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Validation;

/// <summary>
/// Writes validation problems as JSON, in the one shape every report uses: <c>{ "path", "code", "severity",
/// "message" }</c>, with the severity's JSON name (<c>error</c>, <c>warning</c>).
/// </summary>
/// <remarks>
/// It writes through the caller's <see cref="Utf8JsonWriter"/>, so the caller chooses the indentation and escaping,
/// and may add members of its own (a file name, a line) to the same object. No reflection: safe under native AOT.
/// </remarks>
public static class ValidationJson
{
    /// <summary>Writes a problem's <c>path</c>, <c>code</c>, <c>severity</c> and <c>message</c> into the object the writer is in.</summary>
    /// <param name="writer">The writer, inside a JSON object (after <see cref="Utf8JsonWriter.WriteStartObject()"/>).</param>
    /// <param name="problem">The problem.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="writer"/> or <paramref name="problem"/> is <see langword="null"/>.</exception>
    public static void WriteMembers(Utf8JsonWriter writer, ValidationProblem problem)
    {
        Guard.NotNull(writer);
        Guard.NotNull(problem);
        writer.WriteString("path", problem.Path);
        writer.WriteString("code", problem.Code);
        writer.WriteString("severity", EnumNames<ValidationSeverity>.NameOf(problem.Severity));
        writer.WriteString("message", problem.Message);
    }

    /// <summary>Writes a problem as one JSON object: <c>{ "path", "code", "severity", "message" }</c>.</summary>
    /// <param name="writer">The writer, where a value may be written.</param>
    /// <param name="problem">The problem.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="writer"/> or <paramref name="problem"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ValidationProblem problem)
    {
        Guard.NotNull(writer);
        Guard.NotNull(problem);
        writer.WriteStartObject();
        WriteMembers(writer, problem);
        writer.WriteEndObject();
    }
}
