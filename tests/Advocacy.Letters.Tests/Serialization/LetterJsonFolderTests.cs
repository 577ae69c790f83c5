using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests.Serialization;

public sealed class LetterJsonFolderTests : IDisposable
{
    private static readonly Letter Dprk = SampleLetters.Dprk2011;
    private static readonly Letter Minimal = TestLetters.Minimal;

    private readonly string root = Directory.CreateTempSubdirectory("letters-folder-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Read_ReportsEveryEntry_InOrdinalOrder_ReadingJsonInAnyCase()
    {
        var folder = Path.Combine(root, "in");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "b.json"), LetterJson.ToUtf8Bytes(Minimal));
        File.WriteAllBytes(Path.Combine(folder, "A.JSON"), LetterJson.ToUtf8Bytes(Dprk));
        File.WriteAllText(Path.Combine(folder, "bad.json"), "{\"x\": 1}");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "hello");
        Directory.CreateDirectory(Path.Combine(folder, "sub.json"));
        File.CreateSymbolicLink(Path.Combine(folder, "link.json"), Path.Combine(folder, "b.json"));
        File.CreateSymbolicLink(Path.Combine(folder, "dangling.json"), Path.Combine(root, "nowhere.json"));

        var entries = LetterJsonFolder.Read(folder).ToList();

        Assert.Equal(
            [
                "A.JSON:dprk-2011-kim-jong-il",
                "b.json:minimal-letter",
                "bad.json:unreadable",
                "dangling.json:skipped-link",
                "link.json:skipped-link",
                "notes.txt:skipped-file",
                "sub.json:skipped-folder",
            ],
            entries.Select(e => $"{Path.GetFileName(e.Path)}:{e.Letter?.Id ?? e.Code}"));
        Assert.All(entries, e => Assert.StartsWith(folder, e.Path!, StringComparison.Ordinal));
        Assert.Equal("unknown member 'x' in a letter at /x (line 1, byte 6)", entries[2].Message);
        Assert.Equal("a link to something that does not exist; links are not followed", entries[3].Message);
        Assert.Equal(entries.Select(e => e.Path), LetterJsonFolder.ReadAsync(folder, cancellationToken: TestContext.Current.CancellationToken).ToBlockingEnumerable(TestContext.Current.CancellationToken).Select(e => e.Path));
    }

    [Fact]
    public void Read_SpecialFileNamedJson_IsNotOpened()
    {
        var folder = Path.Combine(root, "devices");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "zero.json"), "/dev/zero");

        var entry = Assert.Single(LetterJsonFolder.Read(folder));

        Assert.Equal(LetterReadCodes.SkippedLink, entry.Code);
    }

    [Fact]
    public async Task Read_NamedPipeNamedJson_IsReportedNotOpened_NeverWaits()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named pipes are told apart on Linux");
        var folder = Path.Combine(root, "pipes");
        Directory.CreateDirectory(folder);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "a.json")))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening the pipe for reading would wait for a writer forever; the read must not get that far.
        var read = Task.Run(() => LetterJsonFolder.Read(folder).ToList(), TestContext.Current.CancellationToken);
        var entries = await read.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var entry = Assert.Single(entries);
        Assert.Equal(LetterReadCodes.SkippedFile, entry.Code);
        Assert.Equal("not a regular file (a device, pipe or socket)", entry.Message);
        var asynchronous = await LetterJsonFolder.ReadAsync(folder, cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(LetterReadCodes.SkippedFile, Assert.Single(asynchronous).Code);
    }

    [Fact]
    public void WriteThenRead_RoundTrips_ByteForByte()
    {
        var folder = Path.Combine(root, "out");

        var written = LetterJsonFolder.Write([Dprk, Minimal], folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, written);
        Assert.Equal(LetterJson.ToUtf8Bytes(Dprk), File.ReadAllBytes(Path.Combine(folder, "dprk-2011-kim-jong-il.json")));
        Assert.Equal([Dprk, Minimal], LetterJsonFolder.Read(folder).Select(e => e.Letter));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("UPPER")]
    [InlineData("")]
    [InlineData("-leading")]
    public void Write_IdThatCannotNameAFile_IsRefused_NothingWritten(string id)
    {
        var folder = Path.Combine(root, "out");

        var error = Assert.Throws<LetterJsonException>(() => LetterJsonFolder.Write([Minimal, Minimal with { Id = id }], folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("/1/id", error.Pointer);
        Assert.Contains("cannot name a file", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Write_TwoLettersWithOneId_IsRefused_NothingWritten()
    {
        var folder = Path.Combine(root, "out");

        var error = Assert.Throws<LetterJsonException>(() => LetterJsonFolder.Write([Minimal, Dprk, Minimal], folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("/2/id", error.Pointer);
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Write_LetterTheFormatCannotCarry_IsRefusedWithItsIndex_NothingWritten()
    {
        var folder = Path.Combine(root, "out");

        var error = Assert.Throws<LetterJsonException>(() => LetterJsonFolder.Write([Minimal, Dprk with { Title = "\uD800" }], folder, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("/1/title", error.Pointer);
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Write_ExistingFolder_IsRefused_UnlessReplacing_ThenReplacedWhole()
    {
        var folder = Path.Combine(root, "out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");

        Assert.Throws<OutputExistsException>(() => LetterJsonFolder.Write([Minimal], folder, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "keep.txt")));

        LetterJsonFolder.Write([Minimal], folder, OutputOptions.Replace, TestContext.Current.CancellationToken);

        Assert.Equal(["minimal-letter.json"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_EmptyFolder_CountsAsNoOutput()
    {
        var folder = Path.Combine(root, "out");
        Directory.CreateDirectory(folder);

        LetterJsonFolder.Write([Minimal], folder, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(Directory.GetFiles(folder));
    }
}
