using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

public class ValidationJsonTests
{
    private static readonly ValidationProblem Problem = new()
    {
        Path = "/signatories/3/country",
        Code = ValidationCodes.UnknownCountry,
        Severity = ValidationSeverity.Warning,
        Message = "\"XX\" is not a country",
    };

    [Fact]
    public void Write_IsOneObjectWithTheFourMembers()
    {
        Assert.Equal(
            "{\"path\":\"/signatories/3/country\",\"code\":\"unknown-country\",\"severity\":\"warning\",\"message\":\"\\u0022XX\\u0022 is not a country\"}",
            Json(writer => ValidationJson.Write(writer, Problem)));
    }

    [Fact]
    public void WriteMembers_LetsTheCallerAddItsOwn()
    {
        var json = Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("file", "a.json");
            ValidationJson.WriteMembers(writer, Problem with { Severity = ValidationSeverity.Error });
            writer.WriteEndObject();
        });

        Assert.StartsWith("{\"file\":\"a.json\",\"path\":\"/signatories/3/country\",\"code\":\"unknown-country\",\"severity\":\"error\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        using var writer = new Utf8JsonWriter(new MemoryStream());

        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => ValidationJson.Write(null!, Problem)).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => ValidationJson.WriteMembers(writer, null!)).ParamName);
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
