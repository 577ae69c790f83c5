#pragma warning disable
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Advocacy.Letters.Serialization;
using Xunit;

namespace Advocacy.Letters.Tests.Scratch;

public class ExploreTests
{
    const string Min = """{"schemaVersion":"1.0","id":"x","title":"t","kind":"open-letter","language":"en","addressees":[],"body":[],"demands":[],"signatories":[]}""";
    const string Sig = """{"schemaVersion":"1.0","id":"x","title":"t","kind":"open-letter","language":"en","addressees":[],"body":[],"demands":[],"signatories":[{"type":"person","name":"a","label":"a"}]}""";

    [Fact]
    public void Explore()
    {
        var cases = new List<(string, byte[])>
        {
            ("empty", []),
            ("ws", "  \n "u8.ToArray()),
            ("null", "null"u8.ToArray()),
            ("scalar", "42"u8.ToArray()),
            ("string", "\"x\""u8.ToArray()),
            ("array", "[]"u8.ToArray()),
            ("trunc", Encoding.UTF8.GetBytes(Min[..40])),
            ("trunc2", "{"u8.ToArray()),
            ("badutf8", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "\"tX\"")).AsSpan().ToArray()),
            ("ff", [0xFF]),
            ("surrogate-escape", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "\"\\ud800\""))),
            ("surrogate-escape-low", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "\"\\udc00x\""))),
            ("depth", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", new string('[', 10000) + new string(']', 10000)))),
            ("depth-obj", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", string.Concat(System.Linq.Enumerable.Repeat("{\"a\":", 10000)) + "1" + new string('}', 10000)))),
            ("unknown-root", Encoding.UTF8.GetBytes(Min.Replace("{", "{\"colour\":1,"))),
            ("unknown-nested", Encoding.UTF8.GetBytes(Sig.Replace("\"label\":\"a\"", "\"label\":\"a\",\"colour\":\"red\""))),
            ("unknown-slash", Encoding.UTF8.GetBytes(Sig.Replace("\"label\":\"a\"", "\"label\":\"a\",\"a/b.c~d\":\"red\""))),
            ("dup-root", Encoding.UTF8.GetBytes(Min.Replace("{", "{\"id\":\"y\","))),
            ("dup-nested", Encoding.UTF8.GetBytes(Sig.Replace("\"label\":\"a\"", "\"label\":\"a\",\"name\":\"b\""))),
            ("missing-root", Encoding.UTF8.GetBytes(Min.Replace("\"title\":\"t\",", ""))),
            ("missing-two", Encoding.UTF8.GetBytes(Min.Replace("\"title\":\"t\",", "").Replace("\"id\":\"x\",", ""))),
            ("missing-nested", Encoding.UTF8.GetBytes(Sig.Replace(",\"label\":\"a\"", ""))),
            ("missing-schema", Encoding.UTF8.GetBytes(Min.Replace("\"schemaVersion\":\"1.0\",", ""))),
            ("null-string", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "null"))),
            ("null-array", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":null"))),
            ("null-opt-array", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":[],\"events\":null"))),
            ("null-object-item", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":[null]"))),
            ("null-string-item", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":[],\"sources\":[{\"id\":\"s\",\"url\":null}]"))),
            ("null-enum", Encoding.UTF8.GetBytes(Min.Replace("\"open-letter\"", "null"))),
            ("null-date-opt", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"date\":null,\"kind\""))),
            ("null-date-req", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":[],\"events\":[{\"type\":\"released\",\"date\":null}]"))),
            ("null-place-opt", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"place\":null,\"kind\""))),
            ("num-for-string", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "1"))),
            ("string-for-array", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":\"x\""))),
            ("object-for-string", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "{}"))),
            ("true-for-string", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "true"))),
            ("array-for-object", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":[[]]"))),
            ("string-for-object", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":[\"p\"]"))),
            ("num-in-string-array", Encoding.UTF8.GetBytes(Sig.Replace("\"demands\":[]", "\"demands\":[{\"id\":\"d\",\"paragraph\":\"p\",\"text\":\"t\",\"summary\":\"s\",\"themes\":[1]}]"))),
            ("date-0230", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"date\":\"2011-02-30\",\"kind\""))),
            ("date-13", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"date\":\"2011-13\",\"kind\""))),
            ("date-short", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"date\":\"11-09-08\",\"kind\""))),
            ("date-nopad", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"date\":\"2011-9-8\",\"kind\""))),
            ("date-number", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"date\":20110908,\"kind\""))),
            ("enum-unknown", Encoding.UTF8.GetBytes(Min.Replace("\"open-letter\"", "\"letter\""))),
            ("enum-case", Encoding.UTF8.GetBytes(Min.Replace("\"open-letter\"", "\"Open-Letter\""))),
            ("enum-number", Encoding.UTF8.GetBytes(Min.Replace("\"open-letter\"", "0"))),
            ("trailing-comma", Encoding.UTF8.GetBytes(Min.Replace("]}", "],}"))),
            ("trailing-comma-arr", Encoding.UTF8.GetBytes(Min.Replace("\"body\":[]", "\"body\":[{\"id\":\"a\",\"text\":\"b\"},]"))),
            ("comment", Encoding.UTF8.GetBytes("// hi\n" + Min)),
            ("comment-block", Encoding.UTF8.GetBytes(Min.Replace("{", "{/* x */"))),
            ("nan", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "NaN"))),
            ("single-quote", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "'t'"))),
            ("control", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "\"a\tb\""))),
            ("trailing-garbage", Encoding.UTF8.GetBytes(Min + "x")),
            ("two-docs", Encoding.UTF8.GetBytes(Min + Min)),
            ("schema-2", Encoding.UTF8.GetBytes(Min.Replace("\"1.0\"", "\"2.0\""))),
            ("big-date", Encoding.UTF8.GetBytes(Min.Replace("\"kind\"", "\"date\":\"" + new string('9', 1_000_000) + "\",\"kind\""))),
            ("big-name", Encoding.UTF8.GetBytes(Min.Replace("{", "{\"" + new string('n', 1_000_000) + "\":1,"))),
            ("big-enum", Encoding.UTF8.GetBytes(Min.Replace("\"open-letter\"", "\"" + new string('e', 1_000_000) + "\""))),
            ("big-number", Encoding.UTF8.GetBytes(Min.Replace("\"t\"", new string('9', 1_000_000)))),
            ("big-dup", Encoding.UTF8.GetBytes(Min.Replace("{", "{\"" + new string('n', 1_000_000) + "\":1,\"" + new string('n', 1_000_000) + "\":1,"))),
            ("bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Min)]),
            ("double-bom", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Min)]),
            ("utf16", Encoding.Unicode.GetBytes(Min)),
        };
        var bad = Encoding.UTF8.GetBytes(Min.Replace("\"t\"", "\"a\u00FFb\""));
        var i = Array.IndexOf(bad, (byte)0xC3);
        bad[i + 1] = 0x28;
        cases.Add(("c3-28", bad));

        var sb = new StringBuilder();
        foreach (var (name, bytes) in cases)
        {
            sb.Append("== ").AppendLine(name);
            Try(sb, "bytes", () => LetterJson.Parse(bytes));
            Try(sb, "stream", () => LetterJson.Read(new MemoryStream(bytes)));
            Try(sb, "async", () => LetterJson.ReadAsync(new MemoryStream(bytes)).AsTask().GetAwaiter().GetResult());
            Try(sb, "string", () => LetterJson.Parse(Encoding.UTF8.GetString(bytes)));
        }
        sb.AppendLine("== lone surrogate string");
        Try(sb, "string", () => LetterJson.Parse(Min.Replace("\"t\"", "\"\ud800\"")));
        Try(sb, "string-bom", () => LetterJson.Parse("\uFEFF" + Min));
        File.WriteAllText("/tmp/explore.txt", sb.ToString());
    }

    static void Try(StringBuilder sb, string api, Func<Letter> f)
    {
        try
        {
            var l = f();
            sb.Append("  ").Append(api).Append(": OK title=").AppendLine(l.Title.Length > 50 ? l.Title[..50] : l.Title);
        }
        catch (Exception ex)
        {
            var m = ex.Message;
            if (m.Length > 300) m = m[..300] + $"...(len {m.Length})";
            sb.Append("  ").Append(api).Append(": ").Append(ex.GetType().Name).Append(" | ").Append(m)
              .Append(" | ptr=").Append(ex is LetterJsonException lj ? (lj.Pointer is null ? "<null>" : lj.Pointer.Length > 80 ? lj.Pointer[..80] : lj.Pointer) : "-")
              .Append(" | line=").Append(ex is System.Text.Json.JsonException j ? j.LineNumber?.ToString() ?? "<null>" : "-")
              .Append(" | inner=").AppendLine(ex.InnerException?.GetType().Name + ": " + (ex.InnerException?.Message is { } im && im.Length > 150 ? im[..150] : ex.InnerException?.Message));
        }
    }
}
