using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Renames a file to a name only if nothing is there, in one step. <see cref="File.Move(string, string)"/> does not:
/// on Unix it looks first and then calls rename(2), which replaces whatever appeared in between, so two writers racing
/// could both "win". Windows' MoveFileEx refuses by itself; Linux has renameat2's RENAME_NOREPLACE; every Unix has
/// link(2), which refuses an existing name, then unlink(2).
/// </summary>
internal static class NoReplaceRename
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint NoReplace = 1; // RENAME_NOREPLACE
    private const int AlreadyExists = 17; // EEXIST, the same on Linux and macOS

    private static bool renameat2Missing;

    /// <summary>Moves <paramref name="from"/> to <paramref name="to"/>, or returns <see langword="false"/> when something is at <paramref name="to"/>.</summary>
    /// <exception cref="IOException">The move failed for another reason.</exception>
    public static bool TryMove(string from, string to)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            var source = Terminated(from);
            var destination = Terminated(to);
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && !renameat2Missing)
            {
                try
                {
                    if (Native.renameat2(CurrentFolder, source, CurrentFolder, destination, NoReplace) == 0)
                    {
                        return true;
                    }

                    if (Marshal.GetLastWin32Error() == AlreadyExists)
                    {
                        return false;
                    }

                    // Otherwise (a file system without the flag, say) link(2) below may still work.
                }
                catch (EntryPointNotFoundException)
                {
                    // A C library older than glibc 2.28.
                    renameat2Missing = true;
                }
            }

            if (Native.link(source, destination) == 0)
            {
                if (Native.unlink(source) != 0)
                {
                    OutputPaths.DeleteQuietly(from);
                }

                return true;
            }

            if (Marshal.GetLastWin32Error() == AlreadyExists)
            {
                return false;
            }

            // A file system without hard links: the framework's look-then-rename is the best left. Its errors (a
            // missing folder, no permission) are the framework's own exceptions.
        }

        try
        {
            File.Move(from, to);
            return true;
        }
        catch (IOException) when (OutputPaths.Probe(to) != OutputPaths.Kind.None)
        {
            return false;
        }
    }

    private static byte[] Terminated(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }

    // Byte arrays of UTF-8 are blittable: no string marshalling, so native AOT needs nothing generated at run time.
    private static class Native
    {
#pragma warning disable SA1300, IDE1006 // The C library's own names.
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int renameat2(int oldFolder, byte[] oldPath, int newFolder, byte[] newPath, uint flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int link(byte[] oldPath, byte[] newPath);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int unlink(byte[] path);
#pragma warning restore SA1300, IDE1006
    }
}
