namespace Advocacy.Letters.Cli.Commands;

/// <summary><c>letters</c> with no command: the summary of the sample letter embedded in the library.</summary>
internal static class SummaryCommand
{
    public static int Run(CommandContext context)
    {
        LetterSummary.Write(SampleLetters.Dprk2011, context.Today, context.Stdout);
        return ExitCode.Ok;
    }
}
