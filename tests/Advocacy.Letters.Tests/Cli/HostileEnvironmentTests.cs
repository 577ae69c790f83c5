using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Advocacy.Letters.Cli;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Tests.Infrastructure;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Advocacy.Letters.Tests.Cli;

/// <summary>
/// <c>letters</c> as a real process in a hostile environment: standard streams closed or full, a reader that goes
/// away, a missing output folder, a dangling link in the input, a full disk, existing outputs, and SIGINT/SIGTERM in
/// the middle of a write. Every case ends with a defined exit code and at most one line on standard error, never a
/// trace, and leaves no partial output.
/// </summary>
public sealed class HostileEnvironmentTests : IDisposable
{
    // 150 bad lines, then an input that stays open and silent until the shell ends ($$ is the shell in a process
    // substitution and a background job too): a run that waited for it would reach the harness's time-out.
    private const string SilentAfter150BadLines = "yes '{\"colour\": 1}' 2>/dev/null | head -n 150; while kill -0 $$ 2>/dev/null; do sleep 0.1; done";

    private readonly string root = Path.Combine(Path.GetTempPath(), "letters-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileEnvironmentTests() => Directory.CreateDirectory(root);

    private static string Dataset => Letters.Quote(Repository.DprkJson);

    public void Dispose()
    {
        foreach (var mount in Directory.GetDirectories(root, "tmpfs*"))
        {
            Run("umount", mount);
        }

        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void StdinClosed_ReadsAsEmptyInput()
    {
        var show = Letters.Shell("$LETTERS show - <&-");
        var corpus = Letters.Shell("$LETTERS validate - --jsonl <&-");

        AssertOneLine(show, 2, "letters: <stdin>: the document is empty: expected a letter object at the document root (line 1, byte 1)");
        Assert.Equal(0, corpus.ExitCode);
        Assert.Equal("<stdin>: 0 letters read: 0 valid, 0 invalid\n", corpus.Stdout);
    }

    [Fact]
    public void StdoutClosed_OneLine_Exit2()
    {
        var run = Letters.Shell("$LETTERS schema >&-");

        AssertOneLine(run, 2, "letters: standard output: the descriptor is closed");
    }

    [Fact]
    public void StdoutFull_OneLine_Exit2()
    {
        var run = Letters.Shell($"$LETTERS render {Dataset} >/dev/full");

        AssertOneLine(run, 2, "letters: standard output: no space left on device");
    }

    [Theory]
    [InlineData("2>&-")]
    [InlineData("2>/dev/full")]
    public void StderrClosedOrFull_ExitCodeStays(string redirect)
    {
        var failing = Letters.Shell($"$LETTERS show {Letters.Quote(Path.Combine(root, "missing.json"))} {redirect}; echo \"exit $?\"");
        var working = Letters.Shell($"$LETTERS schema {redirect} | wc -c; echo \"exit ${{PIPESTATUS[0]}}\"");

        // The seed letter imports with three warnings on standard error and exit code 0: a lost warning is no failure.
        var warned = Letters.Shell($"$LETTERS import {Letters.Quote(Repository.DprkText)} {redirect} | wc -c; echo \"exit ${{PIPESTATUS[0]}}\"");

        Assert.Equal("exit 2\n", failing.Stdout);
        Assert.Empty(failing.Stderr);
        Assert.EndsWith("exit 0\n", working.Stdout, StringComparison.Ordinal);
        Assert.NotEqual("0", working.OutputLines[0].Trim());
        Assert.Equal("exit 0", warned.OutputLines[1]);
        Assert.True(int.Parse(warned.OutputLines[0].Trim(), CultureInfo.InvariantCulture) > 10_000, warned.Stdout);
        Assert.Empty(warned.Stderr);
    }

    [Fact]
    public void StdoutAndStderrClosed_NoTrace_Exit2()
    {
        // Standard input stays a pipe: the native runtime's signal pipe then takes descriptors 1 and 2, and a message
        // written there once reached its signal thread as signal numbers (exit 186, real-time signal 24).
        var run = Letters.Shell("$LETTERS schema >&- 2>&-; echo \"exit $?\"");

        Assert.Equal("exit 2\n", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void BrokenPipe_EndsAtOnce_Quietly_WithTheExitCodeOfTheWorkSoFar()
    {
        // Endless input, every line reported: only the reader's going away can end the run (or the harness's time-out).
        var endless = Letters.Shell("yes '{\"colour\": 1}' 2>/dev/null | $LETTERS validate - --jsonl --max-problems 2000000000 | head -n 1; echo \"exit ${PIPESTATUS[1]}\"");

        // Far more output than a pipe holds, none of it wrong: exit code 0, and long before the 10,000,000th letter.
        var generated = Letters.Shell("$LETTERS generate --count 10000000 --seed 1 | head -c 100 >/dev/null; echo \"exit ${PIPESTATUS[0]}\"");

        Assert.Equal(["1:/colour  unreadable  unknown member 'colour' in a letter", "exit 2"], endless.OutputLines);
        Assert.Empty(endless.Stderr);
        Assert.Equal("exit 0\n", generated.Stdout);
        Assert.Empty(generated.Stderr);
    }

    [Fact]
    public void BrokenPipe_PastMaxProblems_EndsAtOnce()
    {
        // The default --max-problems: after 100 problems nothing more is written until the input ends, which here is
        // never, so no write can fail; the run still has to notice that head has gone.
        var run = Letters.Shell("yes '{\"colour\": 1}' 2>/dev/null | $LETTERS validate - --jsonl | head -n 1; echo \"exit ${PIPESTATUS[1]}\"");

        Assert.Equal(["1:/colour  unreadable  unknown member 'colour' in a letter", "exit 2"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void BrokenPipe_AProblemBehindEndlessValidLetters_ReachesTheReader_AndTheRunEnds()
    {
        // One problem, then valid letters without end: nothing fills the buffer, so the problem goes out only because
        // the report is handed over every 1,000 lines; head then leaves, and the next check notices.
        var valid = Path.Combine(root, "valid.jsonl");
        File.WriteAllText(valid, LetterJson.ToJson(SampleLetters.Generate(1, 12).Single()).ReplaceLineEndings(string.Empty));
        var run = Letters.Shell($"(echo '[]'; yes \"$(cat {Letters.Quote(valid)})\" 2>/dev/null) | $LETTERS validate - --jsonl | head -n 1; echo \"exit ${{PIPESTATUS[1]}}\"");

        Assert.Equal(["1:/  unreadable  expected a letter (a JSON object)", "exit 2"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void BrokenPipe_WhileTheInputWaits_TheRunEnds()
    {
        // The first problem reaches head and head leaves, but no line comes to be counted, so only the wait for input
        // can notice. Two threads: a worker waits for the input.
        var run = Letters.Shell($"$LETTERS validate - --jsonl --threads 2 < <({SilentAfter150BadLines}) | head -n 1; echo \"exit ${{PIPESTATUS[0]}}\"");

        Assert.Equal(["1:/colour  unreadable  unknown member 'colour' in a letter", "exit 2"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [InlineData("--threads 1", "1:/colour  unreadable  unknown member 'colour' in a letter")]
    [InlineData("--threads 2", "1:/colour  unreadable  unknown member 'colour' in a letter")]
    [InlineData("--threads 2 --format json", "    \"code\": \"unreadable\",")]
    public void AProblem_ThenASilentInput_ReachesTheReader_AndTheRunEnds(string options, string firstLine)
    {
        // One bad line, and the input stays open with nothing more to say (tail -f): the problem must go out while
        // the run waits, not at the 1,000th line or the end, which never come. grep leaves once it has it, and the
        // watch of the wait then ends the run.
        var silentAfterOneBadLine = "echo '{\"colour\": 1}'; while kill -0 $$ 2>/dev/null; do sleep 0.1; done";
        var run = Letters.Shell($"$LETTERS validate - --jsonl {options} < <({silentAfterOneBadLine}) | grep -m 1 -e '^1:' -e '\"code\"'; echo \"exit ${{PIPESTATUS[0]}}\"");

        Assert.Equal([firstLine, "exit 2"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void StdoutFull_WhileTheInputWaits_OneLine_Exit2()
    {
        // The report fails to reach a full disk while a worker waits for input that does not come: the failed write
        // must end that wait too, or the run waits for the worker forever. Two threads: a worker waits for input.
        var run = Letters.Shell($"$LETTERS validate - --jsonl --threads 2 < <({SilentAfter150BadLines}) >/dev/full");

        AssertOneLine(run, 2, "letters: standard output: no space left on device");
    }

    [Fact]
    public void BrokenPipe_WhileTheInputWaits_ASignalDoesNotStopTheWatch()
    {
        // A signal cuts a wait short (Linux never restarts poll), and the runtime handles SIGCONT, which fg and bg send:
        // a wait cut short once read on unwatched, and the run then waited for a line that never came. The reader here
        // stays until letters has had three SIGCONTs in its wait, then leaves. One thread: the signal reaches the main
        // thread, which is the one that reads.
        var signalled = Letters.Quote(Path.Combine(root, "signalled"));
        var signals = $"sleep 2; for i in 1 2 3; do pkill -CONT -f 'validate - --jsonl --threads 1'; sleep 0.1; done; touch {signalled}";
        var reader = $"head -n 1; until [ -e {signalled} ]; do sleep 0.05; done";
        var run = Letters.Shell($"({signals}) & $LETTERS validate - --jsonl --threads 1 < <({SilentAfter150BadLines}) | {{ {reader}; }}; echo \"exit ${{PIPESTATUS[0]}}\"; wait");

        Assert.Equal(["1:/colour  unreadable  unknown member 'colour' in a letter", "exit 2"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void BrokenPipe_IntoANamedPipe_EndsAtOnce()
    {
        // A named pipe (mkfifo) is named by its path in /proc/self/fd, like a file; its reader's going away must still
        // end an endless run, as for "| head".
        var fifo = Letters.Quote(Path.Combine(root, "out"));
        var run = Letters.Shell($"mkfifo {fifo}; head -n 1 < {fifo} & yes '{{\"colour\": 1}}' 2>/dev/null | $LETTERS validate - --jsonl --max-problems 2000000000 > {fifo}; echo \"exit $?\"; wait");

        Assert.Equal(["1:/colour  unreadable  unknown member 'colour' in a letter", "exit 2"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void BrokenPipe_WhileANamedPipeInputWaits_TheRunEnds()
    {
        // As BrokenPipe_WhileTheInputWaits_TheRunEnds, with standard input a named pipe.
        var fifo = Letters.Quote(Path.Combine(root, "in"));
        var run = Letters.Shell($"mkfifo {fifo}; ({SilentAfter150BadLines}) > {fifo} 2>/dev/null & $LETTERS validate - --jsonl < {fifo} | head -n 1; echo \"exit ${{PIPESTATUS[0]}}\"");

        Assert.Equal(["1:/colour  unreadable  unknown member 'colour' in a letter", "exit 2"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Render_IntoHead_EndsQuietly_Exit0()
    {
        var run = Letters.Shell($"$LETTERS render {Dataset} | head -n 1; echo \"exit ${{PIPESTATUS[0]}}\"");

        Assert.Equal(["Kim Jong-il", "exit 0"], run.OutputLines);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void MissingOutputFolder_SaysSo()
    {
        var output = Path.Combine(root, "no-such-folder", "out.jsonl");

        var run = Letters.Run("convert", Repository.DprkJson, output);

        AssertOneLine(run, 2, $"letters: {output}: the folder it would go in, {Path.GetDirectoryName(output)}, does not exist");
    }

    [Fact]
    public void DanglingLinkInInputFolder_BlamesTheLink_NotTheOutput()
    {
        var input = Directory.CreateDirectory(Path.Combine(root, "in")).FullName;
        File.Copy(Repository.DprkJson, Path.Combine(input, "a.json"));
        var link = Path.Combine(input, "b.json");
        File.CreateSymbolicLink(link, Path.Combine(root, "gone.json"));
        var output = Path.Combine(root, "out.jsonl");

        var run = Letters.Run("convert", input, output);

        AssertOneLine(run, 2, $"letters: {link}: a link to something that does not exist; links are not followed");
        Assert.False(File.Exists(output));
        AssertOnlyEntries(root, "in");
    }

    [Fact]
    public void ExistingOutput_RefusedWithoutForce_ReplacedWholeWithForce()
    {
        var output = Path.Combine(root, "out.jsonl");
        File.WriteAllText(output, "old\n");

        var refused = Letters.Run("convert", Repository.DprkJson, output);
        Assert.Equal("old\n", File.ReadAllText(output));
        var forced = Letters.Run("convert", Repository.DprkJson, output, "--force");

        AssertOneLine(refused, 2, $"letters: {output}: already exists, left as it is (use --force to replace it)");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(SampleLetters.Dprk2011, LetterJsonLines.ReadFile(output).Single().Letter);
        AssertOnlyEntries(root, "out.jsonl");
    }

    [Fact]
    public void ExistingFolder_RefusedWithoutForce_ReplacedWithForce()
    {
        var output = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
        File.WriteAllText(Path.Combine(output, "mine.txt"), "keep");

        var refused = Letters.Run("convert", Repository.DprkJson, output);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(output, "mine.txt")));
        var forced = Letters.Run("convert", Repository.DprkJson, output, "--force");

        AssertOneLine(refused, 2, $"letters: {output}: already exists, left as it is (use --force to replace it)");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal([SampleLetters.Dprk2011.Id + ".json"], Directory.GetFiles(output).Select(Path.GetFileName));
        AssertOnlyEntries(root, "out");
    }

    [Fact]
    public void OutputIsAFolder_RefusedOnce_NamedOnce()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "out.json")).FullName;

        var run = Letters.Run("generate", "--count", "2", "--output", folder);

        AssertOneLine(run, 2, $"letters: {folder}: is a folder; a file cannot replace it");
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void PlantedLinkAtTheTarget_IsRefused_AndNotFollowed()
    {
        var victim = Path.Combine(root, "victim.txt");
        File.WriteAllText(victim, "precious");
        var output = Path.Combine(root, "out.jsonl");
        File.CreateSymbolicLink(output, victim);

        var refused = Letters.Run("convert", Repository.DprkJson, output);
        var forced = Letters.Run("convert", Repository.DprkJson, output, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(output).LinkTarget);
    }

    [Fact]
    public void FullDisk_NamesTheOutputAndTheRealCause_LeavesNothing()
    {
        var disk = Directory.CreateDirectory(Path.Combine(root, "tmpfs")).FullName;
        if (Run("mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", disk) != 0)
        {
            Assert.Skip("cannot mount a small tmpfs here (not root, or no permission)");
        }

        var input = Path.Combine(root, "three.jsonl");
        File.WriteAllText(input, string.Concat(Enumerable.Repeat(LetterJsonLine(), 3)));
        var output = Path.Combine(disk, "out.jsonl");

        var run = Letters.Run("convert", input, output);

        AssertOneLine(run, 2, $"letters: {output}: no space left on device");
        Assert.Empty(Directory.GetFileSystemEntries(disk));
    }

    [Theory]
    [InlineData("INT", 130, false)]
    [InlineData("TERM", 143, false)]
    [InlineData("TERM", 143, true)]
    public async Task Signal_MidWrite_ExitsWithItsCode_LeavesNothingPartial_KeepsThePreviousOutput(string signal, int exitCode, bool previous)
    {
        var input = Path.Combine(root, "in.jsonl");
        Assert.Equal(0, Run("mkfifo", input));
        var output = Path.Combine(root, "out.jsonl");
        if (previous)
        {
            File.WriteAllText(output, "previous\n");
        }

        using var app = StartApp("convert", input, output, "--force");

        // The library's writer opens its temporary file, then the app waits on the pipe for letters: feed it two and
        // keep it open. The writer buffers, so the temporary file may still be empty; that it exists is the mid-write.
        await using var feed = await OpenForWriting(input);
        await feed.WriteAsync(Encoding.UTF8.GetBytes(LetterJsonLine() + LetterJsonLine()), TestContext.Current.CancellationToken);
        await feed.FlushAsync(TestContext.Current.CancellationToken);
        var temporary = await WaitFor(() => Directory.GetFiles(root, ".out.jsonl.*.tmp").FirstOrDefault());

        Assert.Equal(0, Run("kill", $"-{signal}", app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(app.WaitForExit(TimeSpan.FromSeconds(30)), "the app did not exit after the signal");

        Assert.Equal(exitCode, app.ExitCode);
        Assert.False(File.Exists(temporary));
        if (previous)
        {
            Assert.Equal("previous\n", File.ReadAllText(output));
            AssertOnlyEntries(root, "in.jsonl", "out.jsonl");
        }
        else
        {
            AssertOnlyEntries(root, "in.jsonl");
        }

        Assert.DoesNotContain("Unhandled", await app.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelled_Write_StopsCooperatively_Exit130_LeavesNothing()
    {
        var output = Path.Combine(root, "out");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = LettersApp.Run(["convert", Repository.DprkJson, output], Stream.Null, stdout, stderr, new FakeClock(Letters.Now), false, cancelled.Token);

        Assert.Equal(130, exitCode);
        Assert.Empty(stdout.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    private static string LetterJsonLine()
    {
        using var line = new MemoryStream();
        LetterJsonLines.Write([SampleLetters.Dprk2011], line);
        return Encoding.UTF8.GetString(line.ToArray());
    }

    private static void AssertOneLine(Letters.Outcome run, int exitCode, string line)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal(line, Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    private static void AssertOnlyEntries(string folder, params string[] names) =>
        Assert.Equal(names.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    private static int Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    private static Process StartApp(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec " + Letters.ProcessCommand + " " + string.Join(' ', args.Select(Letters.Quote)));
        return Process.Start(start)!;
    }

    private static async Task<FileStream> OpenForWriting(string fifo)
    {
        var open = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));
        return await open.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task<string> WaitFor(Func<string?> probe)
    {
        for (var i = 0; i < 600; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the temporary output never appeared");
    }
}
