using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;

namespace Advocacy.Letters.Cli.Output;

/// <summary>
/// Writes an output file or folder whole or not at all, and never over an existing one without <c>--force</c>. A file
/// is written to a temporary file beside it, created exclusively under an unpredictable name (so never through a
/// planted link, never over an existing file), flushed to disk, then renamed over the target; a folder is built
/// beside the target and renamed into place. On any failure or cancellation the temporary file or folder is removed
/// and a previous output is left as it was.
/// </summary>
/// <remarks>
/// The app's own until the library's atomic output API lands; the commands only call <see cref="WriteFile"/> and
/// <see cref="WriteFolder"/>, with the <see cref="CancellationToken"/> that a signal cancels.
/// </remarks>
internal static class AtomicOutput
{
    /// <summary>Writes the file <paramref name="target"/> through <paramref name="write"/>, atomically.</summary>
    /// <exception cref="OutputRefusedException"><paramref name="target"/> exists and <paramref name="force"/> is not set.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written.</exception>
    public static void WriteFile(string target, bool force, Action<Stream, CancellationToken> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(target);
        RefuseExisting(target, full, force, folder: false);
        var temporary = TemporaryName(full);
        PendingOutputs.Add(temporary);
        try
        {
            using (var stream = CreateNew(temporary))
            {
                write(stream, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                stream.Flush(flushToDisk: true);
            }

            PendingOutputs.Commit(temporary, () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                File.Move(temporary, full, overwrite: force);
            });
        }
        finally
        {
            PendingOutputs.Remove(temporary);
            if (File.Exists(temporary))
            {
                PendingOutputs.Delete(temporary);
            }
        }
    }

    /// <summary>Builds the folder <paramref name="target"/> through <paramref name="write"/>, given the folder to fill, then moves it into place.</summary>
    /// <exception cref="OutputRefusedException"><paramref name="target"/> is a file, a link, or a non-empty folder, and <paramref name="force"/> is not set.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written.</exception>
    public static void WriteFolder(string target, bool force, Action<string, CancellationToken> write, CancellationToken cancellationToken)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        RefuseExisting(target, full, force, folder: true);
        var temporary = TemporaryName(full);
        PendingOutputs.Add(temporary);
        string? previous = null;
        try
        {
            // mkdir fails on an existing name only through the random name: a 128-bit name nobody can guess.
            Directory.CreateDirectory(temporary);
            write(temporary, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            PendingOutputs.Commit(temporary, () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Exists(full))
                {
                    // The OS cannot rename over a non-empty folder: move the old one aside, then put the new one in place.
                    previous = TemporaryName(full);
                    Directory.Move(full, previous);
                }

                try
                {
                    Directory.Move(temporary, full);
                }
                catch
                {
                    if (previous is not null)
                    {
                        Directory.Move(previous, full);
                        previous = null;
                    }

                    throw;
                }
            });
        }
        finally
        {
            PendingOutputs.Remove(temporary);
            if (Directory.Exists(temporary))
            {
                PendingOutputs.Delete(temporary);
            }

            if (previous is not null)
            {
                PendingOutputs.Delete(previous);
            }
        }
    }

    /// <summary>Creates a file that must not exist yet (inside a folder being built): never through a link, never over a file.</summary>
    public static FileStream CreateNew(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);

    private static void RefuseExisting(string given, string full, bool force, bool folder)
    {
        var parent = Path.GetDirectoryName(full);
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new OutputRefusedException(given, $"cannot be written: the folder '{parent}' does not exist");
        }

        if (!Exists(full))
        {
            return;
        }

        var isFolder = Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null;
        if (folder ? !isFolder : isFolder)
        {
            throw new OutputRefusedException(given, folder ? "exists and is not a folder" : "exists and is not a file");
        }

        if (folder && isFolder && !Directory.EnumerateFileSystemEntries(full).GetEnumerator().MoveNext())
        {
            // An empty folder holds nothing to lose.
            Directory.Delete(full);
            return;
        }

        if (!force)
        {
            throw new OutputRefusedException(given, "already exists; give --force to replace it");
        }
    }

    // A link counts, even one that points nowhere.
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static string TemporaryName(string full) =>
        Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.tmp");
}
