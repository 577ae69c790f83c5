using System;
using CsCheck;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>
/// Random tests that every run repeats exactly: the values come from one PCG stream with a fixed seed, in order, on
/// one thread. CsCheck's <c>Sample(seed: …)</c> fixes only the first iteration, so each run (CI's too) drew new
/// values; a random failure on CI is a failure nobody can see again. A failing value is shown in the message.
/// </summary>
internal static class Property
{
    /// <summary>Runs <paramref name="assert"/> on the first <paramref name="iterations"/> values of <paramref name="gen"/> from <paramref name="seed"/>.</summary>
    public static void ForAll<T>(Gen<T> gen, Action<T> assert, int iterations, ulong seed = 20110908)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < iterations; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"iteration {i} of {iterations} (seed {seed}) failed on {Describe(value)}: {ex.Message}", ex);
            }
        }
    }

    // A string as a C# literal, so that the failing value can be pasted into a test.
    private static string Describe<T>(T value)
    {
        if (value is not string text)
        {
            return value?.ToString() ?? "null";
        }

        var literal = new System.Text.StringBuilder("\"");
        foreach (var c in text.Length > 4000 ? text[..4000] : text)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return literal.Append(text.Length > 4000 ? "\"…" : "\"").ToString();
    }
}
