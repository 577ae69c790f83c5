using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// The few C library calls .NET has no API for, in one place. Paths go in as NUL-terminated UTF-8 byte arrays, which
/// are blittable: no string marshalling, so native AOT needs nothing generated at run time. Errors come back as
/// errno through <see cref="Marshal.GetLastWin32Error"/>, read right after the call.
/// </summary>
internal static class Posix
{
    /// <summary>AT_FDCWD: a relative path is relative to the current folder.</summary>
    public const int CurrentFolder = -100;

    /// <summary>EEXIST, the same on Linux and macOS.</summary>
    public const int AlreadyExists = 17;

    /// <summary>RENAME_NOREPLACE for <see cref="Native.renameat2"/>.</summary>
    public const uint NoReplace = 1;

    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint TypeOnly = 1; // STATX_TYPE
    private const int ModeOffset = 0x1C; // stx_mode in struct statx, the same on every Linux architecture
    private const int StatxSize = 256;

    /// <summary>A path as the C library takes it.</summary>
    public static byte[] Terminated(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }

    /// <summary>
    /// On Linux, whether <paramref name="path"/> itself (a final link not followed) is a regular file, a folder or
    /// a link: <see langword="false"/> for a named pipe, a socket or a device, which .NET's attributes do not tell
    /// apart and opening one could wait forever. <see langword="null"/> where it cannot tell.
    /// </summary>
    public static bool? IsOrdinaryEntry(string path)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return null;
        }

        var buffer = new byte[StatxSize];
        try
        {
            if (Native.statx(CurrentFolder, Terminated(path), NoFollow, TypeOnly, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        var type = (buffer[ModeOffset] | (buffer[ModeOffset + 1] << 8)) & 0xF000;
        return type is 0x8000 or 0x4000 or 0xA000; // S_IFREG, S_IFDIR, S_IFLNK
    }

#pragma warning disable SA1300, IDE1006 // The C library's own names.
    /// <summary>The C library's calls.</summary>
    public static class Native
    {
        /// <summary>rename(2) with flags (Linux 3.15, glibc 2.28).</summary>
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int renameat2(int oldFolder, byte[] oldPath, int newFolder, byte[] newPath, uint flags);

        /// <summary>link(2): a second name for a file; refuses a name that exists.</summary>
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int link(byte[] oldPath, byte[] newPath);

        /// <summary>unlink(2).</summary>
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int unlink(byte[] path);

        /// <summary>statx(2) (Linux 4.11, glibc 2.28): its struct has one layout on every architecture.</summary>
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int statx(int folder, byte[] path, int flags, uint mask, byte[] buffer);
    }
#pragma warning restore SA1300, IDE1006
}
