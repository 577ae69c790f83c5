namespace Advocacy.Letters.Serialization;

/// <summary>How <see cref="AtomicOutput"/> and the writers built on it treat an output that already exists.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class OutputOptions
{
    /// <summary>Gets the options used when none are given: an existing output is refused.</summary>
    public static OutputOptions Default { get; } = new();

    /// <summary>Gets options that replace an existing output (<c>--force</c> in <c>letters</c>).</summary>
    public static OutputOptions Replace { get; } = new() { Overwrite = true };

    /// <summary>
    /// Gets a value indicating whether an existing output is replaced, whole. When <see langword="false"/> (the
    /// default) an existing file, link or non-empty folder at the output's path is refused with
    /// <see cref="OutputExistsException"/> and left as it is; an empty folder counts as no output.
    /// </summary>
    /// <remarks>A link at the output's path is replaced itself; what it points to is never written.</remarks>
    public bool Overwrite { get; init; }
}
