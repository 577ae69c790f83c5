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
/// <remarks>
/// The random inputs are the same on every run (<see cref="Property.ForAll"/>); to explore others, give it another
/// seed or more iterations.
/// </remarks>
public class LetterImporterPropertyTests
{
    private static readonly LetterImportOptions Markdown = new() { Format = LetterImportFormat.Markdown };

    [Fact]
    public void Import_RandomText_NeverThrowsAndAlwaysGivesALetter()
    {
        Property.ForAll(Gen.String[Gen.Char, 0, 2000], text =>
        {
            foreach (var options in new[] { LetterImportOptions.Default, Markdown })
            {
                var result = LetterImporter.Import(text, options);
                Assert.NotNull(result.Letter);
                Assert.False(string.IsNullOrWhiteSpace(result.Letter.Title));
            }
        }, 300);
    }

    [Fact]
    public void Import_RandomLinesOfLetterWords_NeverThrows()
    {
        string[] pieces = ["Dear Sir,", "Yours sincerely,", "- ", "1. ", "\t", " (", ")", "Kenya", "ROK", " - ", ", ", "; ", "We urge you to ", "should ", "release ",
            "**", "*", "_", "[", "](", "<br>", "&amp;", "&#x202E;", "\u202E", "\u0000", "\f", "\r\n", "\n", "\n\n", "To: ", "Cc: ", "Signed by:", "Re: ", "6 April 2021",
            "Organisations", "Individuals", "on behalf of ", "ACR", "(Expansion)(Japan)", "Jane Doe, Professor, ", "|", "#", "> ", "\uD800", "\uDC00", "김정일", "Иван"];
        Property.ForAll(Gen.Int[0, pieces.Length - 1].Array[0, 400], indexes =>
        {
            var text = string.Concat(indexes.Select(i => pieces[i]));
            var result = LetterImporter.Import(text, LetterImportOptions.Default);
            var markdown = LetterImporter.Import(text, Markdown);
            Assert.NotNull(result.Letter);
            Assert.NotNull(markdown.Letter);

            // What the importer makes passes the validator's clean-text rules: no control or bidi characters, no lone surrogates.
            Assert.DoesNotContain(result.Problems, p => p.Code is "forbidden-character" or "untrimmed-text" or "blank-text");
            Assert.DoesNotContain(markdown.Problems, p => p.Code is "forbidden-character" or "untrimmed-text" or "blank-text");
        }, 500);
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

        LinearWork.AssertLinear(small, large, input =>
        {
            LetterImporter.Import(input, Markdown, out var steps);
            return steps;
        });
    }

    public static TheoryData<string> PlainTextLetters() =>
        [.. System.IO.Directory.GetFiles(ImportTestSet.Folder, "*.txt").Order(StringComparer.Ordinal).Select(f => System.IO.Path.GetFileName(f)!).Append("dprk-letter-2011.txt")];

    /// <summary>
    /// The rule of README's round trip, exactly: from the salutation (or the first body paragraph) to the end, the
    /// rendered words are the input's words in the same order once the kinds the importer does not keep are removed
    /// from the input: the headings inside the signatory list ("Organisations", "Individuals", "Global"), the label "Signed by:",
    /// a TAB table's header row, notes and footnotes ("* in a personal capacity…", "¹ Registered in…"), page numbers, and a <c>Cc:</c> block (the
    /// renderer prints copies as <c>cc: NAME</c> lines, which are removed from the rendering). Words are compared without
    /// the list numbering and the separators between a signatory's parts (",", ";", " - ", TAB), which the renderer
    /// writes its own way. Front matter and the addressee block are data, rendered in the renderer's layout.
    /// </summary>
    [Theory]
    [MemberData(nameof(PlainTextLetters))]
    public void Import_PlainTextLetters_RenderBackToTheSameWordsInTheSameOrder(string name)
    {
        var file = name == "dprk-letter-2011.txt" ? Repository.DprkText : System.IO.Path.Combine(ImportTestSet.Folder, name);
        var text = System.IO.File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var letter = LetterImporter.Import(text).Letter;
        var rendered = PlainTextRenderer.Render(letter);
        var anchor = Words(letter.Salutation ?? letter.Body[0].Text).Take(3).ToArray();

        var kept = From(Words(Kept(text)), anchor);
        var back = From(Words(string.Join("\n", rendered.Split('\n').Where(l => !l.StartsWith("cc: ", StringComparison.Ordinal)))), anchor);
        Assert.Equal(kept, back);
    }

    // The words from the first place the anchor's words stand together.
    private static string[] From(string[] words, string[] anchor)
    {
        for (var i = 0; i + anchor.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, anchor.Length).SequenceEqual(anchor))
            {
                return words[i..];
            }
        }

        return words;
    }

    // The input without what the importer documents it does not keep (see the test above).
    private static string Kept(string text)
    {
        var lines = text.Split('\n');
        var kept = new StringBuilder();
        var inCopies = false;
        var tableSeen = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            inCopies = line.StartsWith("Cc:", StringComparison.OrdinalIgnoreCase) || (inCopies && line.Length > 0);
            var header = line.Contains('\t', StringComparison.Ordinal) && !tableSeen;
            tableSeen |= line.Contains('\t', StringComparison.Ordinal);
            if (inCopies || (header && line.Split('\t').All(c => c.Trim() is "Organisation" or "Organization" or "Name" or "Country" or "Acronym")) || IsListHeading(line) ||
                line.StartsWith("* ", StringComparison.Ordinal) || (line.Length > 0 && "¹²³⁴⁵⁶⁷⁸⁹†‡".Contains(line[0], StringComparison.Ordinal)) || (line.StartsWith("Page ", StringComparison.Ordinal) && line.Contains(" of ", StringComparison.Ordinal)))
            {
                continue;
            }

            // "Signed by: A, B, C": the label goes, the names stay.
            kept.Append(line.StartsWith("Signed by:", StringComparison.Ordinal) ? line["Signed by:".Length..] : raw).Append('\n');
        }

        return kept.ToString();
    }

    private static bool IsListHeading(string line) =>
        line.TrimEnd(':', '*') is "Organisations" or "Organizations" or "Individuals" or "Global" or "National" or "Regional" or "International" or "Signed by" or "Signatories";

    private static string[] Words(string text) =>
        [.. text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd(',', ';'))
            .Where(w => w.Length > 0 && w != "-" && !(w.EndsWith('.') && w.Length > 1 && w[..^1].All(char.IsAsciiDigit)))];

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
