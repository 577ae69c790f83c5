using System;
using System.Collections.Generic;
using System.Linq;
using Advocacy.Letters.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Internal;

/// <summary>
/// The validator's duplicate-signatory index finds a party again exactly when <see cref="PartyKey"/> says the two are
/// the same: equal keys share an entry (so their hashes are equal), different keys never do, whatever the text.
/// </summary>
public class PartyKeyIndexTests
{
    // Hostile and tricky names: case, accents in NFC and NFD, width forms, Hangul syllables and jamo, emoji (with
    // skin-tone modifier, joiner and flag), lone surrogates, controls, bidi overrides, white-space runs, combining
    // marks only, ß, dotless i, the Kelvin and Ångström signs, and names that differ only in where a space falls.
    private static readonly string[] Names =
    [
        "Amnesty International", "AMNESTY  international", " amnesty\tinternational ", "Amnesty Internationa l",
        "Amélie", "Ame\u0301lie", "AMELIE", "Amelie\u0301\u0301", "Ａｍｅｌｉｅ",
        "한국인권", "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1175\u11AB\u1100\u116F\u11AB", "한국 인권",
        "👩🏽‍⚖️ Lawyers", "👩🏽‍⚖️ LAWYERS", "👩🏽 Lawyers", "🇰🇵", "🇰🇷",
        "\uD800 lone high", "\uD800 LONE HIGH", "lone low \uDC00", "\uDC00\uD800",
        "bell\u0007", "BELL\u0007", "\u202Eevil\u202C", "\u202EEVIL\u202C", "evil",
        "\u0301\u0301", "\u20DD", "Straße", "STRASSE", "ı", "I", "i", "\u212A", "K", "\u212B", "Å", "A",
        "<script>alert(1)</script>", "<SCRIPT>ALERT(1)</SCRIPT>", "=HYPERLINK(\"x\")", "\"quoted\" ]]>",
        "Free\u3000NK", "Free NK", "Free NK ", "Free\u00A0NK", "Free\u001FNK", "FREE\u001Fnk", "Free\u007FNK", "Free\u0085NK", "ｶﾞｲﾑｼｮｳ", "カイムショウ",
        new string('x', 5000), new string('X', 5000), string.Concat(Enumerable.Repeat("é", 3000)),
    ];

    private static readonly string?[] Countries = [null, string.Empty, "KR", "kr", "KP", "Kr", "\u212Ar"];

