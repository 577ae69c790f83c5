using System;
using System.Globalization;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>Whether this test process runs with <c>InvariantGlobalization</c> (no ICU, no cultures).</summary>
internal static class Globalization
{
    /// <summary>Gets a value indicating whether cultures other than the invariant one are unavailable.</summary>
    public static bool IsInvariant { get; } = Detect();

    private static bool Detect()
    {
        try
        {
            return CultureInfo.GetCultureInfo("tr-TR").Name.Length == 0;
        }
        catch (CultureNotFoundException)
        {
            return true;
        }
    }
}
