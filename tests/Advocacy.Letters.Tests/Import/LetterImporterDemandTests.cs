using System.Linq;
using Advocacy.Letters.Import;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>Every demand has an action verb and a short summary; its actor is spelled as in the letter.</summary>
public class LetterImporterDemandTests
{
    private static Demand OnlyDemand(string sentence)
    {
        var text = $"President Joe Biden\nThe White House\n\nDear President,\n\n{sentence}\n\nSincerely,\n\nAmnesty International (UK)\nHuman Rights Watch (USA)\n";
        return Assert.Single(LetterImporter.Import(text).Letter.Demands);
    }

    [Theory]
    [InlineData("We respectfully request a meeting with you at your earliest convenience.", "request", "Request a meeting with you at your earliest convenience.")]
    [InlineData("We request an independent inquiry into the killings.", "request", "Request an independent inquiry into the killings.")]
    [InlineData("We ask for an urgent meeting.", "ask", "Ask for an urgent meeting.")]
    [InlineData("We urge you to release every journalist held for their work.", "release", "Release every journalist held for their work.")]
    public void Import_AskingDemand_HasAnActionAndAShortSummary(string sentence, string action, string summary)
    {
        var demand = OnlyDemand(sentence);

        Assert.Equal(action, demand.Action);
        Assert.Equal(summary, demand.Summary);
        Assert.Equal(sentence.TrimEnd('.'), demand.Text);
    }

    [Theory]
    [InlineData("The G20 should cancel the debts of the poorest countries.", "G20", "cancel")]
    [InlineData("The European Commission must withdraw the proposal.", "European Commission", "withdraw")]
    [InlineData("We believe that the DPRK should allow the Special Rapporteur to visit.", "DPRK", "allow")]
    public void Import_ModalDemand_KeepsTheActorAsSpelled_WithoutTheArticle(string sentence, string actor, string action)
    {
        var demand = OnlyDemand(sentence);

        Assert.Equal([actor], demand.Actors);
        Assert.Equal(action, demand.Action);
    }

    [Fact]
    public void Import_TestSet_EveryDemandHasAnActionAndASummaryShorterThanItsText()
    {
        foreach (var testCase in ImportTestSet.All())
        {
            foreach (var demand in ImportTestSet.Import(testCase).Letter.Demands)
            {
                Assert.True(!string.IsNullOrEmpty(demand.Action), $"no action: {testCase.Name}: {demand.Text}");
                Assert.True(demand.Summary.Split(' ').Length <= 19, $"{testCase.Name}: {demand.Summary}");
                Assert.DoesNotContain(demand.Actors, a => a.Length > 0 && char.IsLower(a[0]) && a.Any(char.IsUpper));
            }
        }
    }

    [Theory]
    [InlineData("' hidden'\nshould end the detention of every journalist.", "hidden' should end the detention of every journalist")]
    [InlineData("\u201C the Government must end the detention of journalists \t.", "the Government must end the detention of journalists")]
    public void Import_DemandAfterAStrayQuote_OrBeforeSpacedPunctuation_IsTrimmed(string sentence, string text)
    {
        var demand = OnlyDemand(sentence);

        // The validator's untrimmed-text rule holds for what the importer makes.
        Assert.Equal(text, demand.Text);
    }
}
