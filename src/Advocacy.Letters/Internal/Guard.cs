using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Advocacy.Letters.Internal;

/// <summary>
/// The one place arguments are checked (as Polly's <c>Guard</c> and Noda Time's <c>Preconditions</c>): misuse throws
/// with the parameter's name; bad data is never checked here.
/// </summary>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> naming the argument when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="parameterName">Its name, filled in by the compiler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static void NotNull([NotNull] object? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value is null)
        {
            ThrowArgumentNull(parameterName);
        }
    }

    [DoesNotReturn]
    private static void ThrowArgumentNull(string? parameterName) => throw new ArgumentNullException(parameterName);
}
