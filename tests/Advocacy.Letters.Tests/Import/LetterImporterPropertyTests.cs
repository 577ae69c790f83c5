using System;
using System.Linq;
using System.Text;
using Advocacy.Letters.Import;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Tests.Infrastructure;
using CsCheck;
using Xunit;

namespace Advocacy.Letters.Tests.Import;

/// <summary>
/// Hostile and random text never makes the importer throw, and its work grows linearly: the count of characters it
/// examines, and the bytes it allocates, for an input twice as long are about twice as many. No test times anything.
/// </summary>
public class LetterImporterPropertyTests
{
    private static readonly LetterImportOptions Markdown = new() { Format = LetterImportFormat.Markdown };

    [Fact]
    public void Import_RandomText_NeverThrowsAndAlwaysGivesALetter()
    {
        Gen.String[Gen.Char, 0, 2000].Sample(text =>
        {
            foreach (var options in new[] { LetterImportOptions.Default, Markdown })
            {
                var result = LetterImporter.Import(text, options);
                Assert.NotNull(result.Letter);
                Assert.False(string.IsNullOrWhiteSpace(result.Letter.Title));
            }
        }, iter: 300);
    }

    [Fact]
    public void Import_RandomLinesOfLetterWords_NeverThrows()
    {
        string[] pieces = ["Dear Sir,", "Yours sincerely,", "- ", "1. ", "\t", " (", ")", "Kenya", "ROK", " - ", ", ", "; ", "We urge you to ", "should ", "release ",
            "**", "*", "_", "[", "](", "<br>", "&amp;", "&#x202E;", "\u202E", "\u0000", "\f", "\r\n", "\n", "\n\n", "To: ", "Cc: ", "Signed by:", "Re: ", "6 April 2021",
            "Organisations", "Individuals", "on behalf of ", "ACR", "(Expansion)(Japan)", "Jane Doe, Professor, ", "|", "#", "> ", "\uD800", "\uDC00", "김정일", "Иван"];
        Gen.Int[0, pieces.Length - 1].Array[0, 400].Sample(indexes =>
        {
            var text = string.Concat(indexes.Select(i => pieces[i]));
            var result = LetterImporter.Import(text, LetterImportOptions.Default);
            var markdown = LetterImporter.Import(text, Markdown);
            Assert.NotNull(result.Letter);
            Assert.NotNull(markdown.Letter);

            // What the importer makes passes the validator's clean-text rules: no control or bidi characters, no lone surrogates.
            Assert.DoesNotContain(result.Problems, p => p.Code is "forbidden-character" or "untrimmed-text" or "blank-text");
            Assert.DoesNotContain(markdown.Problems, p => p.Code is "forbidden-character" or "untrimmed-text" or "blank-text");
        }, iter: 500);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("deep-lists")]
    [InlineData("bidi")]
    [InlineData("brackets")]
    public void Import_HostileInput_GivesALetterWithWarnings(string kind)
    {
        var text = Hostile(kind, 200_000);
        var result = LetterImporter.Import(text, Markdown);
        Assert.NotNull(result.Letter);
        Assert.NotEmpty(result.Problems);
        Assert.DoesNotContain(result.Problems, p => p.Code == "forbidden-character");
    }

    [Fact]
    public void Import_TenMegabytes_ImportsWithoutThrowing()
    {
        var text = Repeat(System.IO.File.ReadAllText(Repository.DprkText), 10_000_000);
        var result = LetterImporter.Import(text);
        Assert.NotEmpty(result.Letter.Signatories);
    }

    [Theory]
    [InlineData("letter")]
    [InlineData("binary")]
    [InlineData("deep-lists")]
    [InlineData("bidi")]
    [InlineData("brackets")]
    [InlineData("one-line")]
    [InlineData("signatories")]
    public void Import_WorkIsLinear_TwiceTheInputIsAboutTwiceTheWork(string kind)
    {
        const int n = 400_000;
        var small = Hostile(kind, n);
        var large = Hostile(kind, 2 * n);
        LetterImporter.Import(small, LetterImportOptions.Default, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        LetterImporter.Import(small, Markdown, out var smallSteps);
        var smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        LetterImporter.Import(large, Markdown, out var largeSteps);
        var largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        var stepRatio = (double)largeSteps / smallSteps;
        var byteRatio = (double)largeBytes / smallBytes;
        Assert.InRange(stepRatio, 1.6, 2.4);
        Assert.InRange(byteRatio, 1.4, 2.6);
        Assert.True(largeSteps < 40L * large.Length, $"{largeSteps} steps for {large.Length} characters");
    }

    [Fact]
    public void Import_PlainTextLetters_RenderBackToTheSameWordsInTheSameOrder()
    {
        foreach (var file in new[] { Repository.DprkText, System.IO.Path.Combine(ImportTestSet.Folder, "hard-wrapped.txt"), System.IO.Path.Combine(ImportTestSet.Folder, "page-break.txt") })
        {
            var text = System.IO.File.ReadAllText(file);
            var letter = LetterImporter.Import(text).Letter;
            var rendered = PlainTextRenderer.Render(letter);

            // The front matter kept as data (title, date, place, subject), page numbers and the honorific before an
            // addressee's name (the renderer prints the name alone) are not rendered.
            var source = Words(text, skip: [letter.Title, letter.Date?.ToString(), "10 December 2021", "Page 2 of 2", .. letter.Addressees.Select(a => "\n" + a.Honorific + " ")]);
            Assert.Equal(source, Words(rendered, skip: []));
        }
    }

    private static string[] Words(string text, string?[] skip)
    {
        foreach (var part in skip)
        {
            if (part is { Length: > 0 })
            {
                text = text.Replace(part, " ", StringComparison.Ordinal);
            }
        }

        return [.. text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "-")];
    }

    private static string Hostile(string kind, int length) => kind switch
    {
        "empty" => string.Empty,
        "letter" => Repeat(System.IO.File.ReadAllText(Repository.DprkText), length),
        "binary" => Binary(length),
        "deep-lists" => Repeat("- - - - - - - - 1. 2) (3) * + • ", length),
        "bidi" => Repeat("\u202Eabc\u2066 Dear \u202D\u200F,\n", length),
        "brackets" => Repeat("[[[((**__<<&&&#", length),
        "one-line" => Repeat("We urge you to release, free, end, stop and close, ", length),
        "signatories" => Repeat("- Name Of Org (ROK)(Japan) - ACR, Kenya; Other, USA\n", length),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Binary(int length)
    {
        var random = new Random(42);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
