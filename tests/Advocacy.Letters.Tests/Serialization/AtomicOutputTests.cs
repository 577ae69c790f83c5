using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

/// <summary>Atomic, non-destructive output on real file systems: links, races, failures, a full disk.</summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("letters-output-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void WriteFile_New_AppearsWhole_NoTemporaryLeft()
    {
        var path = Path.Combine(root, "out.txt");

        AtomicOutput.WriteFile(path, s => s.Write("hello"u8), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("hello", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Names());
    }

    [Fact]
    public void WriteFile_Existing_IsRefused_UnlessReplacing()
    {
        var path = Path.Combine(root, "out.txt");
        File.WriteAllText(path, "mine");

        var error = Assert.Throws<OutputExistsException>(() => AtomicOutput.WriteFile(path, s => s.Write("new"u8), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(path, error.Path);
        Assert.Equal("mine", File.ReadAllText(path));

        AtomicOutput.WriteFile(path, s => s.Write("new"u8), OutputOptions.Replace, TestContext.Current.CancellationToken);
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Names());
    }

    [Fact]
    public void WriteFile_LinkAtTheTarget_IsNeverWrittenThrough()
    {
        var victim = Path.Combine(root, "victim.txt");
        File.WriteAllText(victim, "precious");
        var path = Path.Combine(root, "out.txt");
        File.CreateSymbolicLink(path, victim);

        Assert.Throws<OutputExistsException>(() => AtomicOutput.WriteFile(path, s => s.Write("new"u8), cancellationToken: TestContext.Current.CancellationToken));
        AtomicOutput.WriteFile(path, s => s.Write("new"u8), OutputOptions.Replace, TestContext.Current.CancellationToken);

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(path).LinkTarget);
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void WriteFile_LinksPlantedAtLikelyTemporaryNames_AreLeftAlone()
    {
        var victim = Path.Combine(root, "victim.txt");
        File.WriteAllText(victim, "precious");
        var path = Path.Combine(root, "out.txt");
        foreach (var planted in new[] { path + ".partial", path + ".tmp", Path.Combine(root, ".out.txt.tmp") })
        {
            File.CreateSymbolicLink(planted, victim);
        }

        AtomicOutput.WriteFile(path, s => s.Write("new"u8), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal(5, Names().Length);
    }

    [Fact]
    public void WriteFile_FolderAtTheTarget_IsRefused_EvenWhenReplacing()
    {
        var path = Path.Combine(root, "out");
        Directory.CreateDirectory(path);

        Assert.Throws<IOException>(() => AtomicOutput.WriteFile(path, s => s.Write("x"u8), OutputOptions.Replace, TestContext.Current.CancellationToken));
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void WriteFile_CallbackFailsAfterSomeBytes_NothingLeft_PreviousKept()
    {
        var path = Path.Combine(root, "out.txt");
        File.WriteAllText(path, "previous");

        Assert.Throws<IOException>(() => AtomicOutput.WriteFile(path, s => new FailingStream(s, 100).Write(new byte[1000]), OutputOptions.Replace, TestContext.Current.CancellationToken));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Names());
    }

    [Fact]
    public async Task WriteFileAsync_Cancelled_NothingLeft()
    {
        var path = Path.Combine(root, "out.txt");
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicOutput.WriteFileAsync(path, async (s, token) =>
        {
            await s.WriteAsync(new byte[10], token);
            await cancel.CancelAsync();
            token.ThrowIfCancellationRequested();
        }, cancellationToken: cancel.Token));

        Assert.Empty(Names());
    }

    [Fact]
    public async Task WriteFile_TwoWritersRacing_OneWinsWhole_TheOtherRefuses()
    {
        for (var round = 0; round < 20; round++)
        {
            var path = Path.Combine(root, $"race-{round}.txt");
            var contents = new[] { new string('a', 100_000), new string('b', 100_000) };

            // Both writers pass the early check before either commits, so the final rename is what must refuse.
            using var bothWritten = new Barrier(2);
            var outcomes = await Task.WhenAll(contents.Select(text => Task.Run(() =>
            {
                try
                {
                    AtomicOutput.WriteFile(path, s =>
                    {
                        s.Write(System.Text.Encoding.ASCII.GetBytes(text));
                        bothWritten.SignalAndWait(TimeSpan.FromSeconds(30));
                    });
                    return true;
                }
                catch (OutputExistsException)
                {
                    return false;
                }
            })));

            Assert.Equal(1, outcomes.Count(won => won));
            Assert.Contains(File.ReadAllText(path), contents);
        }

        Assert.Equal(20, Names().Length);
    }

    [Fact]
    public async Task WriteFolder_TwoWritersRacing_Replacing_EachWhole()
    {
        var path = Path.Combine(root, "out");

        await Task.WhenAll(new[] { "a", "b" }.Select(name => Task.Run(() =>
        {
            for (var i = 0; i < 10; i++)
            {
                try
                {
                    AtomicOutput.WriteFolder(path, folder =>
                    {
                        folder.CreateFile(name + "1.txt", s => s.Write("1"u8));
                        folder.CreateFile(name + "2.txt", s => s.Write("2"u8));
                    }, OutputOptions.Replace);
                }
                catch (IOException)
                {
                    // A lost race is refused whole; what matters is that the output is never mixed.
                }
            }
        })));

        var files = Directory.GetFiles(path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.SequenceEqual(["a1.txt", "a2.txt"]) || files.SequenceEqual(["b1.txt", "b2.txt"]), string.Join(",", files));
        Assert.Equal(["out"], Names());
    }

    [Fact]
    public void WriteFolder_BadItemHalfway_NothingLeft_PreviousKeptWhole()
    {
        var path = Path.Combine(root, "out");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "old.txt"), "old");

        Assert.Throws<InvalidOperationException>(() => AtomicOutput.WriteFolder(path, folder =>
        {
            folder.CreateFile("one.txt", s => s.Write("1"u8));
            throw new InvalidOperationException("bad item");
        }, OutputOptions.Replace, TestContext.Current.CancellationToken));

        Assert.Equal(["old.txt"], Directory.GetFiles(path).Select(Path.GetFileName));
        Assert.Equal(["out"], Names());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("bell\u0007")]
    public void WriteFolder_NameThatLeavesTheFolder_IsRefused(string name)
    {
        var path = Path.Combine(root, "out");

        Assert.Throws<ArgumentException>(() => AtomicOutput.WriteFolder(path, folder => folder.CreateFile(name, s => s.Write("x"u8)), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(Names());
    }

    [Fact]
    public void WriteFolder_TwoFilesOfOneName_IgnoringCase_AreRefused()
    {
        var path = Path.Combine(root, "out");

        Assert.Throws<ArgumentException>(() => AtomicOutput.WriteFolder(path, folder =>
        {
            folder.CreateFile("a.csv", s => s.Write("x"u8));
            folder.CreateFile("A.CSV", s => s.Write("y"u8));
        }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(Names());
    }

    [Fact]
    public void WriteFolder_LinkAtTheTarget_IsReplacedItself_WhenReplacing()
    {
        var victim = Path.Combine(root, "victim");
        Directory.CreateDirectory(victim);
        File.WriteAllText(Path.Combine(victim, "keep.txt"), "precious");
        var path = Path.Combine(root, "out");
        Directory.CreateSymbolicLink(path, victim);

        Assert.Throws<OutputExistsException>(() => AtomicOutput.WriteFolder(path, f => f.CreateFile("n.txt", s => s.Write("n"u8)), cancellationToken: TestContext.Current.CancellationToken));
        AtomicOutput.WriteFolder(path, f => f.CreateFile("n.txt", s => s.Write("n"u8)), OutputOptions.Replace, TestContext.Current.CancellationToken);

        Assert.Equal(["keep.txt"], Directory.GetFiles(victim).Select(Path.GetFileName));
        Assert.Equal(["n.txt"], Directory.GetFiles(path).Select(Path.GetFileName));
        Assert.Null(new DirectoryInfo(path).LinkTarget);
    }

    [Fact]
    public void WriteFile_DevFull_FailsWithIOException()
    {
        using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);

        Assert.Throws<IOException>(() => LetterJsonLines.Write([SampleLetters.Dprk2011], full, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void WriteFile_FullDisk_NothingLeft_PreviousKept()
    {
        var mount = Path.Combine(root, "small");
        Directory.CreateDirectory(mount);
        if (!TryMountTmpfs(mount))
        {
            // Not permitted here: the failing stream above covers a write that fails midway.
            return;
        }

        try
        {
            var path = Path.Combine(mount, "out.jsonl");
            File.WriteAllText(path, "previous");

            Assert.ThrowsAny<IOException>(() => LetterJsonLines.WriteFile(Enumerable.Repeat(SampleLetters.Dprk2011, 10), path, OutputOptions.Replace, TestContext.Current.CancellationToken));

            Assert.Equal("previous", File.ReadAllText(path));
            Assert.Equal(["out.jsonl"], Directory.GetFileSystemEntries(mount).Select(Path.GetFileName));
        }
        finally
        {
            Run("umount", mount);
        }
    }

    private static bool TryMountTmpfs(string folder) =>
        OperatingSystem.IsLinux() && Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder) == 0;

    private static int Run(string file, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    private string[] Names() => Directory.GetFileSystemEntries(root).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Passes writes on until <c>limit</c> bytes, then fails as a full disk would.</summary>
    private sealed class FailingStream(Stream inner, int limit) : Stream
    {
        private int written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var allowed = Math.Min(count, limit - written);
            inner.Write(buffer, offset, allowed);
            written += allowed;
            if (allowed < count)
            {
                throw new IOException("No space left on device");
            }
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
