using System;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

/// <summary><c>letters status</c>: the JSON contract, the text form, --today, the clock and bad input.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Json_HasExactlyTheContractShape()
    {
        var run = Letters.Run("status", files.Valid, "--today", "2026-11-28", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var line = Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var status = JsonNode.Parse(line)!.AsObject();
        Assert.Equal(["letter", "asOf", "sent", "daysSinceSent", "firstAnswer", "daysUnanswered", "demands", "addressees"], status.Select(p => p.Key));
        Assert.Equal("dprk-2011-kim-jong-il", (string)status["letter"]!);
        Assert.Equal("2026-11-28", (string)status["asOf"]!);
        Assert.Equal("2011-09-08", (string)status["sent"]!);
        Assert.Equal(5560, (int)status["daysSinceSent"]!);
        Assert.Null(status["firstAnswer"]);
        Assert.True(status.ContainsKey("firstAnswer"));
        Assert.Equal(5560, (int)status["daysUnanswered"]!);

        var demands = status["demands"]!.AsArray();
        Assert.Equal(15, demands.Count);
        var first = demands[0]!.AsObject();
        Assert.Equal(["id", "status", "answered", "dispositions"], first.Select(p => p.Key));
        Assert.Equal("invite-special-rapporteur", (string)first["id"]!);
        Assert.Equal("not-addressed", (string)first["status"]!);
        Assert.False((bool)first["answered"]!);
        var dispositions = first["dispositions"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal(["response", "date", "status"], dispositions[0].Select(p => p.Key));
        Assert.Equal(["paris-email", "new-york-phone", "new-york-delivery"], dispositions.Select(d => (string)d["response"]!));
        Assert.Equal(["2011-10", "2011-10-05", "2011-10-06"], dispositions.Select(d => (string)d["date"]!));

        var kim = Assert.Single(status["addressees"]!.AsArray())!.AsObject();
        Assert.Equal(["name", "positions"], kim.Select(p => p.Key));
        Assert.Equal("Kim Jong-il", (string)kim["name"]!);
        var positions = kim["positions"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal(["title", "heldOnLetterDate"], positions[0].Select(p => p.Key));
        Assert.Equal(["held", "held"], positions.Select(p => (string)p["heldOnLetterDate"]!));
    }

    [Fact]
    public void Json_BeforeTheResponses_NullStatusAndNoDispositions()
    {
        var run = Letters.Run("status", files.Valid, "--today=2011-09-30", "--format=json");

        var status = JsonNode.Parse(run.Stdout)!.AsObject();
        Assert.Equal(22, (int)status["daysUnanswered"]!);
        var demand = status["demands"]![0]!.AsObject();
        Assert.True(demand.ContainsKey("status"));
        Assert.Null(demand["status"]);
        Assert.Empty(demand["dispositions"]!.AsArray());
    }

    [Fact]
    public void WithoutToday_TakesTheClock()
    {
        var run = Letters.Run("status", files.Valid, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2026-11-28", (string)JsonNode.Parse(run.Stdout)!["asOf"]!);
    }

    [Fact]
    public void Text_SaysSentUnansweredAndEachDemand()
    {
        var run = Letters.Run("status", files.Valid, "--today", "2026-11-28");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  sent          2011-09-08 (5,560 days ago)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  unanswered    5,560 days\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  demands       0 of 15 answered\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    outstanding  release-abductees: not addressed (new-york-delivery, 2011-10-06)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    General Secretary: held on the letter's date\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralFiles_OneUnreadable_TheOthersStillReported_Exit2()
    {
        var run = Letters.Run("status", files.Valid, files.Truncated, files.Valid, "--today", "2026-11-28", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("status", "--today", "2026-02-30")]
    [InlineData("status", "--today", "yesterday")]
    [InlineData("status", "--today")]
    [InlineData("status", "--format", "csv")]
    [InlineData("status")]
    public void BadArguments_OneLineOnStderr_Exit2(params string[] args)
    {
        var withFile = args.Length > 1 ? [.. args.Take(1), "letter.json", .. args.Skip(1)] : args;

        var run = Letters.Run(withFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
