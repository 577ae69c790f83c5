using System.IO;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;
using SharpFuzz;

namespace Advocacy.Letters.Fuzz;

/// <summary>
/// AFL++ feeds each input to the loader, the validator and the writer. <see cref="LetterJsonException"/> is the loader's
/// documented answer to bad input; any other exception escapes, and AFL++ records the input as a crash.
/// </summary>
public static class Program
{
    public static void Main()
    {
        Fuzzer.OutOfProcess.Run(Load);
    }

    private static void Load(Stream stream)
    {
        try
        {
            var letter = LetterJson.Read(stream);
            LetterValidator.Validate(letter);
            LetterJson.ToUtf8Bytes(letter);
        }
        catch (LetterJsonException)
        {
            // Refused: the expected outcome for almost every input.
        }
    }
}
