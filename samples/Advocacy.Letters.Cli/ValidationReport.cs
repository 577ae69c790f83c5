using System;
using Advocacy.Letters.Validation;

namespace Advocacy.Letters.Cli;

/// <summary>
/// Where <c>letters validate</c> puts its findings, as they are found: nothing is held for the end, so memory stays
/// flat however many problems a corpus has. <see cref="TextValidationReport"/> is for people,
/// <see cref="JsonValidationReport"/> for tools.
/// </summary>
internal abstract class ValidationReport : IDisposable
{
    /// <summary>Starts the report of one input (a file, standard input or a corpus).</summary>
    public abstract void BeginInput(string file);

    /// <summary>Reports one problem of the current input.</summary>
    public abstract void Add(FileProblem problem);

    /// <summary>Ends the report of a single-letter input with its result.</summary>
    public abstract void EndLetter(string file, ValidationResult result);

    /// <summary>Ends the report of a corpus with its counts.</summary>
    public abstract void EndCorpus(string file, CorpusTally tally);

    /// <summary>Ends the report of an input that could not be read at all; <paramref name="problem"/> says why.</summary>
    public abstract void EndUnreadable(FileProblem problem);

    /// <summary>Ends the whole report.</summary>
    public abstract void Complete();

    /// <summary>Hands what the report holds to standard output now: a corpus's few problems may otherwise wait, unseen, behind thousands of valid letters.</summary>
    public abstract void Flush();

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
