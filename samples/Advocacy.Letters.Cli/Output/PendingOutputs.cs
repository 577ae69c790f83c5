using System;
using System.Collections.Generic;
using System.IO;

namespace Advocacy.Letters.Cli.Output;

/// <summary>
/// The temporary files and folders of outputs being written in this process, so that a signal can remove them when
/// the write does not stop by itself in time (it may be waiting on its input). A commit (the rename into place) and
/// the removal take the same lock, so an output is either in place whole or gone.
/// </summary>
internal static class PendingOutputs
{
    private static readonly object Gate = new();
    private static readonly HashSet<string> Paths = new(StringComparer.Ordinal);
    private static bool abandoned;

    /// <summary>Gets a value indicating whether any output is being written.</summary>
    public static bool Any
    {
        get
        {
            lock (Gate)
            {
                return Paths.Count > 0;
            }
        }
    }

    /// <summary>Records a temporary path that must not outlive the process.</summary>
    public static void Add(string path)
    {
        lock (Gate)
        {
            Paths.Add(path);
        }
    }

    /// <summary>Runs <paramref name="commit"/> (the rename) unless the outputs were abandoned, and forgets <paramref name="path"/>.</summary>
    public static void Commit(string path, Action commit)
    {
        lock (Gate)
        {
            if (abandoned)
            {
                throw new OperationCanceledException("the output was abandoned");
            }

            commit();
            Paths.Remove(path);
        }
    }

    /// <summary>Forgets <paramref name="path"/> after its owner removed it.</summary>
    public static void Remove(string path)
    {
        lock (Gate)
        {
            Paths.Remove(path);
        }
    }

    /// <summary>Removes every temporary path and refuses later commits: the process is about to end on a signal.</summary>
    public static void Abandon()
    {
        lock (Gate)
        {
            abandoned = true;
            foreach (var path in Paths)
            {
                Delete(path);
            }

            Paths.Clear();
        }
    }

    /// <summary>Deletes a temporary file or folder, quietly: it may already be gone.</summary>
    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name is unpredictable, so nothing else will pick it up.
        }
    }
}
