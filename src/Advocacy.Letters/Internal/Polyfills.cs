#if NETSTANDARD2_0
using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

// The few framework members netstandard2.0 lacks, with the behaviour they have on .NET 8 and later, so the code reads
// the same on every target. Compiled for netstandard2.0 only: on net8.0 and net10.0 this file is empty and the
// framework's own members are used. Declared in the root namespace so that every file finds them without a using.
// PolySharp supplies the language-level types (Index, Range, IsExternalInit, required members, nullable attributes).
namespace Advocacy.Letters;

internal static class Polyfills
{
    extension(string)
    {
        /// <summary>As .NET's <c>string.Create(IFormatProvider, ref DefaultInterpolatedStringHandler)</c>.</summary>
        public static string Create(IFormatProvider? provider, FormattableString text) => text.ToString(provider);

        /// <summary>As .NET's <c>string.Join(char, string?[])</c>.</summary>
        public static string Join(char separator, params string?[] values) => string.Join(separator.ToString(), values);
    }

    extension(char)
    {
        /// <summary>As .NET's <c>char.IsAsciiLetter</c>: A–Z and a–z only.</summary>
        public static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

        /// <summary>As .NET's <c>char.IsAsciiDigit</c>: 0–9 only.</summary>
        public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        /// <summary>As .NET's <c>char.IsAsciiLetterOrDigit</c>: A–Z, a–z and 0–9 only.</summary>
        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
    }

    extension(Enum)
    {
        /// <summary>As .NET's <c>Enum.GetValues&lt;TEnum&gt;()</c>.</summary>
        public static TEnum[] GetValues<TEnum>()
            where TEnum : struct, Enum => (TEnum[])Enum.GetValues(typeof(TEnum));
    }

    extension(File)
    {
        /// <summary>As .NET's <c>File.WriteAllBytesAsync</c>: creates or truncates the file.</summary>
        public static async Task WriteAllBytesAsync(string path, byte[] bytes, CancellationToken cancellationToken = default)
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 4096, useAsync: true);
            await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    extension(Math)
    {
        /// <summary>As .NET's <c>Math.Clamp(long, long, long)</c>.</summary>
        public static long Clamp(long value, long min, long max) => value < min ? min : value > max ? max : value;
    }

    extension(Encoding encoding)
    {
        /// <summary>As .NET's <c>Encoding.GetCharCount(ReadOnlySpan&lt;byte&gt;)</c>.</summary>
        public int GetCharCount(ReadOnlySpan<byte> bytes) => encoding.GetCharCount(bytes.ToArray());

        /// <summary>As .NET's <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>.</summary>
        public string GetString(ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());
    }

    extension(System.Text.RegularExpressions.Regex regex)
    {
        /// <summary>As .NET's <c>Regex.IsMatch(ReadOnlySpan&lt;char&gt;)</c>.</summary>
        public bool IsMatch(ReadOnlySpan<char> input) => regex.IsMatch(input.ToString());
    }

