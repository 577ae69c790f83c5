using System;
using System.Security.Cryptography;
using System.Text;

namespace Advocacy.Letters.Rendering.Internal;

/// <summary>The page's one style sheet, inline, and the Content-Security-Policy that allows it and nothing else.</summary>
internal static class HtmlStyle
{
    /// <summary>The text of the page's <c>style</c> element, exactly as written (its hash depends on every byte).</summary>
    public const string Css =
        "body{margin:0;background:#fff;color:#1b1b1b;font:1.0625rem/1.6 Georgia,\"Times New Roman\",serif}" +
        "header,main,footer{box-sizing:border-box;max-width:46rem;margin:0 auto;padding:0 1.25rem}" +
        "header{padding-top:2rem}" +
        "h1{font-size:1.8rem;line-height:1.25;margin:0 0 .5rem}" +
        "h2{font-size:1.3rem;margin:2.5rem 0 .75rem;padding-bottom:.2rem;border-bottom:1px solid #ccc}" +
        "h3{font-size:1.05rem;margin:1.75rem 0 .5rem}" +
        ".dateline{margin:0;color:#444}" +
        "address{font-style:normal;margin:1.25rem 0}" +
        ".signatures{columns:2 18rem;column-gap:2rem;margin:0;padding-left:1.25rem}" +
        ".signatures li{break-inside:avoid}" +
        ".demands li{margin:0 0 1rem}" +
        ".demands li:target{background:#fff4c2;outline:2px solid #8a6d00}" +
        "blockquote{margin:.25rem 0 0;padding-left:.8rem;border-left:3px solid #999;color:#333}" +
        "blockquote p{margin:0}" +
        "a{color:#0b4fbf}" +
        ".anchor{margin-left:.4rem;color:#555}" +
        "table{border-collapse:collapse;width:100%;font-size:.95rem}" +
        "caption{text-align:left;font-style:italic;margin-bottom:.4rem}" +
        "th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}" +
        "thead th{background:#f0f0f0}" +
        "footer{margin-top:3rem;padding-bottom:2rem;color:#444;font-size:.9rem}" +
        "@media print{a{color:inherit}.anchor{display:none}}";

    /// <summary>
    /// Gets the policy: nothing may load or run (<c>default-src 'none'</c>), except this style sheet, allowed by its
    /// SHA-256 hash; no base URL and no form target may be set.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Sha256(Css)}'; base-uri 'none'; form-action 'none'";

    private static string Sha256(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
#if NET
        return Convert.ToBase64String(SHA256.HashData(bytes));
#else
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(bytes));
#endif
    }
}
