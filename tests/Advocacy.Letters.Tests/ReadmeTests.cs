using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Advocacy.Letters.Tests.Infrastructure;
using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>The README stays true: its C# compiles and runs as shown, and it documents every validation code.</summary>
[Collection(ConsoleRedirection.Name)]
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void CSharpBlocks_AreTheCompiledSamples_CharacterForCharacter()
    {
        var blocks = Regex.Matches(Readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

        // The C# blocks in the README are the compiled quick start, then the compiled tracker; any other would be unchecked code.
        Assert.Equal([Sample("Advocacy.Letters.QuickStart"), Sample("Advocacy.Letters.Tracker")], blocks);
    }

    [Fact]
    public void QuickStart_PrintsWhatTheReadmeShows()
    {
        var output = RunSample("Advocacy.Letters.QuickStart");

        var shown = Regex.Match(Readme, "It prints:\n\n```text\n(.*?)```", RegexOptions.Singleline);
        Assert.True(shown.Success, "the README shows the quick start's output after \"It prints:\"");
        Assert.Equal(shown.Groups[1].Value, output);
    }

    [Fact]
    public void Tracker_PrintsWhatTheReadmeShows()
    {
        var output = RunSample("Advocacy.Letters.Tracker");

        var shown = Regex.Match(Readme, "The tracker prints:\n\n```text\n(.*?)```", RegexOptions.Singleline);
        Assert.True(shown.Success, "the README shows the tracker's output after \"The tracker prints:\"");
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

    private static string Sample(string project) =>
        File.ReadAllText(Path.Combine(Repository.Root, "samples", project, "Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string RunSample(string assembly)
    {
        var entryPoint = Assembly.Load(new AssemblyName(assembly)).EntryPoint!;
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
