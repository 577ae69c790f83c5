using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// Renames a file to a name only if nothing is there, in one step. <see cref="File.Move(string, string)"/> does not:
/// on Unix it looks first and then calls rename(2), which replaces whatever appeared in between, so two writers racing
/// could both "win". Windows' MoveFileEx refuses by itself; Linux has renameat2's RENAME_NOREPLACE; every Unix has
/// link(2), which refuses an existing name, then unlink(2).
/// </summary>
internal static class NoReplaceRename
{
    private static bool renameat2Missing;

    /// <summary>Moves <paramref name="from"/> to <paramref name="to"/>, or returns <see langword="false"/> when something is at <paramref name="to"/>.</summary>
    /// <exception cref="IOException">The move failed for another reason.</exception>
    public static bool TryMove(string from, string to)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            try
            {
                if (TryNative(from, to) is { } moved)
                {
                    return moved;
                }
            }
            catch (DllNotFoundException)
            {
                // A system whose C library is not "libc": the fallback below.
            }
        }

        // Windows refuses an existing name by itself; elsewhere this is the last resort, a look and then a rename.
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

    /// <summary>The Unix calls: <see langword="null"/> when neither can be used here (no hard links, say).</summary>
    private static bool? TryNative(string from, string to)
    {
        var source = Posix.Terminated(from);
        var destination = Posix.Terminated(to);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && !renameat2Missing)
        {
            try
            {
                if (Posix.Native.renameat2(Posix.CurrentFolder, source, Posix.CurrentFolder, destination, Posix.NoReplace) == 0)
                {
                    return true;
                }

                if (Marshal.GetLastWin32Error() == Posix.AlreadyExists)
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

        if (Posix.Native.link(source, destination) == 0)
        {
            if (Posix.Native.unlink(source) != 0)
            {
                OutputPaths.DeleteQuietly(from);
            }

            return true;
        }

        // A name that exists is refused; any other failure (a file system without hard links, a missing folder) goes
        // to File.Move, whose exceptions are the framework's own.
        return Marshal.GetLastWin32Error() == Posix.AlreadyExists ? false : null;
    }
}
