using System;
using System.Text;

namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>Small JSON documents for reader tests: a minimal valid letter and ways to break it.</summary>
internal static class Documents
{
    /// <summary>The smallest valid letter, on one line, so that byte positions in tests are easy to read.</summary>
    public const string Minimal =
        """{"schemaVersion":"1.0","id":"x","title":"t","kind":"open-letter","language":"en","addressees":[],"body":[],"demands":[],"signatories":[]}""";

    /// <summary>A minimal letter with one signatory (<c>/signatories/0</c>).</summary>
    public const string WithSignatory =
        """{"schemaVersion":"1.0","id":"x","title":"t","kind":"open-letter","language":"en","addressees":[],"body":[],"demands":[],"signatories":[{"type":"person","name":"a","label":"a"}]}""";

    /// <summary>Replaces exactly one occurrence of <paramref name="find"/> in <paramref name="json"/>.</summary>
    public static string Edit(string json, string find, string replace)
    {
        var at = json.IndexOf(find, StringComparison.Ordinal);
        Xunit.Assert.True(at >= 0, $"'{find}' is not in the document");
        return string.Concat(json.AsSpan(0, at), replace, json.AsSpan(at + find.Length));
    }

    /// <summary>The minimal letter with <paramref name="members"/> (<c>"a":1,</c>) inserted first in the root object.</summary>
    public static string WithRootMembers(string members) => "{" + members + Minimal[1..];

    /// <summary>The minimal letter with <c>"title"</c>'s value replaced by raw JSON.</summary>
    public static string WithTitle(string rawValue) => Edit(Minimal, "\"title\":\"t\"", "\"title\":" + rawValue);

    /// <summary>The minimal letter with a <c>date</c> member holding raw JSON.</summary>
    public static string WithDate(string rawValue) => Edit(Minimal, "\"kind\"", "\"date\":" + rawValue + ",\"kind\"");

    /// <summary>The minimal letter with <c>"kind"</c>'s value replaced by raw JSON.</summary>
    public static string WithKind(string rawValue) => Edit(Minimal, "\"open-letter\"", rawValue);

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
