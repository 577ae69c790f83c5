using System.Globalization;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>Counts what a corpus held: letters read, valid and invalid, and lines that were not letters.</summary>
internal sealed class CorpusTally
{
    // Longs: an endless input ("yes '{}' | letters validate - --jsonl") passes int.MaxValue lines in about five hours,
    // and the checked arithmetic would then throw.
    private long read;
    private long valid;
    private long unreadable;
    private bool streamFailed;

    /// <summary>Gets the exit code the corpus deserves: an unreadable stream or lines outrank invalid letters.</summary>
    public int ExitCode => streamFailed || unreadable > 0 ? Cli.ExitCode.Unreadable : read > valid ? Cli.ExitCode.Invalid : Cli.ExitCode.Ok;

    /// <summary>Gets how many lines were seen, readable or not.</summary>
    public long Lines => read + unreadable;

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
    public FileProblem Unreadable(string file, LetterReadResult entry)
    {
        unreadable++;
        return FileProblem.Unreadable(file, entry);
    }

    /// <summary>Records that the stream itself could not be read on: the corpus is unreadable, whatever its lines were.</summary>
    public void StreamFailed() => streamFailed = true;

    /// <summary>Formats the counts: <c>3 letters read: 2 valid, 1 invalid; 1 line unreadable</c>.</summary>
    public override string ToString()
    {
        var counts = string.Create(CultureInfo.InvariantCulture, $"{Text.Count(read, "letter")} read: {valid:N0} valid, {read - valid:N0} invalid");
        return unreadable == 0 ? counts : $"{counts}; {Text.Count(unreadable, "line")} unreadable";
    }
}
