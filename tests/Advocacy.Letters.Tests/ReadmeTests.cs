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
    public void QuickStart_IsTheCompiledSample_CharacterForCharacter()
    {
        var blocks = Regex.Matches(Readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var sample = File.ReadAllText(Path.Combine(Repository.Root, "samples", "Advocacy.Letters.QuickStart", "Program.cs"))
            .Replace("\r\n", "\n", StringComparison.Ordinal);

        // Every C# block in the README is the compiled quick start; any other would be unchecked code.
        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.Equal(sample, block));
    }

    [Fact]
    public void QuickStart_PrintsWhatTheReadmeShows()
    {
        var output = RunQuickStart();

        var shown = Regex.Match(Readme, "It prints:\n\n```text\n(.*?)```", RegexOptions.Singleline);
        Assert.True(shown.Success, "the README shows the quick start's output after \"It prints:\"");
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

    private static string RunQuickStart()
    {
        var entryPoint = Assembly.Load(new AssemblyName("Advocacy.Letters.QuickStart")).EntryPoint!;
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
