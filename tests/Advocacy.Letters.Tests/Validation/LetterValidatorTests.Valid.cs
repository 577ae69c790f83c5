using System.Linq;
using System.IO;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

public partial class LetterValidatorTests
{
    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Validate_ValidFile_HasNoProblems(string name)
    {
        var result = LetterValidator.Validate(LetterJson.ReadFile(PathOf(ValidFolder, name)));

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Validate_Dataset_HasNoProblems()
    {
        var result = LetterValidator.Validate(LetterJson.ReadFile(Repository.DprkJson));

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Validate_MinimalLetter_IsValid()
    {
        var letter = TestLetters.Minimal;

        var result = LetterValidator.Validate(letter);

        Assert.Single(letter.Addressees);
        Assert.Single(letter.Body);
        Assert.Empty(letter.Demands);
        Assert.Single(letter.Signatories);
        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Validate_CompleteLetterBuiltInCode_IsValid()
    {
        Assert.Empty(LetterValidator.Validate(TestLetters.Complete).Problems);
    }

    [Fact]
    public void Validate_NoLetterDate_SkipsDateRules()
    {
        var old = PartialDate.Parse("1900");
        var complete = TestLetters.Complete;
        var dated = complete with
        {
            Addressees = [complete.Addressees[0] with { Positions = [complete.Addressees[0].Positions[0] with { Start = PartialDate.Parse("1890"), End = old }] }],
            Events = [complete.Events[0] with { Date = old }],
            Responses = [complete.Responses[0] with { Date = old }],
        };

        var undated = LetterValidator.Validate(dated with { Date = null });
        var withDate = LetterValidator.Validate(dated);

        Assert.Empty(undated.Problems);
        Assert.Equal(
            [
                ("/addressees/0/positions/0/end", ValidationCodes.PositionNotHeld),
                ("/events/0/date", ValidationCodes.DateBeforeLetter),
                ("/responses/0/date", ValidationCodes.DateBeforeLetter),
            ],
            withDate.Problems.Select(p => (p.Path, p.Code)));
    }

    [Theory]
    [InlineData("2011-09-08", "2011-09", false)] // the event may be later in the same month
    [InlineData("2011-09-08", "2011", false)]
    [InlineData("2011-09-08", "2011-09-08", false)]
    [InlineData("2011-09-08", "2011-09-07", true)]
    [InlineData("2011-09-08", "2011-08", true)]
    [InlineData("2011-09-08", "2010", true)]
    [InlineData("2011-09", "2011-09-01", false)] // the letter may be from the first of the month
    [InlineData("2011-09", "2011-08-31", true)]
    [InlineData("2011", "2011-01-01", false)]
    [InlineData("2011", "2010-12-31", true)]
    public void Validate_EventDate_IsBeforeTheLetterOnlyWhenItsLastPossibleDayIsBeforeTheLettersFirst(string letterDate, string eventDate, bool before)
    {
        var letter = TestLetters.Complete with
        {
            Date = PartialDate.Parse(letterDate),
            Events = [TestLetters.Complete.Events[0] with { Date = PartialDate.Parse(eventDate) }],
            Responses = [],
        };

        var codes = LetterValidator.Validate(letter).Problems.Select(p => p.Code);

        Assert.Equal(before, codes.Contains(ValidationCodes.DateBeforeLetter));
    }
}
