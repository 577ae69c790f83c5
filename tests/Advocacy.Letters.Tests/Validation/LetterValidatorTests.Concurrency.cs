using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Validation;

/// <summary>
/// The validator reuses its sets per thread (issue 12): results must not depend on the thread, on what the thread
/// validated before, or on a validation started inside another (an extra rule that validates).
/// </summary>
public partial class LetterValidatorTests
{
    [Fact]
    public void Validate_TheSameLettersFromManyThreads_GivesWhatOneThreadGives()
    {
        var letters = Names(InvalidFolder).Select(name => LetterJson.ReadFile(PathOf(InvalidFolder, name)))
            .Prepend(SampleLetters.Dprk2011)
            .Append(WithRepeatedSignatories(SampleLetters.Dprk2011, 500))
            .ToList();
        var expected = letters.Select(letter => LetterValidator.Validate(letter)).ToList();
        var mismatches = 0;

        Parallel.For(0, 8 * letters.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Each worker walks the letters in its own order, so that a thread's sets go from one letter to another.
            var which = (i * 7) % letters.Count;
            if (!LetterValidator.Validate(letters[which]).Equals(expected[which]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
        Assert.True(expected[0].IsValid);
        Assert.Equal(500 - SampleLetters.Dprk2011.Signatories.Length, expected[^1].Errors.Count(p => p.Code == ValidationCodes.DuplicateSignatory));
    }

    [Fact]
    public void Validate_FromAnExtraRule_GivesEachValidationItsOwnResult()
    {
        var inner = LetterJson.ReadFile(PathOf(InvalidFolder, "duplicate-signatory-case"));
        var rule = new ValidatingRule(inner);

        var outer = LetterValidator.Validate(SampleLetters.Dprk2011, new LetterValidationOptions { Rules = [rule] });

        Assert.Equal(LetterValidator.Validate(SampleLetters.Dprk2011), outer);
        Assert.Equal(LetterValidator.Validate(inner), rule.Inner);
        Assert.Contains(rule.Inner!.Problems, p => p.Code == ValidationCodes.DuplicateSignatory);
    }

    [Fact]
    public void Validate_AfterAHugeLetter_ASmallOneIsUnchanged()
    {
        var small = LetterJson.ReadFile(PathOf(InvalidFolder, "duplicate-signatory-nfc-nfd"));
        var before = LetterValidator.Validate(small);

        // More distinct signatories than a thread keeps sets for, so the grown sets are dropped afterwards.
        var signatories = SampleLetters.Dprk2011.Signatories;
        var huge = SampleLetters.Dprk2011 with
        {
            Signatories = [.. Enumerable.Range(0, ValidationScratch.MostKept + 100)
                .Select(i => signatories[i % signatories.Length] with { Name = $"{signatories[i % signatories.Length].Name} {i}" })],
        };

        var longName = SampleLetters.Dprk2011 with { Signatories = [signatories[0] with { Name = new string('é', 300_000) }] };

        Assert.Empty(LetterValidator.Validate(huge).Problems);
        Assert.Equal(before, LetterValidator.Validate(small));
        Assert.Empty(LetterValidator.Validate(longName).Problems);
        Assert.Equal(before, LetterValidator.Validate(small));
        Assert.NotEmpty(before.Problems);
    }

    // The dataset's signatories over and over: every one after the first round repeats one before it.
    private static Letter WithRepeatedSignatories(Letter letter, int count) => letter with
    {
        Signatories = [.. Enumerable.Range(0, count).Select(i => letter.Signatories[i % letter.Signatories.Length])],
    };

    private sealed class ValidatingRule(Letter inner) : ILetterRule
    {
        public ValidationResult? Inner { get; private set; }

        public IEnumerable<ValidationProblem> Check(Letter letter)
        {
            Inner = LetterValidator.Validate(inner);
            return [];
        }
    }
}
