using System.Collections.Immutable;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

public class ValidationResultTests
{
    private static readonly ValidationProblem Error = new()
    {
        Path = "/signatories/3/country",
        Code = ValidationCodes.UnknownCountry,
        Severity = ValidationSeverity.Error,
        Message = "\"XX\" is not an ISO 3166-1 alpha-2 country code such as \"KR\" (upper case)",
    };

    private static readonly ValidationProblem Warning = new()
    {
        Path = "/addressees/0/positions/0/end",
        Code = ValidationCodes.PositionNotHeld,
        Severity = ValidationSeverity.Warning,
        Message = "Kim Jong-il left \"Chairman\" on 2011-09-07, before the letter's date (2011-09-08)",
    };

    [Fact]
    public void IsValid_NoProblems_IsTrue()
    {
        var result = new ValidationResult([]);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void IsValid_OnlyWarnings_IsTrue()
    {
        var result = new ValidationResult([Warning, Warning with { Path = "/addressees/0/positions/1/end" }]);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Warnings.Length);
    }

    [Fact]
    public void IsValid_AnError_IsFalse()
    {
        Assert.False(new ValidationResult([Warning, Error]).IsValid);
    }

    [Fact]
    public void ErrorsAndWarnings_SplitTheProblems_KeepingDocumentOrder()
    {
        var secondError = Error with { Path = "/signatories/4/country" };
        var result = new ValidationResult([Error, Warning, secondError]);

        Assert.Equal([Error, Warning, secondError], result.Problems);
        Assert.Equal([Error, secondError], result.Errors);
        Assert.Equal([Warning], result.Warnings);
    }

    [Fact]
    public void Ctor_DefaultArray_CountsAsNone()
    {
        var result = new ValidationResult(default);

        Assert.False(result.Problems.IsDefault);
        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.Equal(new ValidationResult([]), result);
    }

    [Fact]
    public void Equals_ComparesProblemsItemByItem()
    {
        EqualityAssert.Holds(
            new ValidationResult([Error, Warning]),
            new ValidationResult(ImmutableArray.Create(Error with { }, Warning with { })),
            (a, b) => a == b,
            new ValidationResult([Warning, Error]),
            new ValidationResult([Error]),
            new ValidationResult([Error, Warning with { Message = "other" }]),
            new ValidationResult([]));
    }

    [Fact]
    public void Equals_TwoValidationsOfTheSameInput_AreEqual()
    {
        var letter = Letters.Serialization.LetterJson.ReadFile(System.IO.Path.Combine(Repository.TestsSource, "Validation", "Invalid", "duplicate-signatory-nfc-nfd.json"));

        var first = LetterValidator.Validate(letter);
        var second = LetterValidator.Validate(letter with { });

        Assert.NotSame(first, second);
        Assert.NotEmpty(first.Problems);
        EqualityAssert.Holds(first, second, (a, b) => a == b, new ValidationResult([]));
    }

    [Fact]
    public void ProblemToString_IsPathCodeMessage_WithWarningsMarked()
    {
        Assert.Equal(
            "/signatories/3/country  unknown-country  \"XX\" is not an ISO 3166-1 alpha-2 country code such as \"KR\" (upper case)",
            Error.ToString());
        Assert.EndsWith("(2011-09-08) (warning)", Warning.ToString(), System.StringComparison.Ordinal);
        Assert.StartsWith("/  ", (Error with { Path = string.Empty }).ToString(), System.StringComparison.Ordinal);
    }
}
