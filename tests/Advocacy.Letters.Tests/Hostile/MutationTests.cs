using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests.Hostile;

/// <summary>
/// The dataset, broken every way a disk, a network or an editor breaks a file: each result either loads (and then
/// validates without throwing) or is refused with a <see cref="LetterJsonException"/>. Random mutations
/// are seeded, so a failure names the seed and the case that reproduce it.
/// </summary>
public class MutationTests
{
    private const int RandomCases = 1_000;

    private static readonly byte[] Dataset = File.ReadAllBytes(Repository.DprkJson);

    private static readonly Letter Original = LetterJson.Parse(Dataset);

    // Bytes that change a document's structure rather than its text.
    private static readonly byte[] Significant = "{}[],:\"\\ \n0123456789-+.eEtfnul\t\r"u8.ToArray();

    [Fact]
    public void Parse_EveryPrefixOfTheDataset_IsRefused()
    {
        // The dataset ends in "}\n": the one prefix that is a whole letter is the one without the final newline.
        Parallel.For(0, Dataset.Length - 1, length => Assert.NotNull(Outcome(Dataset.AsSpan(0, length), $"prefix of {length} bytes")));

        Assert.Null(Outcome(Dataset.AsSpan(0, Dataset.Length - 1), "the dataset without its final newline"));
    }

    [Fact]
    public void Parse_EverySingleByteDeletion_LoadsOrIsRefused()
    {
        var loaded = 0;
        Parallel.For(0, Dataset.Length, at =>
        {
            byte[] mutant = [.. Dataset.AsSpan(0, at), .. Dataset.AsSpan(at + 1)];
            if (Outcome(mutant, $"deleting byte {at}") is null)
            {
                Interlocked.Increment(ref loaded);
            }
        });

        // Deleting indentation leaves the letter as it was; deleting a character of text changes it, but it reads.
        Assert.InRange(loaded, 1, Dataset.Length - 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Parse_RandomByteFlips_LoadOrAreRefused(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < RandomCases; i++)
        {
            var mutant = (byte[])Dataset.Clone();
            var flips = random.Next(1, 4);
            for (var f = 0; f < flips; f++)
            {
                mutant[random.Next(mutant.Length)] ^= (byte)(1 << random.Next(8));
            }

            Outcome(mutant, $"seed {seed}, flip case {i}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Parse_RandomInsertions_LoadOrAreRefused(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < RandomCases; i++)
        {
            var at = random.Next(Dataset.Length + 1);
            var inserted = random.Next(2) == 0 ? Significant[random.Next(Significant.Length)] : (byte)random.Next(256);
            byte[] mutant = [.. Dataset.AsSpan(0, at), inserted, .. Dataset.AsSpan(at)];
            Outcome(mutant, $"seed {seed}, insertion case {i}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Parse_RandomTokenSwaps_LoadOrAreRefused(int seed)
    {
        var tokens = Tokens(Dataset);
        var random = new Random(seed);
        for (var i = 0; i < RandomCases; i++)
        {
            // Two tokens trade places: a string where a number or an array was, a name where a value was, and so on.
            var (a, b) = (tokens[random.Next(tokens.Count)], tokens[random.Next(tokens.Count)]);
            if (a.Start > b.Start)
            {
                (a, b) = (b, a);
            }

            if (a.Start + a.Length > b.Start)
            {
                continue;
            }

            byte[] mutant =
            [
                .. Dataset.AsSpan(0, a.Start),
                .. Dataset.AsSpan(b.Start, b.Length),
                .. Dataset.AsSpan(a.Start + a.Length, b.Start - a.Start - a.Length),
                .. Dataset.AsSpan(a.Start, a.Length),
                .. Dataset.AsSpan(b.Start + b.Length),
            ];
            Outcome(mutant, $"seed {seed}, swap case {i}");
        }
    }

    /// <summary>Loads <paramref name="utf8"/>; any exception but <see cref="LetterJsonException"/> fails with <paramref name="what"/>.</summary>
    private static LetterJsonException? Outcome(ReadOnlySpan<byte> utf8, string what)
    {
        try
        {
            var letter = LetterJson.Parse(utf8);

            // Most mutants that load are the dataset again (a deleted space); the validator has seen that one.
            if (!letter.Equals(Original))
            {
                LetterValidator.Validate(letter);
            }

            return null;
        }
        catch (LetterJsonException ex)
        {
            return ex;
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.IAssertionException)
        {
            Assert.Fail($"{what}: {ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }

    /// <summary>The byte ranges of the dataset's tokens: names, strings, numbers, literals and brackets.</summary>
    private static List<(int Start, int Length)> Tokens(byte[] json)
    {
        var tokens = new List<(int, int)>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            var quotes = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? 2 : 0;
            tokens.Add(((int)reader.TokenStartIndex, reader.ValueSpan.Length + quotes));
        }

        return tokens;
    }
}
