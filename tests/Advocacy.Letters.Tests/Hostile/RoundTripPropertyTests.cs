using System;
using System.Collections.Immutable;
using System.Linq;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using CsCheck;
using NodaTime;
using Xunit;

namespace Advocacy.Letters.Tests.Hostile;

/// <summary>
/// Property-based tests with CsCheck over generated letters: text in any script, with combining marks, emoji,
/// right-to-left runs, control characters and JSON's own punctuation; strings from empty to tens of thousands of
/// characters; every collection from empty to several items.
/// </summary>
/// <remarks>
/// 300 letters, the same on every run (<see cref="Property.ForAll"/>: one PCG stream from a fixed seed, on one
/// thread); a failure names the iteration. To explore others, give it another seed or more iterations.
/// </remarks>
public class RoundTripPropertyTests
{
    private const int Iterations = 300;

    // Pieces from which text is built: each is a whole grapheme or run, so no piece holds a lone surrogate.
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "  ", ".", "-", "*", "~", "/",
        "김정일", "국방위원장", "한", "ㄱ", // Hangul syllables and a jamo
        "日本語", "ひらがな", "カタカナ", "漢",
        "😀", "👩🏽‍⚖️", "🇰🇵", "𝄞", // emoji, a ZWJ sequence with a skin tone, a flag, a symbol beyond the BMP
        "e\u0301", "\u0308", "n\u0303\u0323", // combining marks, one on its own
        "שלום", "مرحبا", "\u200F", "\u202E", "\u2067", // right-to-left text and bidi controls
        "\"", "\\", "\u0000", "\t", "\n", "\r", "\u001F", "\u007F", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFF",
        "<script>", "&amp;", "'", "\u00A0", "ß", "İ", "ﬁ",
    ];

    private static readonly Gen<string> Text = Gen.Frequency(
        (30, Gen.Int[0, Pieces.Length - 1].Array[0, 12].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])))),
        (5, Gen.Const(string.Empty)),
        (1, Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Int[1_000, 10_000], (i, n) => string.Concat(Enumerable.Repeat(Pieces[i], n)))));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const<string?>((string?)null)), (2, Text.Select(t => (string?)t)));

    private static readonly Gen<ImmutableArray<string>> Texts = Text.Array[0, 4].Select(ImmutableArray.Create);

    private static readonly Gen<PartialDate> Date = Gen.Frequency(
        (1, Gen.Int[1, 9999].Select(PartialDate.FromYear)),
        (1, Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], (y, m) => PartialDate.FromYearMonth(new YearMonth(y, m)))),
        (2, Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => PartialDate.FromDate(new LocalDate(y, m, d)))));

    private static readonly Gen<PartialDate?> OptionalDate = Gen.Frequency((1, Gen.Const<PartialDate?>((PartialDate?)null)), (1, Date.Select(d => (PartialDate?)d)));

    private static readonly Gen<Addressee> Addressee =
        Gen.Select(
            Gen.Select(Gen.Enum<AddresseeRole>(), Gen.Enum<PartyType>(), Text, OptionalText),
            Gen.Select(Text, OptionalText, (name, language) => new AlternateName { Name = name, Language = language }).Array[0, 2],
            Gen.Select(Text, OptionalText, OptionalText, OptionalDate, OptionalDate, (title, organization, label, start, end) =>
                new Position { Title = title, Organization = organization, Label = label, Start = start, End = end }).Array[0, 2],
            Gen.Frequency(
                (1, Gen.Const<PostalAddress?>((PostalAddress?)null)),
                (1, Gen.Select(Texts, OptionalText, OptionalText, (lines, locality, country) =>
                    (PostalAddress?)new PostalAddress { Lines = lines, Locality = locality, Country = country }))),
            (head, otherNames, positions, address) => new Addressee
            {
                Role = head.Item1,
                Type = head.Item2,
                Name = head.Item3,
                Honorific = head.Item4,
                OtherNames = [.. otherNames],
                Positions = [.. positions],
                Address = address,
            });

    private static readonly Gen<Demand> Demand = Gen.Select(
        Gen.Select(Text, Text, Text, Text),
        OptionalText,
        Gen.Select(Texts, Texts, Texts),
        (head, action, lists) => new Demand
        {
            Id = head.Item1,
            Paragraph = head.Item2,
            Text = head.Item3,
            Summary = head.Item4,
            Action = action,
            Actors = lists.Item1,
            Themes = lists.Item2,
            Instruments = lists.Item3,
        });

    private static readonly Gen<LetterResponse> Response = Gen.Select(
        Gen.Select(Text, Date, Gen.Select(Gen.Enum<PartyType>(), Text, OptionalText, (type, name, country) => new Party { Type = type, Name = name, Country = country })),
        Gen.Select(Gen.Enum<ResponseChannel>(), Gen.Enum<ResponseStance>(), Text),
        Gen.Select(Text, Gen.Enum<DispositionStatus>(), (demand, status) => new Disposition { Demand = demand, Status = status }).Array[0, 3],
        Texts,
        (head, how, dispositions, sources) => new LetterResponse
        {
            Id = head.Item1,
            Date = head.Item2,
            From = head.Item3,
            Channel = how.Item1,
            Stance = how.Item2,
            Summary = how.Item3,
            Dispositions = [.. dispositions],
            Sources = sources,
        });

    private static readonly Gen<Letter> Letter = Gen.Select(
        Gen.Select(Text, Text, Gen.Enum<LetterKind>(), Text, OptionalDate, OptionalText),
        Gen.Select(OptionalText, OptionalText, OptionalText),
        Gen.Select(
            Addressee.Array[0, 3],
            Gen.Select(Text, Text, (id, text) => new Paragraph { Id = id, Text = text }).Array[0, 4],
            Demand.Array[0, 3],
            Gen.Select(Gen.Enum<PartyType>(), Text, OptionalText, OptionalText, Text, (type, name, acronym, country, label) =>
                new Signatory { Type = type, Name = name, Acronym = acronym, Country = country, Label = label }).Array[0, 5]),
        Gen.Select(
            Gen.Select(Gen.Enum<LetterEventType>(), Date, OptionalText, OptionalText, Texts, (type, date, place, note, sources) =>
                new LetterEvent { Type = type, Date = date, Place = place, Note = note, Sources = sources }).Array[0, 3],
            Response.Array[0, 2],
            Gen.Select(Text, Text, OptionalText, OptionalText, OptionalDate, (id, url, title, publisher, date) =>
                new Source { Id = id, Url = url, Title = title, Publisher = publisher, Date = date }).Array[0, 3]),
        (head, words, parts, record) => new Letter
        {
            Id = head.Item1,
            Title = head.Item2,
            Kind = head.Item3,
            Language = head.Item4,
            Date = head.Item5,
            Place = head.Item6,
            Salutation = words.Item1,
            Closing = words.Item2,
            Valediction = words.Item3,
            Addressees = [.. parts.Item1],
            Body = [.. parts.Item2],
            Demands = [.. parts.Item3],
            Signatories = [.. parts.Item4],
            Events = [.. record.Item1],
            Responses = [.. record.Item2],
            Sources = [.. record.Item3],
        });

    [Fact]
    public void WriteThenRead_AnyLetter_GivesAnEqualLetter_AndIdenticalBytes()
    {
        Property.ForAll(
            Letter,
            letter =>
            {
                var bytes = LetterJson.ToUtf8Bytes(letter);
                var read = LetterJson.Parse(bytes);

                Assert.Equal(letter, read);
                Assert.Equal(letter.GetHashCode(), read.GetHashCode());
                Assert.Equal(bytes, LetterJson.ToUtf8Bytes(read));
                Assert.Equal(read, LetterJson.Parse(LetterJson.ToJson(letter)));
            },
            Iterations);
    }

    [Fact]
    public void WriteThenRead_StringsAtTheLengthLimit_RoundTrip()
    {
        // The longest string the reader accepts by default, in characters that take 1, 3 and 4 bytes in UTF-8.
        foreach (var piece in new[] { "a", "김", "😀" })
        {
            var title = string.Concat(Enumerable.Repeat(piece, LetterJsonReadOptions.DefaultMaxStringLength / piece.Length));
            var letter = Infrastructure.TestLetters.Minimal with { Title = title };

            var bytes = LetterJson.ToUtf8Bytes(letter);

            Assert.Equal(letter, LetterJson.Parse(bytes));
            Assert.Equal(bytes, LetterJson.ToUtf8Bytes(LetterJson.Parse(bytes)));
            Assert.Throws<LetterJsonException>(() => LetterJson.Parse(LetterJson.ToUtf8Bytes(letter with { Title = title + piece })));
        }
    }

    [Fact]
    public void Validate_AnyLetter_NeverThrows_AndLocatesEveryProblem()
    {
        Property.ForAll(
            Letter,
            letter =>
            {
                var result = LetterValidator.Validate(letter);

                Assert.Equal(result.IsValid, result.Problems.All(p => p.Severity != ValidationSeverity.Error));
                Assert.All(result.Problems, p => Assert.StartsWith("/", p.Path, StringComparison.Ordinal));
            },
            Iterations);
    }

    [Fact]
    public void Equality_AnyLetter_EqualToItsCopies_WithEqualHashCodes()
    {
        Property.ForAll(
            Gen.Select(Letter, Letter),
            pair =>
            {
                var (a, b) = pair;
                var copy = a with { };
                var rebuilt = a with
                {
                    Addressees = [.. a.Addressees],
                    Signatories = [.. a.Signatories.Select(s => s with { })],
                    Title = new string(a.Title.AsSpan()),
                };

                Assert.Equal(a, copy);
                Assert.Equal(a, rebuilt);
                Assert.Equal(a.GetHashCode(), copy.GetHashCode());
                Assert.Equal(a.GetHashCode(), rebuilt.GetHashCode());
                if (a == b)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }

                Assert.Equal(a.Equals(b), b.Equals(a));
            },
            Iterations);
    }
}
