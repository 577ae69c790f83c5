using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Internal;

/// <summary>
/// The URL rule's fast path for plain URLs is never a second rule: whatever it accepts, the grammar accepts too
/// (checked here against the grammar compiled on its own), and it does take the plain URLs letters carry.
/// </summary>
public class HttpUrlsTests
{
    private static readonly Regex Grammar = new(HttpUrls.Pattern, RegexOptions.CultureInvariant);

    [Fact]
    public void IsPlainForm_AcceptsOnlyWhatTheGrammarAccepts()
    {
        var accepted = 0;
        foreach (var url in Urls())
        {
            if (HttpUrls.IsPlainForm(url))
            {
                accepted++;
                Assert.True(Grammar.IsMatch(url), $"the fast path accepts '{url}', the grammar does not");
            }

            Assert.Equal(Grammar.IsMatch(url), HttpUrls.IsValid(url));
        }

        Assert.True(accepted > 1000, $"the fast path took only {accepted} URLs");
    }

    [Fact]
    public void IsPlainForm_TakesTheDatasetsUrls()
    {
        Assert.All(SampleLetters.Dprk2011.Sources, source => Assert.True(HttpUrls.IsPlainForm(source.Url), source.Url));
    }

    [Theory]
    [InlineData("https://[::1]/")]
    [InlineData("https://example.org:443/")]
    [InlineData("https://user@example.org/")]
    [InlineData("https://ex%41mple.org/")]
    [InlineData("https://example.org/a#b#c")]
    [InlineData("https://example.org/%4")]
    [InlineData("https://example.org/a b")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://")]
    public void IsPlainForm_LeavesOtherFormsToTheGrammar(string url)
    {
        Assert.False(HttpUrls.IsPlainForm(url));
    }

    // The shared URL list, and every code unit up to U+00FF, alone and before '%', '#', '?' and 'x', in each part.
    private static IEnumerable<string> Urls()
    {
        var list = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.TestsSource, "Schema", "Strings", "urls.json")))!;
        foreach (var url in list["accepted"]!.AsArray().Concat(list["refused"]!.AsArray()))
        {
            yield return (string)url!;
        }

        for (var c = '\0'; c <= '\u00FF'; c++)
        {
            foreach (var next in new[] { string.Empty, "%", "%4", "%41", "#", "?", "x" })
            {
                var s = c + next;
                yield return $"https://ex{s}ample.org/";
                yield return $"https://example.org{s}";
                yield return $"https://example.org/a{s}b";
                yield return $"https://example.org/?a{s}b";
                yield return $"https://example.org/#a{s}b";
                yield return $"http{s}://example.org/";
                yield return $"HTTP{s}://a";
                yield return $"https:/{s}/a/";
            }
        }
    }
}
