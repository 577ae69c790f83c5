using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Advocacy.Letters.Benchmarks.Infrastructure;

/// <summary>
/// The corpus sizes the corpus benchmarks run at: 100,000 letters unless <c>--corpus N[,N…]</c> is given on the
/// command line (BenchmarkDotNet evaluates the values in the host process and bakes them into each benchmark process).
/// </summary>
public static class CorpusSizes
{
    /// <summary>The size the issue asks about.</summary>
    public const int Default = 100_000;

    private const string Option = "--corpus";

    /// <summary>Gets the sizes to run at.</summary>
    public static IReadOnlyList<int> Values { get; private set; } = [Default];

    /// <summary>Takes <c>--corpus N[,N…]</c> out of the arguments, keeping the rest for BenchmarkDotNet.</summary>
    /// <exception cref="ArgumentException">The option has no value or a value that is not a list of positive whole numbers.</exception>
    public static string[] Take(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, Option);
        if (index < 0)
        {
            return args;
        }

        if (index + 1 >= args.Length)
        {
            throw new ArgumentException($"{Option} needs a value, such as {Option} 10000", nameof(args));
        }

        Values = [.. args[index + 1].Split(',').Select(Parse)];
        return [.. args[..index], .. args[(index + 2)..]];
    }

    /// <summary>Reads a positive count such as <c>100000</c> or <c>100_000</c>.</summary>
    /// <exception cref="ArgumentException">The text is not a positive whole number.</exception>
    public static int Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new ArgumentException($"'{text}' is not a positive number of letters", nameof(text));
    }
}
