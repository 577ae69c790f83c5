using System.Linq;
using Advocacy.Letters.Rendering.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Rendering.Internal;

public class EmphasisTests
{
    [Theory]
    [InlineData("no emphasis", "no emphasis")]
    [InlineData("the *kwan-li-so* (camps)", "the |<kwan-li-so>| (camps)")]
    [InlineData("*all*", "<all>")]
    [InlineData("*one* and *two*", "<one>| and |<two>")]
    [InlineData("2 * 3 * 4", "2 * 3 * 4")]
    [InlineData("**", "**")]
    [InlineData("***", "***")]
    [InlineData("a *", "a *")]
    [InlineData("*a *b*", "*a |<b>")]
    [InlineData("*open only", "*open only")]
    [InlineData("*x*y*", "<x>|y*")]
    [InlineData("word*in*word", "word|<in>|word")]
    [InlineData("", "")]
    public void Parse_SplitsPlainAndEmphasisedRuns(string text, string expected)
    {
        var runs = Emphasis.Parse(text);

        Assert.Equal(expected, string.Join("|", runs.Select(r => r.Emphasised ? $"<{r.Text}>" : r.Text)));
        Assert.DoesNotContain(runs, r => r.Text.Length == 0);
        Assert.Equal(text, string.Concat(runs.Select(r => r.Emphasised ? $"*{r.Text}*" : r.Text)));
    }

    [Fact]
    public void Parse_RunsJoinedWithTheirAsterisks_GiveBackTheText()
    {
        foreach (var paragraph in SampleLetters.Dprk2011.Body)
        {
            var runs = Emphasis.Parse(paragraph.Text);

            Assert.Equal(paragraph.Text, string.Concat(runs.Select(r => r.Emphasised ? $"*{r.Text}*" : r.Text)));
        }
    }

    [Fact]
    public void Parse_Dataset_FindsTheEmphasisedCampName()
    {
        var emphasised = SampleLetters.Dprk2011.Body.SelectMany(p => Emphasis.Parse(p.Text)).Where(r => r.Emphasised).Select(r => r.Text).Distinct();

        Assert.Equal(["kwan-li-so"], emphasised);
    }
}
