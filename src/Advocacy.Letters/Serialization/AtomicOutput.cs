using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Internal;
using Advocacy.Letters.Serialization.Internal;

namespace Advocacy.Letters.Serialization;

/// <summary>
/// Writes an output file or folder atomically and without destroying anything: the output appears whole, or not at
/// all, and an existing one is replaced only when asked. Every writer of the library goes through it, and exporters
/// and apps should too.
/// </summary>
/// <remarks>
/// <para><b>A file</b> is written to a new temporary file in the target's own folder, created exclusively
/// (<see cref="FileMode.CreateNew"/>) under an unpredictable hidden name (<c>.NAME.RANDOM.tmp</c>), so no existing
/// file or planted link is ever opened. When the callback returns, the file is flushed to disk
/// (<see cref="FileStream.Flush(bool)"/>) and renamed over the target in one step. A link at the target is replaced
/// itself, never written through.</para>
/// <para><b>A folder</b> is built as a hidden sibling (<c>.NAME.RANDOM.tmp</c>) whose files are each created
/// exclusively and flushed, then renamed into place. Replacing a folder that is not empty takes two renames (the old
/// one aside to <c>.NAME.RANDOM.old</c>, the new one in, then the old one deleted): the operating system cannot swap
/// two folders in one step, so for that instant the path is empty, and a process killed right then leaves the old
/// output whole at its hidden name.</para>
/// <para><b>On any exception or cancellation</b>, in the callback or in the library, the temporary file or folder is
/// deleted and a previous output is left as it was. Only a process killed outright (SIGKILL, power loss) can leave a
/// hidden temporary behind, never a partial output at the target's name.</para>
/// <para><b>Two writers racing</b> on one output never mix: without <see cref="OutputOptions.Overwrite"/> one wins and
/// the other gets <see cref="OutputExistsException"/> (the new file is put in place by a rename that refuses an existing
/// name: <c>renameat2</c> with <c>RENAME_NOREPLACE</c> on Linux, <c>link</c> on other Unix systems, <c>MoveFileEx</c> on
/// Windows; not <see cref="File.Move(string, string)"/>, which looks first and then replaces); with it, each replaces the output whole and the last one
/// stays.</para>
/// <para>The rename that puts the output in place is not itself flushed to disk (that needs the parent folder
/// synced, which .NET cannot do portably): after a power loss the target may still show the previous output, whole.
/// On netstandard2.0 the replace of an existing file uses <see cref="File.Replace(string, string, string)"/>.</para>
/// </remarks>
public static class AtomicOutput
{
    /// <summary>Writes the file at <paramref name="path"/> atomically: <paramref name="write"/> fills a temporary file, which then replaces the target.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="write">Writes the content; the stream is the temporary file (seekable), and closing it is harmless.</param>
    /// <param name="options">Whether to replace an existing output; <see langword="null"/> for <see cref="OutputOptions.Default"/>, which refuses.</param>
    /// <param name="cancellationToken">Checked before the file is put in place; cancelling leaves nothing behind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="write"/> is <see langword="null"/>.</exception>
    /// <exception cref="OutputExistsException">A file, link or folder is at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The file could not be written (a full disk, a missing folder), or a folder is at <paramref name="path"/>; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Whatever <paramref name="write"/> throws is passed on, after the temporary file is deleted.</remarks>
    public static void WriteFile(string path, Action<Stream> write, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        Guard.NotNull(write);
        var overwrite = (options ?? OutputOptions.Default).Overwrite;
        var target = Prepare(path, overwrite, folder: false);
        cancellationToken.ThrowIfCancellationRequested();
        var stream = OutputPaths.CreateTemporaryFile(target, useAsync: false, out var temporary);
        try
        {
            using (stream)
            {
                write(new OutputStream(stream));
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            OutputPaths.CommitFile(temporary, target, path, overwrite);
        }
        catch
        {
            OutputPaths.DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>Writes the file at <paramref name="path"/> atomically and asynchronously; see <see cref="WriteFile"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="write">Writes the content; the stream is the temporary file (seekable), and closing it is harmless.</param>
    /// <param name="options">Whether to replace an existing output; <see langword="null"/> for <see cref="OutputOptions.Default"/>, which refuses.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>, and checked before the file is put in place; cancelling leaves nothing behind.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="write"/> is <see langword="null"/>.</exception>
    /// <exception cref="OutputExistsException">A file, link or folder is at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="IOException">The file could not be written, or a folder is at <paramref name="path"/>; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteFileAsync(string path, Func<Stream, CancellationToken, Task> write, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        Guard.NotNull(write);
        var overwrite = (options ?? OutputOptions.Default).Overwrite;
        var target = Prepare(path, overwrite, folder: false);
        cancellationToken.ThrowIfCancellationRequested();
        var stream = OutputPaths.CreateTemporaryFile(target, useAsync: true, out var temporary);
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                await write(new OutputStream(stream), cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            OutputPaths.CommitFile(temporary, target, path, overwrite);
        }
        catch
        {
            OutputPaths.DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>Builds the folder at <paramref name="path"/> atomically: <paramref name="build"/> creates its files in a hidden sibling, which is then renamed into place.</summary>
    /// <param name="path">The folder's path.</param>
    /// <param name="build">Creates the folder's files through the <see cref="OutputFolder"/> it is given.</param>
    /// <param name="options">Whether to replace an existing output; <see langword="null"/> for <see cref="OutputOptions.Default"/>, which refuses a file, a link or a folder that is not empty.</param>
    /// <param name="cancellationToken">Checked before the folder is put in place; cancelling leaves nothing behind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="build"/> is <see langword="null"/>.</exception>
    /// <exception cref="OutputExistsException">A file, a link or a folder that is not empty is at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="ArgumentException"><paramref name="build"/> named a file that cannot be (see <see cref="OutputFolder.CreateFile"/>).</exception>
    /// <exception cref="IOException">The folder could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The parent folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void WriteFolder(string path, Action<OutputFolder> build, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        Guard.NotNull(build);
        var overwrite = (options ?? OutputOptions.Default).Overwrite;
        var target = Prepare(path, overwrite, folder: true);
        cancellationToken.ThrowIfCancellationRequested();
        var temporary = OutputPaths.CreateTemporaryFolder(target);
        try
        {
            build(new OutputFolder(temporary, path));
            cancellationToken.ThrowIfCancellationRequested();
            OutputPaths.CommitFolder(temporary, target, path, overwrite);
        }
        catch
        {
            OutputPaths.DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>Builds the folder at <paramref name="path"/> atomically and asynchronously; see <see cref="WriteFolder"/>.</summary>
    /// <param name="path">The folder's path.</param>
    /// <param name="build">Creates the folder's files through the <see cref="OutputFolder"/> it is given.</param>
    /// <param name="options">Whether to replace an existing output; <see langword="null"/> for <see cref="OutputOptions.Default"/>, which refuses.</param>
    /// <param name="cancellationToken">Passed to <paramref name="build"/>, and checked before the folder is put in place; cancelling leaves nothing behind.</param>
    /// <returns>A task that completes when the folder is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="build"/> is <see langword="null"/>.</exception>
    /// <exception cref="OutputExistsException">A file, a link or a folder that is not empty is at <paramref name="path"/> and <see cref="OutputOptions.Overwrite"/> is not set.</exception>
    /// <exception cref="ArgumentException"><paramref name="build"/> named a file that cannot be (see <see cref="OutputFolder.CreateFile"/>).</exception>
    /// <exception cref="IOException">The folder could not be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The parent folder may not be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteFolderAsync(string path, Func<OutputFolder, CancellationToken, Task> build, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        Guard.NotNull(build);
        var overwrite = (options ?? OutputOptions.Default).Overwrite;
        var target = Prepare(path, overwrite, folder: true);
        cancellationToken.ThrowIfCancellationRequested();
        var temporary = OutputPaths.CreateTemporaryFolder(target);
        try
        {
            await build(new OutputFolder(temporary, path), cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            OutputPaths.CommitFolder(temporary, target, path, overwrite);
        }
        catch
        {
            OutputPaths.DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>Refuses early, before any work, an output that exists; the final rename checks again.</summary>
    private static string Prepare(string path, bool overwrite, bool folder)
    {
        var target = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(target);
        if (parent is null || Path.GetFileName(target).Length == 0)
        {
            throw new IOException($"{path}: is not a path a {(folder ? "folder" : "file")} can be written to");
        }

        if (OutputPaths.Probe(parent) != OutputPaths.Kind.Folder && !Directory.Exists(parent))
        {
            throw new DirectoryNotFoundException($"{path}: the folder it would go in, {parent}, does not exist");
        }

        var existing = OutputPaths.Probe(target);
        if (!folder && existing == OutputPaths.Kind.Folder)
        {
            throw new IOException($"{path}: is a folder; a file cannot replace it");
        }

        if (!overwrite && existing != OutputPaths.Kind.None && !(folder && existing == OutputPaths.Kind.Folder && OutputPaths.IsEmptyFolder(target)))
        {
            throw new OutputExistsException(path, existing switch
            {
                OutputPaths.Kind.Folder => "a folder that is not empty",
                OutputPaths.Kind.Link => "a link",
                _ => "a file",
            }, null);
        }

        return target;
    }
}
