using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Advocacy.Letters.Serialization;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>
/// The file-system steps of <see cref="AtomicOutput"/>: what is at a path (without following a link), unpredictable
/// hidden sibling names, exclusive creation, and the renames that put an output in place.
/// </summary>
internal static class OutputPaths
{
    private const int Attempts = 8;
    private const int MaxNameStem = 64;

    /// <summary>What a path names, looked at without following a final link.</summary>
    public enum Kind
    {
        None,
        File,
        Folder,
        Link,
    }

    /// <summary>Says what is at <paramref name="path"/>; a link is a link, dangling or not.</summary>
    public static Kind Probe(string path)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (FileNotFoundException)
        {
            return Kind.None;
        }
        catch (DirectoryNotFoundException)
        {
            return Kind.None;
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0)
        {
            return Kind.Link;
        }

        return (attributes & FileAttributes.Directory) != 0 ? Kind.Folder : Kind.File;
    }

    /// <summary>Tells whether <paramref name="path"/> is a real folder with nothing in it.</summary>
    public static bool IsEmptyFolder(string path)
    {
        using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
        return !entries.MoveNext();
    }

    /// <summary>A hidden name beside <paramref name="target"/> that no one can guess: <c>.NAME.RANDOM.SUFFIX</c>.</summary>
    public static string SiblingName(string target, string suffix)
    {
        var folder = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var stem = name.Length > MaxNameStem ? name.Substring(0, MaxNameStem) : name;
        var random = new byte[16];
        using (var generator = RandomNumberGenerator.Create())
        {
            generator.GetBytes(random);
        }

        var hex = new StringBuilder(32);
        foreach (var b in random)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Path.Combine(folder, $".{stem}.{hex}.{suffix}");
    }

    /// <summary>
    /// Creates a new file beside <paramref name="target"/> under an unpredictable name, exclusively: never opening
    /// anything that exists there, a planted link included.
    /// </summary>
    public static FileStream CreateTemporaryFile(string target, bool useAsync, out string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            path = SiblingName(target, "tmp");
            try
            {
                return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync ? FileOptions.Asynchronous : FileOptions.None);
            }
            catch (IOException) when (attempt < Attempts && Probe(path) != Kind.None)
            {
                // Taken: try another name rather than touch what is there.
            }
        }
    }

    /// <summary>Creates a new, empty folder beside <paramref name="target"/> under an unpredictable name.</summary>
    public static string CreateTemporaryFolder(string target)
    {
        for (var attempt = 1; ; attempt++)
        {
            var path = SiblingName(target, "tmp");
            if (Probe(path) == Kind.None)
            {
                Directory.CreateDirectory(path);

                // CreateDirectory accepts a folder that exists; make sure it is a fresh, real, empty one.
                if (Probe(path) == Kind.Folder && IsEmptyFolder(path))
                {
                    return path;
                }
            }

            if (attempt >= Attempts)
            {
                throw new IOException($"{target}: could not create a temporary folder beside it");
            }
        }
    }

    /// <summary>Creates a new file inside a folder the caller created, exclusively.</summary>
    public static FileStream CreateNewFile(string path, bool useAsync) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync ? FileOptions.Asynchronous : FileOptions.None);

    /// <summary>Moves a finished temporary file to <paramref name="target"/>: a rename, never writing through a link.</summary>
    /// <exception cref="OutputExistsException">Without <paramref name="overwrite"/>, something is at the target.</exception>
    public static void CommitFile(string temporary, string target, string displayPath, bool overwrite)
    {
        var existing = Probe(target);
        if (existing == Kind.Folder)
        {
            throw new IOException($"{displayPath}: is a folder; a file cannot replace it");
        }

        if (!overwrite)
        {
            if (existing != Kind.None)
            {
                throw Exists(displayPath, existing, null);
            }

            // Not File.Move, which looks and then renames over whatever appeared in between.
            if (!NoReplaceRename.TryMove(temporary, target))
            {
                throw Exists(displayPath, Probe(target), null);
            }

            return;
        }

#if NETSTANDARD2_0
        if (existing == Kind.None)
        {
            try
            {
                File.Move(temporary, target);
                return;
            }
            catch (IOException) when (Probe(target) is Kind.File or Kind.Link)
            {
                // Appeared meanwhile: replace it below.
            }
        }

        File.Replace(temporary, target, null);
#else
        // rename(2): the name is replaced in one step; a link there is replaced itself, not followed.
        File.Move(temporary, target, overwrite: true);
#endif
    }

    /// <summary>Moves a finished temporary folder to <paramref name="target"/>, replacing what is there only with <paramref name="overwrite"/>.</summary>
    public static void CommitFolder(string temporary, string target, string displayPath, bool overwrite)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = Probe(target);
            if (existing == Kind.Folder && TryDeleteEmptyFolder(target))
            {
                existing = Kind.None;
            }

            if (existing == Kind.None)
            {
                try
                {
                    // rename(2) refuses a folder that is not empty, so a racing writer's output is never merged into.
                    Directory.Move(temporary, target);
                    return;
                }
                catch (IOException ex) when (Probe(target) is var now && now != Kind.None)
                {
                    if (!overwrite || attempt >= Attempts)
                    {
                        throw Exists(displayPath, now, ex);
                    }

                    continue;
                }
            }

            if (!overwrite)
            {
                throw Exists(displayPath, existing, null);
            }

            // Two renames: the old output aside, the new one in. Between them the path is briefly empty; if the second
            // fails, the old output goes back.
            var aside = SiblingName(target, "old");
            try
            {
                MoveAny(target, aside, existing);
            }
            catch (IOException) when (attempt < Attempts && Probe(target) == Kind.None)
            {
                // Someone else moved it first: try again.
                continue;
            }

            try
            {
                Directory.Move(temporary, target);
            }
            catch (IOException) when (attempt < Attempts && Probe(target) != Kind.None)
            {
                // Another writer put its whole output in meanwhile: ours replaces that in turn, and the one aside is
                // older still.
                DeleteQuietly(aside);
                continue;
            }
            catch
            {
                TryMoveBack(aside, target, existing);
                throw;
            }

            DeleteQuietly(aside);
            return;
        }
    }

    /// <summary>Deletes a file or folder tree without following links inside it; a failure is left for the caller to ignore.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            switch (Probe(path))
            {
                case Kind.Folder:
                    // Directory.Delete removes links inside the tree; it does not follow them.
                    Directory.Delete(path, recursive: true);
                    break;
                case Kind.File:
                case Kind.Link:
                    File.Delete(path);
                    break;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool TryDeleteEmptyFolder(string path)
    {
        try
        {
            if (!IsEmptyFolder(path))
            {
                return false;
            }

            // rmdir(2) refuses a folder that is not empty, so nothing written meanwhile is lost.
            Directory.Delete(path, recursive: false);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void MoveAny(string from, string to, Kind kind)
    {
        if (kind == Kind.Folder)
        {
            Directory.Move(from, to);
            return;
        }

        try
        {
            File.Move(from, to);
        }
        catch (FileNotFoundException) when (kind == Kind.Link && Directory.Exists(from))
        {
            // File.Move looks through a link to a folder; Directory.Move renames the link itself (rename(2)).
            Directory.Move(from, to);
        }
    }

    private static void TryMoveBack(string aside, string target, Kind kind)
    {
        try
        {
            MoveAny(aside, target, kind);
        }
        catch (IOException)
        {
            // The old output stays at its hidden name beside the target, whole.
        }
    }

    private static OutputExistsException Exists(string displayPath, Kind kind, Exception? inner) =>
        new(displayPath, kind switch
        {
            Kind.Folder => "a folder that is not empty",
            Kind.Link => "a link",
            _ => "a file",
        }, inner);
}