    /// <summary>As .NET's <c>MemoryExtensions.Count</c>: how many items equal <paramref name="value"/>.</summary>
    public static int Count<T>(this ReadOnlySpan<T> span, T value)
        where T : IEquatable<T>
    {
        var count = 0;
        foreach (var item in span)
        {
            if (item.Equals(value))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>As .NET's <c>MemoryExtensions.LastIndexOf(ReadOnlySpan&lt;char&gt;, ReadOnlySpan&lt;char&gt;, StringComparison)</c>.</summary>
    public static int LastIndexOf(this ReadOnlySpan<char> span, string value, StringComparison comparison) =>
        span.ToString().LastIndexOf(value, comparison);

    /// <summary>As .NET's <c>MemoryExtensions.IndexOfAnyInRange</c>: the first character from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static int IndexOfAnyInRange(this ReadOnlySpan<char> span, char low, char high)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] >= low && span[i] <= high)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>As .NET's <c>MemoryExtensions.ContainsAny(ReadOnlySpan&lt;char&gt;, ReadOnlySpan&lt;char&gt;)</c>.</summary>
    public static bool ContainsAny(this ReadOnlySpan<char> span, string values) => span.IndexOfAny(values.AsSpan()) >= 0;

    /// <summary>As .NET's <c>string.StartsWith(char)</c>.</summary>
    public static bool StartsWith(this string text, char value) => text.Length > 0 && text[0] == value;

    /// <summary>As .NET's <c>string.EndsWith(char)</c>.</summary>
    public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;

    /// <summary>As .NET's <c>string.Contains(string, StringComparison)</c>.</summary>
    public static bool Contains(this string text, string value, StringComparison comparisonType) => text.IndexOf(value, comparisonType) >= 0;

    /// <summary>As .NET's <c>string.Contains(char, StringComparison)</c>.</summary>
    public static bool Contains(this string text, char value, StringComparison comparisonType) =>
        text.IndexOf(value.ToString(), comparisonType) >= 0;

    /// <summary>As .NET's <c>string.Replace(string, string?, StringComparison)</c>, for the ordinal comparison only.</summary>
    /// <exception cref="NotSupportedException"><paramref name="comparisonType"/> is not <see cref="StringComparison.Ordinal"/>.</exception>
    public static string Replace(this string text, string oldValue, string? newValue, StringComparison comparisonType) =>
        comparisonType == StringComparison.Ordinal
            ? text.Replace(oldValue, newValue)
            : throw new NotSupportedException("only the ordinal comparison is polyfilled");

    /// <summary>As .NET's <c>StringBuilder.Append(IFormatProvider, ref AppendInterpolatedStringHandler)</c>.</summary>
    public static StringBuilder Append(this StringBuilder builder, IFormatProvider? provider, FormattableString text) =>
        builder.Append(text.ToString(provider));

    /// <summary>As .NET's <c>Dictionary.TryAdd</c>.</summary>
    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }

    /// <summary>As .NET's <c>MemoryExtensions.Trim(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c>, for bytes.</summary>
    public static ReadOnlySpan<byte> Trim(this ReadOnlySpan<byte> span, ReadOnlySpan<byte> trimElements)
    {
        var start = 0;
        while (start < span.Length && trimElements.IndexOf(span[start]) >= 0)
        {
            start++;
        }

        var end = span.Length;
        while (end > start && trimElements.IndexOf(span[end - 1]) >= 0)
        {
            end--;
        }

        return span[start..end];
    }

    /// <summary>As .NET's <c>Stream.Read(Span&lt;byte&gt;)</c>.</summary>
    public static int Read(this Stream stream, Span<byte> buffer)
    {
        var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            var read = stream.Read(rented, 0, buffer.Length);
            rented.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>As .NET's <c>Stream.ReadAsync(Memory&lt;byte&gt;, CancellationToken)</c>.</summary>
    public static ValueTask<int> ReadAsync(this Stream stream, Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        return MemoryMarshal.TryGetArray<byte>(buffer, out var segment)
            ? new ValueTask<int>(stream.ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken))
            : new ValueTask<int>(ReadRentedAsync());

        async Task<int> ReadRentedAsync()
        {
            var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
            try
            {
                var read = await stream.ReadAsync(rented, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                rented.AsSpan(0, read).CopyTo(buffer.Span);
                return read;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>As .NET's <c>Stream.Write(ReadOnlySpan&lt;byte&gt;)</c>.</summary>
    public static void Write(this Stream stream, ReadOnlySpan<byte> buffer)
    {
        var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            buffer.CopyTo(rented);
            stream.Write(rented, 0, buffer.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>As .NET's <c>Stream.WriteAsync(ReadOnlyMemory&lt;byte&gt;, CancellationToken)</c>.</summary>
    public static ValueTask WriteAsync(this Stream stream, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var segment = MemoryMarshal.TryGetArray(buffer, out var array) ? array : new ArraySegment<byte>(buffer.ToArray());
        return new ValueTask(stream.WriteAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken));
    }

    /// <summary>As .NET's <c>await using (stream.ConfigureAwait(false))</c>: netstandard2.0's streams dispose synchronously.</summary>
    public static System.Runtime.CompilerServices.ConfiguredAsyncDisposable ConfigureAwait(this Stream stream, bool continueOnCapturedContext) =>
        new SyncDisposer(stream).ConfigureAwait(continueOnCapturedContext);

    private sealed class SyncDisposer(IDisposable disposable) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            disposable.Dispose();
            return default;
        }
    }
}
#endif
