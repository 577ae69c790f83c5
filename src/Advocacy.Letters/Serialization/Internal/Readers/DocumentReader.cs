using System;
using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads one whole document as a letter: the root object, then nothing but white space.</summary>
internal static class DocumentReader
{
    /// <summary>Reads <paramref name="utf8Json"/> (without a byte order mark) as a letter, within <paramref name="options"/>.</summary>
    /// <exception cref="LetterJsonException">The document is not a readable letter, or is past a limit.</exception>
    public static Letter Read(ReadOnlySpan<byte> utf8Json, LetterJsonReadOptions options)
    {
        var json = new JsonCursor(utf8Json, options);
        try
        {
            json.Read();
            if (json.Token != JsonTokenType.StartObject)
            {
                throw json.NotALetter();
            }

            var letter = LetterReader.Read(ref json);
            json.ReadEnd();
            return letter;
        }
        catch (JsonException ex) when (ex is not LetterJsonException)
        {
            // Malformed JSON, as System.Text.Json's reader words it, located by the cursor's path.
            throw json.Malformed(ex);
        }
        finally
        {
            // After the catch has worded the failure from the path, which this hands back to the thread.
            json.Release();
        }
    }
}
