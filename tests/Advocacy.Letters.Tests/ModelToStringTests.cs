using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>Every model record reads well in a debugger or a log: ids, titles and counts, never a collection's type name.</summary>
public class ModelToStringTests
{
    private static Letter Complete => TestLetters.Complete;

    public static TheoryData<Type> Models => new(
        typeof(Letter).Assembly.GetExportedTypes().Where(t => t.Namespace == "Advocacy.Letters" && t.IsClass && t.GetMethod("<Clone>$") is not null));

    [Fact]
    public void ToString_OfEachPartOfACompleteLetter_IsAsDocumented()
    {
        var addressee = Complete.Addressees[0];
        var response = Complete.Responses[0];

        Assert.Equal("Letter complete \"A minimal letter\" (2011-09-08): 1 addressee, 1 paragraph, 1 demand, 1 signatory, 1 event, 1 response, 1 source", Complete.ToString());
        Assert.Equal("Addressee to \"Kim Jong-il\" (person): 1 position, 1 other name", addressee.ToString());
        Assert.Equal("AlternateName \"김정일\" (ko)", addressee.OtherNames[0].ToString());
        Assert.Equal("Position \"Chairman\" of \"National Defence Commission\" (1993-04-09 to 2011-12-17)", addressee.Positions[0].ToString());
        Assert.Equal("PostalAddress \"Pyongyang\", KP: 1 line", addressee.Address!.ToString());
        Assert.Equal("Paragraph request: \"We urge you to release all political pri…\"", Complete.Body[0].ToString());
        Assert.Equal("Demand release-prisoners in request: \"Release all political prisoners.\"", Complete.Demands[0].ToString());
        Assert.Equal("Signatory \"Human Rights Watch\" (organization, HRW, US)", Complete.Signatories[0].ToString());
        Assert.Equal("LetterEvent delivered 2011-10-06 in \"New York\": 1 source", Complete.Events[0].ToString());
        Assert.Equal("LetterResponse mission-reply 2011-10-06 from \"DPRK Mission\" (phone, refused-to-engage): 1 disposition, 1 source", response.ToString());
        Assert.Equal("Party \"DPRK Mission\" (organization, KP)", response.From.ToString());
        Assert.Equal("Disposition release-prisoners: not-addressed", response.Dispositions[0].ToString());
        Assert.Equal("Source report https://example.org/report \"Report\"", Complete.Sources[0].ToString());
    }

    [Fact]
    public void ToString_OfTheDataset_CountsItsParts()
    {
        Assert.Equal(
            "Letter dprk-2011-kim-jong-il \"ICNK Letter To Kim Jong Il\" (2011-09-08): 1 addressee, 7 paragraphs, 15 demands, 41 signatories, 3 events, 3 responses, 6 sources",
            SampleLetters.Dprk2011.ToString());
    }

    [Fact]
    public void ToString_OptionalPartsAbsent_LeavesThemOut()
    {
        Assert.Equal("Position \"Chairman\"", new Position { Title = "Chairman" }.ToString());
        Assert.Equal("Position \"Chairman\" (from 1993)", new Position { Title = "Chairman", Start = PartialDate.FromYear(1993) }.ToString());
        Assert.Equal("Position \"Chairman\" (until 2011)", new Position { Title = "Chairman", End = PartialDate.FromYear(2011) }.ToString());
        Assert.Equal("PostalAddress: 0 lines", new PostalAddress().ToString());
        Assert.Equal("AlternateName \"Kim\"", new AlternateName { Name = "Kim" }.ToString());
        Assert.Equal("Addressee kim to \"Kim Jong-il\" (person): 0 positions, 0 other names", new Addressee { Id = "kim", Role = AddresseeRole.To, Type = PartyType.Person, Name = "Kim Jong-il" }.ToString());
        Assert.EndsWith(": 1 disposition, 1 source, for kim, un", (Complete.Responses[0] with { Addressees = ["kim", "un"] }).ToString(), StringComparison.Ordinal);
        Assert.Equal("Letter minimal-letter \"A minimal letter\" (undated): 1 addressee, 1 paragraph, 0 demands, 1 signatory, 0 events, 0 responses, 0 sources", TestLetters.Minimal.ToString());
    }

    [Fact]
    public void ToString_HostileText_IsEscapedAndCutShort()
    {
        var paragraph = new Paragraph { Id = "p", Text = "\u001B[2Jgone\u202E" + new string('x', 100) };

        Assert.Equal("Paragraph p: \"\\u001B[2Jgone\\u202Exxxxxxxxxxxxxxxxxxxxx…\"", paragraph.ToString());
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void ToString_OfEveryModel_NamesTheTypeAndNoCollection(Type type)
    {
        var method = type.GetMethod(nameof(ToString), Type.EmptyTypes)!;
        Assert.Equal(type, method.DeclaringType);

        foreach (var value in Instances(type))
        {
            var text = value.ToString()!;
            Assert.StartsWith(type.Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain("ImmutableArray", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{ ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_OfALetterBuiltWithNulls_DoesNotThrow()
    {
        var letter = TestLetters.NullEverywhere;

        Assert.Equal("Letter null null (2011-09-08): 1 addressee, 1 paragraph, 1 demand, 1 signatory, 1 event, 2 responses, 1 source", letter.ToString());
        Assert.Equal("LetterResponse null 2011-10-06 from null (phone, noncommittal): 1 disposition, 1 source", letter.Responses[0].ToString());
        Assert.Equal("Signatory null (organization)", letter.Signatories[0].ToString());
        Assert.Equal("Disposition release-prisoners: 99", new Disposition { Demand = "release-prisoners", Status = (DispositionStatus)99 }.ToString());
    }

    [Fact]
    public void ValidationResult_ToString_GivesTheVerdictAndCounts()
    {
        Assert.Equal("ValidationResult valid: 0 errors, 0 warnings", LetterValidator.Validate(Complete).ToString());
        Assert.Equal("ValidationResult invalid: 1 error, 0 warnings", LetterValidator.Validate(Complete with { Language = "en_GB" }).ToString());
    }

    private static List<object> Instances(Type type)
    {
        var found = new List<object>();
        foreach (var letter in new[] { TestLetters.Complete, TestLetters.NullEverywhere, SampleLetters.Dprk2011 })
        {
            Collect(letter, type, found, []);
        }

        Assert.NotEmpty(found);
        return found;
    }

    private static void Collect(object value, Type type, List<object> found, HashSet<object> seen)
    {
        if (!seen.Add(value))
        {
            return;
        }

        if (value.GetType() == type)
        {
            found.Add(value);
        }

        if (value.GetType().Assembly != typeof(Letter).Assembly || value.GetType().IsValueType)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            switch (property.GetValue(value))
            {
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            Collect(item, type, found, seen);
                        }
                    }

                    break;
                case { } child:
                    Collect(child, type, found, seen);
                    break;
            }
        }
    }
}
