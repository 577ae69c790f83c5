using System;
using System.IO;
using Advocacy.Letters.Rendering;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Render_Format_IsTheLibrarysRendering_Exit0(string format)
    {
        var run = Letters.Run("render", Repository.DprkJson, "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(Rendered(format, LetterRenderOptions.Default), run.Stdout);
    }

    [Fact]
    public void Render_IncludeAll_AddsEveryPart()
    {
        var run = Letters.Run("render", Repository.DprkJson, "--format", "markdown", "--include", "all");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(MarkdownRenderer.Render(SampleLetters.Dprk2011, LetterRenderOptions.All), run.Stdout);
    }

    [Fact]
    public void Render_IncludeSomeParts_AddsThoseOnly()
    {
        var run = Letters.Run("render", Repository.DprkJson, "--include", "date,honorifics");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlainTextRenderer.Render(SampleLetters.Dprk2011, new LetterRenderOptions { IncludeDate = true, IncludeHonorifics = true }), run.Stdout);
    }

    [Fact]
    public void Render_Output_WritesTheFile_AndNothingToStandardOutput()
    {
        var output = Path.Combine(files.Root, "dprk.html");

        var run = Letters.Run("render", Repository.DprkJson, "--format", "html", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal(HtmlRenderer.Render(SampleLetters.Dprk2011), File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(files.Root, "*dprk.html*"));
    }

    [Fact]
    public void Render_OutputExists_IsRefused_Exit2_AndTheFileIsKept()
    {
        var output = Path.Combine(files.Root, "kept.md");
        File.WriteAllText(output, "mine");

        var run = Letters.Run("render", Repository.DprkJson, "--format", "markdown", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"letters: {output}: already exists, left as it is (use --force to replace it)", Assert.Single(run.ErrorLines));
        Assert.Equal("mine", File.ReadAllText(output));
    }

    [Fact]
    public void Render_OutputExists_WithForce_IsReplaced()
    {
        var output = Path.Combine(files.Root, "replaced.md");
        File.WriteAllText(output, "mine");

        var run = Letters.Run("render", Repository.DprkJson, "--format", "markdown", "--output", output, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(MarkdownRenderer.Render(SampleLetters.Dprk2011), File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(files.Root, "*replaced.md*"));
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--include", "colour")]
    [InlineData("--force")]
    [InlineData("--force", "--output")]
    [InlineData("--output")]
    public void Render_BadOption_IsAUsageError_Exit2(params string[] option)
    {
        var run = Letters.Run(["render", Repository.DprkJson, .. option]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Render_UnreadableFile_WritesNoOutput_Exit2()
    {
        var output = Path.Combine(files.Root, "never.html");

        var run = Letters.Run("render", files.Truncated, "--format", "html", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(output));
    }

    private static string Rendered(string format, LetterRenderOptions options) => format switch
    {
        "markdown" => MarkdownRenderer.Render(SampleLetters.Dprk2011, options),
        "html" => HtmlRenderer.Render(SampleLetters.Dprk2011, options),
        _ => PlainTextRenderer.Render(SampleLetters.Dprk2011, options),
    };
}
