using System;
using System.IO;
using System.Linq;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Hostile;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Issues;

public partial class IssuesTests
{
    /// <summary>The inputs AFL++ found crashing the loader (<c>Hostile/Regressions</c>), byte for byte as it saved them.</summary>
    public static TheoryData<string> FuzzFindings =>
    [
        .. Directory.EnumerateFiles(Path.Combine(Repository.TestsSource, "Hostile", "Regressions"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal),
    ];

    // All six: a member name or a broken literal followed by long runs of white space. Cleaning System.Text.Json's
    // location suffix off the message used \s*(Path: \S*)?\s*\|?\s*LineNumber…, which backtracked over the run until
    // its one-second timeout, and RegexMatchTimeoutException escaped the loader. Two of them also showed that a broken
    // literal made System.Text.Json quote the whole rest of the document, line ends and all, in the message.
    [Theory]
    [MemberData(nameof(FuzzFindings))]
    public void FuzzFindings_5_LoadOrAreRefused_WithAShortMessage(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.TestsSource, "Hostile", "Regressions", name));

        foreach (var ex in new[] { HostileInput.Load(bytes), HostileInput.LoadStream(bytes) })
        {
            if (ex is not null)
            {
                Assert.True(ex.Message.Length < 300, ex.Message[..Math.Min(ex.Message.Length, 400)]);
                Assert.DoesNotContain('\n', ex.Message);
            }
        }
    }

    [Fact]
    public void FuzzFindings_5_MemberNameOfWhiteSpace_IsRefusedAsUnknown()
    {
        var json = Documents.WithRootMembers($"\"x{new string(' ', 20_000)}\":1,");

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        var excerpt = "x" + new string(' ', 39) + "…";
        Assert.Equal($"unknown member '{excerpt}' in a letter at /{excerpt} (line 1, byte 20006)", ex.Message);
    }

    [Fact]
    public void FuzzFindings_5_BrokenLiteral_QuotesAnExcerpt_NotTheRestOfTheDocument()
    {
        var json = Documents.WithTitle("nul\n" + new string(' ', 20_000) + "\"t\"");

        var ex = Assert.Throws<LetterJsonException>(() => LetterJson.Parse(json));

        var excerpt = "nul\\u000A" + new string(' ', 31) + "…";
        Assert.Equal($"'{excerpt}' is an invalid JSON literal. Expected the literal 'null' at /title (line 1, byte 44)", ex.Message);
    }
}
