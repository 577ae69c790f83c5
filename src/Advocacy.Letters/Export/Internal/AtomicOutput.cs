using System;
using System.IO;
using System.Threading.Tasks;

namespace Advocacy.Letters.Export.Internal;

/// <summary>
/// Writes a file or a folder whole or not at all: into a randomly named sibling, renamed into place at the end
/// (STYLE.md section 16). An existing target is refused unless the caller asks to replace it, and a target that is a
/// link is never written through.
/// </summary>
internal static class AtomicOutput
{
    public static void WriteFile(string path, bool overwrite, Action<Stream> write) =>
        WriteFileAsync(path, overwrite, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static async Task WriteFileAsync(string path, bool overwrite, Func<Stream, Task> write)
    {
        var target = Path.GetFullPath(path);
        CheckTarget(target, overwrite, isFolder: false);
        var temporary = TemporarySibling(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, useAsync: true))
            {
                await write(stream).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            CheckTarget(target, overwrite, isFolder: false);
            MoveFile(temporary, target, overwrite);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public static void WriteFolder(string path, bool overwrite, Action<string> write) =>
        WriteFolderAsync(path, overwrite, folder =>
        {
            write(folder);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static async Task WriteFolderAsync(string path, bool overwrite, Func<string, Task> write)
    {
        var target = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        CheckTarget(target, overwrite, isFolder: true);
        var temporary = TemporarySibling(target);
        string? old = null;
        try
        {
            Directory.CreateDirectory(temporary);
            await write(temporary).ConfigureAwait(false);
            CheckTarget(target, overwrite, isFolder: true);
            if (Directory.Exists(target))
            {
                old = TemporarySibling(target);
                Directory.Move(target, old);
            }

            Directory.Move(temporary, target);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                if (old is not null && !Directory.Exists(target))
                {
                    Directory.Move(old, target);
                    old = null;
                }

                Directory.Delete(temporary, recursive: true);
            }

            if (old is not null)
            {
                Directory.Delete(old, recursive: true);
            }
        }
    }

    /// <summary>Opens a new file inside a folder this class created, never an existing name.</summary>
    public static FileStream CreateInFolder(string folder, string fileName) =>
        new(Path.Combine(folder, fileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, useAsync: true);

    private static void CheckTarget(string target, bool overwrite, bool isFolder)
    {
        // lstat: a link (even one pointing nowhere) shows as a reparse point; a missing path as all bits set.
        var attributes = new FileInfo(target).Attributes;
        if (attributes == (FileAttributes)(-1))
        {
            return;
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0)
        {
            throw new IOException($"'{target}' is a link; it is never written through.");
        }

        if (!overwrite)
        {
            throw new IOException($"'{target}' exists; it is replaced only when asked to (overwrite).");
        }

        if (isFolder != ((attributes & FileAttributes.Directory) != 0))
        {
            throw new IOException(isFolder ? $"'{target}' is a file, not a folder." : $"'{target}' is a folder, not a file.");
        }
    }

    private static string TemporarySibling(string target)
    {
        var folder = Path.GetDirectoryName(target) ?? ".";
        return Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
    }

    private static void MoveFile(string source, string target, bool overwrite)
    {
#if NETSTANDARD2_0
        if (overwrite && File.Exists(target))
        {
            File.Replace(source, target, destinationBackupFileName: null);
            return;
        }

        File.Move(source, target);
#else
        File.Move(source, target, overwrite);
#endif
    }
}
