using System.IO;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests;

public partial class SampleLettersTests
{
    [Fact]
    public void Dprk2011_IsTheSeedFile()
    {
        var fromFile = LetterJson.ReadFile(Repository.DprkJson);

        Assert.Equal(fromFile, SampleLetters.Dprk2011);
    }

    [Fact]
    public void Dprk2011_EmbeddedJson_IsTheSeedFileByteForByte()
    {
        using var stream = SampleLetters.OpenDprk2011Json();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        Assert.Equal(File.ReadAllBytes(Repository.DprkJson), copy.ToArray());
    }

    [Fact]
    public void Dprk2011_IsValid_WithNoWarnings()
    {
        var result = LetterValidator.Validate(SampleLetters.Dprk2011);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Dprk2011_IsLoadedOnce()
    {
        Assert.Same(SampleLetters.Dprk2011, SampleLetters.Dprk2011);
    }
}
