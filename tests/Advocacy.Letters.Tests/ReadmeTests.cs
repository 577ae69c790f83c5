using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>The README stays true: its C# blocks are compiled samples that print what it shows, and it documents every validation code.</summary>
[Collection(ConsoleRedirection.Name)]
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The README's C# blocks, in order, and the compiled sample each one is.</summary>
    private static readonly string[] Samples = ["Advocacy.Letters.QuickStart", "Advocacy.Letters.Tracker", "Advocacy.Letters.CoSignatures", "Advocacy.Letters.Import"];

    public static TheoryData<string> SampleNames => new(Samples);

    [Fact]
    public void CSharpBlocks_AreTheCompiledSamples_CharacterForCharacter()
    {
        var blocks = Regex.Matches(Readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

        // Every C# block in the README is one of the compiled samples, in this order; any other would be unchecked code.
        Assert.Equal(Samples.Select(SampleSource), blocks);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_PrintsWhatTheReadmeShowsAfterIt(string sample)
    {
        var output = Run(sample);

        var block = Readme.IndexOf("```csharp\n" + SampleSource(sample), StringComparison.Ordinal);
        Assert.True(block >= 0, $"the README has no block for {sample}");
        var shown = new Regex("prints:\n\n```text\n(.*?)```", RegexOptions.Singleline).Match(Readme, block);
        Assert.True(shown.Success, $"the README shows {sample}'s output after \"prints:\"");
        Assert.Equal(shown.Groups[1].Value, output);
    }

    [Fact]
    public void Readme_GivesTheTwoCommandsThatDoEverything()
    {
        Assert.Contains("dotnet run --project samples/Advocacy.Letters.Cli\n", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test\n", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_DocumentsEveryValidationCode()
    {
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"| `{code}` |", Readme, StringComparison.Ordinal));
    }

    private static string SampleSource(string sample) =>
        File.ReadAllText(Path.Combine(Repository.Root, "samples", sample, "Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Run(string sample)
    {
        var entryPoint = Assembly.Load(new AssemblyName(sample)).EntryPoint!;
        var original = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }
}