    [Fact]
    public void FirstOrAdd_FindsAPartyAgain_ExactlyWhenTheKeysAreEqual()
    {
        var entries = Names.SelectMany(name => Countries.Select(country => (name, country))).ToList();
        var index = new PartyKeyIndex();

        var expected = Expected(entries);
        var actual = entries.Select((entry, i) => index.FirstOrAdd(entry.name, entry.country, i)).ToList();

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count(first => first < 0), index.Count);
        Assert.False(index.Randomized);
    }

    [Fact]
    public void FirstOrAdd_KeysMadeToCollide_StayLinear_AndAreFoundExactly()
    {
        // Every key with the same fast hash, as names crafted against it would have: the index must notice the long
        // probes and hash with the randomized hash instead, or each key would be compared with all before it.
        var entries = Enumerable.Range(0, 5_000).Select(i => ($"Party {i}", (string?)"KR"))
            .Concat(Enumerable.Range(0, 500).Select(i => ($"PARTY  {i * 7}", (string?)"kr")))
            .Concat(Names.Select(name => (name, (string?)null)))
            .ToList();
        AssertFoundExactly_InLinearTime_AfterTheSwitch(new PartyKeyIndex(_ => 42), entries);
    }

    [Fact]
    public void FirstOrAdd_KeysWithDifferentHashesOnTheSamePlaces_StayLinear_AndAreFoundExactly()
    {
        // Hashes that differ, but that the table's placement (the top bits of hash × 2654435769) sends to one place:
        // 0x144CBC89 is that multiplier's inverse, so the product is the key's number, whose top bits are all 0. The
        // index mixes in the country's length (-1 here) after the hash; the test hash undoes it.
        var entries = Enumerable.Range(0, 3_000).Select(i => ($"Party {i}", (string?)null)).ToList();
        var number = 0;
        var index = new PartyKeyIndex(_ => unchecked((number++ * 0x144CBC89) ^ (-1 * PartyKeyIndex.CountryLengthMix)));

        AssertFoundExactly_InLinearTime_AfterTheSwitch(index, entries);
    }

    [Fact]
    public void FirstOrAdd_RealNames_StayOnTheFastHash()
    {
        // The speed of the check is the fast hash: a generated corpus's signatories, all in one index, never need the
        // randomized one.
        var names = SampleLetters.Generate(2_000, 20110908).SelectMany(letter => letter.Signatories).ToList();
        var index = new PartyKeyIndex();

        for (var i = 0; i < names.Count; i++)
        {
            index.FirstOrAdd(names[i].Name, names[i].Country, i);
        }

        Assert.True(names.Count > 10_000, $"{names.Count} signatories");
        Assert.False(index.Randomized);
        Assert.InRange(index.Probes, 0, 4L * names.Count);
    }

    [Fact]
    public void Clear_AfterCollidingKeys_GoesBackToTheFastHash()
    {
        var index = new PartyKeyIndex(_ => 42);
        for (var i = 0; i < 100; i++)
        {
            index.FirstOrAdd($"Party {i}", null, i);
        }

        var randomized = index.Randomized;
        index.Clear();

        Assert.True(randomized);
        Assert.False(index.Randomized);
        Assert.Equal(0, index.Count);
        Assert.Equal(-1, index.FirstOrAdd("Party 1", null, 0));
        Assert.Equal(0, index.FirstOrAdd("PARTY 1", null, 1));
    }

    [Fact]
    public void FirstOrAdd_AfterClear_StartsAfresh_WithTheBuffersReused()
    {
        var entries = Names.Select(name => (name, (string?)"KR")).ToList();
        var index = new PartyKeyIndex();
        var first = entries.Select((entry, i) => index.FirstOrAdd(entry.name, entry.Item2, i)).ToList();

        index.Clear();
        var reversed = Enumerable.Reverse(entries).ToList();
        var second = reversed.Select((entry, i) => index.FirstOrAdd(entry.name, entry.Item2, i)).ToList();

        Assert.Equal(Expected(entries), first);
        Assert.Equal(Expected(reversed), second);
    }

    [Fact]
    public void FirstOrAdd_WhenARepeatComesFirst_KeepsTheFirstIndex()
    {
        var index = new PartyKeyIndex();

        Assert.Equal(-1, index.FirstOrAdd("Free NK", "KR", 0));
        Assert.Equal(-1, index.FirstOrAdd("Free NK", null, 1));
        Assert.Equal(0, index.FirstOrAdd("ＦＲＥＥ  nk", "kr", 2));
        Assert.Equal(1, index.FirstOrAdd("free nk", string.Empty, 3));
        Assert.Equal(0, index.FirstOrAdd("Free NK", "KR", 4));
    }

    [Fact]
    public void FoldInto_WritesWhatFoldReturns()
    {
        var scratch = new char[1];
        var destination = new char[1];
        foreach (var name in Names)
        {
            var length = NameFolding.FoldInto(name, ref scratch, ref destination, 3);

            Assert.Equal(NameFolding.Fold(name), new string(destination, 3, length));
            Assert.Equal(PartyKey.Create(name).Name, new string(destination, 3, length));
        }
    }

    // Keys that collide under the fast hash: each is found exactly as PartyKey says, the index has gone over to the
    // randomized hash, and the places stepped over stay a small multiple of the keys (quadratic would be millions).
    private static void AssertFoundExactly_InLinearTime_AfterTheSwitch(PartyKeyIndex index, List<(string Name, string? Country)> entries)
    {
        var actual = entries.Select((entry, i) => index.FirstOrAdd(entry.Name, entry.Country, i)).ToList();

        Assert.Equal(Expected(entries), actual);
        Assert.True(index.Randomized);
        Assert.InRange(index.Probes, entries.Count / 2, 20L * entries.Count);
    }

    // What a dictionary keyed by PartyKey gives: the first index of each key, -1 where the key is new.
    private static List<int> Expected(IEnumerable<(string Name, string? Country)> entries)
    {
        var seen = new Dictionary<PartyKey, int>();
        var expected = new List<int>();
        foreach (var (name, country) in entries)
        {
            var key = PartyKey.Create(name, country);
            expected.Add(seen.TryGetValue(key, out var first) ? first : -1);
            seen.TryAdd(key, expected.Count - 1);
        }

        return expected;
    }
}
