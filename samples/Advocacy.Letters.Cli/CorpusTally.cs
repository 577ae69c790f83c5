using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>Counts what a corpus held: letters read, valid and invalid, and lines that were not letters.</summary>
internal sealed class CorpusTally
{
    private int read;
    private int valid;
    private int unreadable;

    /// <summary>Gets the exit code the corpus deserves: unreadable lines outrank invalid letters.</summary>
    public int ExitCode => unreadable > 0 ? Cli.ExitCode.Unreadable : read > valid ? Cli.ExitCode.Invalid : Cli.ExitCode.Ok;

    /// <summary>Counts a letter that was read and validated, and passes its result on.</summary>
    public ValidationResult Add(ValidationResult result)
    {
        read++;
        if (result.IsValid)
        {
            valid++;
        }

        return result;
    }

    /// <summary>Counts a line that was not a letter, as a problem at that line.</summary>
    public FileProblem Unreadable(string file, long? line, LetterJsonException error)
    {
        unreadable++;
        var problem = new ValidationProblem
        {
            Path = error.Pointer ?? string.Empty,
            Code = FileProblem.Unreadable,
            Severity = ValidationSeverity.Error,
            Message = error.Reason,
        };
        return new FileProblem(file, line, problem);
    }

    /// <summary>Formats the counts: <c>3 letters read: 2 valid, 1 invalid; 1 line unreadable</c>.</summary>
    public override string ToString()
    {
        var counts = $"{Text.Count(read, "letter")} read: {valid} valid, {read - valid} invalid";
        return unreadable == 0 ? counts : $"{counts}; {Text.Count(unreadable, "line")} unreadable";
    }
}
