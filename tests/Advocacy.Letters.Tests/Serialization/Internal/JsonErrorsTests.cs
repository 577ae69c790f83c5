using System;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Serialization.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization.Internal;

/// <summary>
/// Malformed JSON is still worded from System.Text.Json's reader messages (the letter readers find unknown,
/// duplicate, missing and null members themselves). These pin each reader message the translation relies on, so
/// that a change of wording in a new System.Text.Json fails here, not silently in a user's error message.
/// </summary>
public class JsonErrorsTests
{
    [Theory]
    [InlineData("{\"a\":1,}", "The JSON object contains a trailing comma", "a trailing comma ends this object: JSON allows none")]
    [InlineData("[1,]", "The JSON array contains a trailing comma", "a trailing comma ends this array: JSON allows none")]
    [InlineData("{", "Expected depth to be zero at the end of the JSON payload", "the document ends early: an object or array is not closed")]
    [InlineData("", "The input does not contain any JSON tokens", "the document is empty: expected a letter object")]
    [InlineData(" ", "The input does not contain any JSON tokens", "the document is empty: expected a letter object")]
    [InlineData("ttrue", "'ttrue' is an invalid JSON literal. Expected the literal 'true'", "'ttrue' is an invalid JSON literal. Expected the literal 'true'")]
    [InlineData("nul", "'nul' is an invalid JSON literal. Expected the literal 'null'", "'nul' is an invalid JSON literal. Expected the literal 'null'")]
    public void Translate_ReaderMessage_ItReliesOn_IsWordedInTheFormatsTerms(string json, string readerSays, string reason)
    {
        var ex = ReaderFailure(json);

        Assert.StartsWith(readerSays, ex.Message, StringComparison.Ordinal);
        Assert.Matches(@"LineNumber: \d+ \| BytePositionInLine: \d+\.$", ex.Message);
        Assert.Equal(reason, JsonErrors.Translate(ex, string.Empty).Reason);
    }

    [Fact]
    public void Translate_UnknownReaderMessage_IsPassedThroughAsAClause()
    {
        var ex = ReaderFailure("{\"a\":1 2}");

        Assert.Equal("'2' is invalid after a value. Expected either ',', '}', or ']'", JsonErrors.Translate(ex, string.Empty).Reason);
    }

    private static JsonException ReaderFailure(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            return ex;
        }

        throw new InvalidOperationException("the reader accepted " + json);
    }
}
