using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Hostile;

/// <summary>
/// Every file of JSONTestSuite (<c>Hostile/JSONTestSuite</c>, MIT) through every reader. None is a letter, so every
/// file must be refused with a <see cref="LetterJsonException"/>; what matters is that nothing else ever happens.
/// </summary>
/// <remarks>
/// <para>Bytes and streams get the file exactly. Strings cannot carry bytes that are not UTF-8, so the string reader
/// gets a strict decoding of the files that are valid UTF-8 and must agree with the byte reader on them; the other
/// files are decoded leniently (invalid bytes become U+FFFD), which changes their content, so for them the only
/// demand is that reading the decoded text cannot crash.</para>
/// <para>Outcomes are pinned in verified snapshots: every <c>i_</c> file's, and the reason each <c>y_</c> file (valid
/// JSON, but a bare scalar, an array or an object that is no letter) is refused.</para>
/// </remarks>
public class JsonTestSuiteTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string Folder => Path.Combine(Repository.TestsSource, "Hostile", "JSONTestSuite");

    public static TheoryData<string> Files => [.. Names()];

    [Fact]
    public void Folder_HoldsThe318FilesOfTheSuite()
    {
        var names = Names().ToList();

        Assert.Equal(318, names.Count);
        Assert.Equal(95, names.Count(n => n.StartsWith("y_", StringComparison.Ordinal)));
        Assert.Equal(188, names.Count(n => n.StartsWith("n_", StringComparison.Ordinal)));
        Assert.Equal(35, names.Count(n => n.StartsWith("i_", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Read_EverySuiteFile_IsRefusedWithLetterJsonException_ByEveryReader(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name));

        var fromBytes = await HostileInput.Guarded(name, () => HostileInput.Load(bytes));
        var fromStream = await HostileInput.Guarded(name, () => HostileInput.LoadStream(bytes));
        var fromAsync = await HostileInput.Guarded(name, () => ReadAsync(bytes).GetAwaiter().GetResult());

        // Not a letter, whatever the prefix: refused, and the same way by every reader.
        Assert.NotNull(fromBytes);
        Assert.Equal(fromBytes.Message, fromStream?.Message);
        Assert.Equal(fromBytes.Message, fromAsync?.Message);

        if (TryDecodeStrictly(bytes, out var text))
        {
            var fromText = await HostileInput.Guarded(name, () => Parse(text));
            Assert.Equal(fromBytes.Message, fromText?.Message);
        }
        else
        {
            var lenient = Encoding.UTF8.GetString(bytes);
            Assert.NotNull(await HostileInput.Guarded(name, () => Parse(lenient)));
        }
    }

    [Fact]
    public void Read_ImplementationDefinedFiles_OutcomesAsVerified() =>
        Snapshot.Verify(Outcomes("i_"), "txt");

    [Fact]
    public void Read_ValidJsonFiles_RefusedAsNotLetters_ReasonsAsVerified() =>
        Snapshot.Verify(Outcomes("y_"), "txt");

    private static string Outcomes(string prefix)
    {
        var lines = new StringBuilder();
        foreach (var name in Names().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var refused = HostileInput.Load(File.ReadAllBytes(Path.Combine(Folder, name)));
            lines.Append(name).Append("  ").Append(refused is null ? "accepted" : "refused: " + refused.Message).Append('\n');
        }

        return lines.ToString();
    }

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static bool TryDecodeStrictly(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static LetterJsonException? Parse(string text)
    {
        try
        {
            HostileInput.Exercise(LetterJson.Parse(text));
            return null;
        }
        catch (LetterJsonException ex)
        {
            return ex;
        }
    }

    private static async Task<LetterJsonException?> ReadAsync(byte[] bytes)
    {
        try
        {
            HostileInput.Exercise(await LetterJson.ReadAsync(new MemoryStream(bytes)));
            return null;
        }
        catch (LetterJsonException ex)
        {
            return ex;
        }
    }
}
