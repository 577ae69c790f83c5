using System;
using System.Collections.Generic;
using System.Linq;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

/// <summary>Validation options (warnings as errors, extra rules) and the date-order warnings' edge cases.</summary>
public class LetterValidationOptionsTests
{
    // The dataset with its events listed latest first: valid, with two date-order warnings.
    private static readonly Letter Late = SampleLetters.Dprk2011 with { Events = [.. SampleLetters.Dprk2011.Events.Reverse()] };

    [Fact]
    public void Default_IsTheSameAsNoOptions()
    {
        Assert.Equal(LetterValidator.Validate(Late), LetterValidator.Validate(Late, null));
        Assert.Equal(LetterValidator.Validate(Late), LetterValidator.Validate(Late, LetterValidationOptions.Default));
    }

    [Fact]
    public void WarningsAsErrors_TurnsEveryWarningIntoAnError_KeepingPathCodeAndMessage()
    {
        var plain = LetterValidator.Validate(Late);
        Assert.True(plain.IsValid);
        Assert.NotEmpty(plain.Warnings);

        var strict = LetterValidator.Validate(Late, new LetterValidationOptions { WarningsAsErrors = true });

        Assert.False(strict.IsValid);
        Assert.Empty(strict.Warnings);
        Assert.Equal(plain.Problems.Select(p => p with { Severity = ValidationSeverity.Error }), strict.Problems);
    }

    [Fact]
    public void ExtraRules_ReportAfterTheFormatsProblems_InRuleOrder()
    {
        var options = new LetterValidationOptions
        {
            Rules = [new NeedsAPlace("archive-needs-place"), new EverySignatoryHasACountry()],
        };

        var result = LetterValidator.Validate(SampleLetters.Dprk2011 with { Place = null }, options);

        Assert.Equal("archive-needs-place", result.Problems[0].Code);
        var noCountry = SampleLetters.Dprk2011.Signatories.Count(s => s.Country is null);
        Assert.Equal(1 + noCountry, result.Problems.Length);
        Assert.All(result.Problems.Skip(1), p => Assert.Equal("archive-signatory-country", p.Code));
        Assert.Equal("/signatories/40", result.Problems[^1].Path);
        Assert.False(result.IsValid);
        Assert.Equal(noCountry, result.Warnings.Length);

        var strictOptions = new LetterValidationOptions { Rules = options.Rules, WarningsAsErrors = true };
        var strict = LetterValidator.Validate(SampleLetters.Dprk2011 with { Place = null }, strictOptions);
        Assert.All(strict.Problems, p => Assert.Equal(ValidationSeverity.Error, p.Severity));
    }

    [Fact]
    public void ExtraRule_ReportingAFormatCode_IsRefused()
    {
        var options = new LetterValidationOptions { Rules = [new NeedsAPlace(ValidationCodes.MissingValue)] };

        var error = Assert.Throws<InvalidOperationException>(() => LetterValidator.Validate(SampleLetters.Dprk2011 with { Place = null }, options));
        Assert.Contains("missing-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtraRule_NullOrReturningNull_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => LetterValidator.Validate(SampleLetters.Dprk2011, new LetterValidationOptions { Rules = [null!] }));
        Assert.Throws<InvalidOperationException>(() => LetterValidator.Validate(SampleLetters.Dprk2011, new LetterValidationOptions { Rules = [new ReturnsNull()] }));
        Assert.Throws<InvalidOperationException>(() => LetterValidator.Validate(SampleLetters.Dprk2011, new LetterValidationOptions { Rules = [new ReturnsNullProblem()] }));
    }

    [Fact]
    public void Options_DefaultRules_AreEmpty()
    {
        Assert.Empty(new LetterValidationOptions { Rules = default }.Rules);
        Assert.False(LetterValidationOptions.Default.WarningsAsErrors);
    }

    [Fact]
    public void Dprk2011_ResponsesWithAMonthAfterADay_AreNotOutOfOrder()
    {
        // 2011-10 (Paris) is listed after 2011-10-06: the spans overlap, so the order may be right.
        Assert.Empty(LetterValidator.Validate(SampleLetters.Dprk2011).Problems);
    }

    [Fact]
    public void OutOfOrder_ComparesWithTheLatestItemAbove_NotOnlyThePrevious()
    {
        var events = SampleLetters.Dprk2011.Events;
        var letter = SampleLetters.Dprk2011 with
        {
            Events = [events[1], events[0] with { Date = PartialDate.FromYear(2011) }, events[0]],
        };

        var problems = LetterValidator.Validate(letter).Problems;

        // 2011 overlaps 2011-10-06, so it is not reported; 2011-09-08 is certainly before 2011-10-06.
        var problem = Assert.Single(problems);
        Assert.Equal("/events/2/date", problem.Path);
        Assert.Equal(ValidationCodes.EventOutOfOrder, problem.Code);
        Assert.Equal("the event is dated 2011-09-08, before one listed above it (2011-10-06): list events in date order", problem.Message);
    }

    private sealed class NeedsAPlace(string code) : ILetterRule
    {
        public IEnumerable<ValidationProblem> Check(Letter letter)
        {
            if (letter.Place is null)
            {
                yield return new ValidationProblem { Path = "/place", Code = code, Severity = ValidationSeverity.Error, Message = "the archive records a place" };
            }
        }
    }

    private sealed class EverySignatoryHasACountry : ILetterRule
    {
        public IEnumerable<ValidationProblem> Check(Letter letter) =>
            letter.Signatories
                .Select((signatory, i) => (signatory, i))
                .Where(s => s.signatory.Country is null)
                .Select(s => new ValidationProblem
                {
                    Path = $"/signatories/{s.i}",
                    Code = "archive-signatory-country",
                    Severity = ValidationSeverity.Warning,
                    Message = "the archive records every signatory's country",
                });
    }

    private sealed class ReturnsNull : ILetterRule
    {
        public IEnumerable<ValidationProblem> Check(Letter letter) => null!;
    }

    private sealed class ReturnsNullProblem : ILetterRule
    {
        public IEnumerable<ValidationProblem> Check(Letter letter) => [null!];
    }
}
