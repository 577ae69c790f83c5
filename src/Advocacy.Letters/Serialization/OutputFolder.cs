using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// The folder being built by <see cref="AtomicOutput.WriteFolder"/>: creates its files (and subfolders) by name, each
/// new and flushed to disk, inside the hidden temporary folder that becomes the output.
/// </summary>
/// <remarks>
/// A name is one plain file name: not empty, at most 255 characters, no <c>/</c>, <c>\</c>, <c>:</c>, control character
/// or NUL, not <c>.</c> or <c>..</c>, and not a name already used in this folder, compared ignoring case (so the output
/// means the same on a file system that ignores case). Anything else is refused with <see cref="ArgumentException"/>
/// before a file is created. Instances are not thread-safe; use one from one thread at a time.
/// </remarks>
public sealed class OutputFolder
{
    private const int MaxNameLength = 255;

    private readonly string folder;
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    internal OutputFolder(string folder, string displayPath)
    {
        this.folder = folder;
        DisplayPath = displayPath;
    }

    /// <summary>Gets the path the folder will have once it is in place, as the caller gave it (for messages).</summary>
    public string DisplayPath { get; }

    /// <summary>Creates the file <paramref name="name"/> in the folder: <paramref name="write"/> fills it, then it is flushed to disk.</summary>
    /// <param name="name">The file's name (see the remarks of <see cref="OutputFolder"/>).</param>
    /// <param name="write">Writes the content; closing the stream is harmless.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="write"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain file name, or is taken.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    public void CreateFile(string name, Action<Stream> write)
    {
        Guard.NotNull(write);
        var path = Claim(name);
        using var stream = OutputPaths.CreateNewFile(path, useAsync: false);
        write(new OutputStream(stream));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Creates the file <paramref name="name"/> in the folder asynchronously; see <see cref="CreateFile"/>.</summary>
    /// <param name="name">The file's name (see the remarks of <see cref="OutputFolder"/>).</param>
    /// <param name="write">Writes the content; closing the stream is harmless.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>.</param>
    /// <returns>A task that completes when the file is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="write"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain file name, or is taken.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task CreateFileAsync(string name, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(write);
        var path = Claim(name);
        var stream = OutputPaths.CreateNewFile(path, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await write(new OutputStream(stream), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Opens the new file <paramref name="name"/> in the folder for writing, for outputs that fill several files at
    /// once (one per table, say). Closing the stream flushes the file to disk; close every one before the build ends.
    /// </summary>
    /// <param name="name">The file's name (see the remarks of <see cref="OutputFolder"/>).</param>
    /// <returns>The stream, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain file name, or is taken.</exception>
    /// <exception cref="IOException">The file could not be created.</exception>
    public Stream OpenFile(string name) => new OutputStream(OutputPaths.CreateNewFile(Claim(name), useAsync: false), closesDurably: true);

    /// <summary>Creates the subfolder <paramref name="name"/>, for outputs with more than one level (assets beside pages, say).</summary>
    /// <param name="name">The subfolder's name (see the remarks of <see cref="OutputFolder"/>).</param>
    /// <returns>The subfolder, to create files in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain file name, or is taken.</exception>
    /// <exception cref="IOException">The subfolder could not be created.</exception>
    public OutputFolder CreateFolder(string name)
    {
        var path = Claim(name);
        Directory.CreateDirectory(path);
        return new OutputFolder(path, DisplayPath + "/" + name);
    }

    /// <summary>Tells whether <paramref name="name"/> can name a file in a folder output: one plain name, nothing that leaves the folder.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when <see cref="CreateFile"/> would accept it in an empty folder.</returns>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name!.Length > MaxNameLength || name is "." or "..")
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is '/' or '\\' or ':' || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private string Claim(string name)
    {
        Guard.NotNull(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"{DisplayPath}: \"{Excerpt.Of(name)}\" cannot name a file in the folder: it must be one plain name, without '/', '\\', ':' or control characters, and not '.' or '..'", nameof(name));
        }

        if (!names.Add(name))
        {
            throw new ArgumentException($"{DisplayPath}: two files would be named \"{Excerpt.Of(name)}\" (names are compared ignoring case)", nameof(name));
        }

        return Path.Combine(folder, name);
    }
}
