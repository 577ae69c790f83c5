using System;
using System.IO;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Thrown by <see cref="AtomicOutput"/> (and every writer built on it) when something already exists where the output
/// should go and <see cref="OutputOptions.Overwrite"/> is not set: the existing file, link or folder is left as it was.
/// </summary>
/// <remarks>It is an <see cref="IOException"/>, so a caller that handles file errors as one kind handles this too.</remarks>
public sealed class OutputExistsException : IOException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public OutputExistsException()
        : base("The output already exists.")
    {
        Path = string.Empty;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What exists.</param>
    public OutputExistsException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What exists.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public OutputExistsException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Initializes a new instance for an output path.</summary>
    /// <param name="path">The output's path, as the caller gave it.</param>
    /// <param name="what">What is there: <c>a file</c>, <c>a link</c>, <c>a folder that is not empty</c>.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public OutputExistsException(string path, string what, Exception? innerException)
        : base($"{path}: {what} is already there and is left as it is (set OutputOptions.Overwrite to replace it)", innerException)
    {
        Path = path;
    }

    /// <summary>Gets the output's path, as the caller gave it; empty when not known.</summary>
    public string Path { get; }
}
