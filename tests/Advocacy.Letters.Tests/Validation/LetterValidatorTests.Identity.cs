using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

/// <summary><c>duplicate-signatory</c> uses <see cref="PartyKey"/>: case, accents, width and white space runs do not make a new party.</summary>
public partial class LetterValidatorTests
{
    [Theory]
    [InlineData("Ｅｘａｍｐｌｅ Ｃｏａｌｉｔｉｏｎ")]
    [InlineData("Example  Coalition")]
    [InlineData("EXAMPLE COALITİON")]
    [InlineData("Éxample Coalition")]
    public void Validate_SameSignatoryInAnotherSpelling_IsADuplicate(string name)
    {
        var letter = TestLetters.Minimal.AddSignatory(new Signatory { Type = PartyType.Person, Name = "Jane Doe", Label = "Jane Doe" });
        letter = letter with { Signatories = letter.Signatories.Add(new Signatory { Type = PartyType.Organization, Name = name, Label = "again" }) };

        var problem = Assert.Single(LetterValidator.Validate(letter).Errors);

        Assert.Equal(ValidationCodes.DuplicateSignatory, problem.Code);
        Assert.Equal("/signatories/2", problem.Path);
        Assert.Equal($"\"{name}\" already signed as signatory 0", problem.Message);
    }

    [Fact]
    public void Validate_SameNameAnotherCountry_IsNoDuplicate()
    {
        var first = TestLetters.Minimal.Signatories[0] with { Country = "KR" };
        var letter = TestLetters.Minimal with { Signatories = [first, first with { Country = "JP" }] };

        Assert.True(LetterValidator.Validate(letter).IsValid);
    }
}
