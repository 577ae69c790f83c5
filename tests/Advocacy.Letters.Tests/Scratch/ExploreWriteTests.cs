#pragma warning disable
using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using Advocacy.Letters.Serialization;
using Xunit;

namespace Advocacy.Letters.Tests.Scratch;

public class ExploreWriteTests
{
    static Letter L => new() { Id = "x", Title = "t", Kind = LetterKind.OpenLetter, Language = "en", Addressees = [], Body = [], Demands = [], Signatories = [] };

    [Fact]
    public void Explore()
    {
        var sb = new StringBuilder();
        Try(sb, "null-title", L with { Title = null! });
        Try(sb, "null-schema", L with { SchemaVersion = null! });
        Try(sb, "bad-enum", L with { Kind = (LetterKind)42 });
        Try(sb, "null-item", L with { Body = [null!] });
        Try(sb, "null-string-item", L with { Demands = [new Demand { Id = "d", Paragraph = "p", Text = "t", Summary = "s", Themes = [null!] }] });
        Try(sb, "null-from", L with { Responses = [new LetterResponse { Id = "r", Date = PartialDate.FromYear(2011), From = null!, Channel = default, Stance = default, Summary = "s" }] });
        Try(sb, "lone-surrogate", L with { Title = "a\ud800b" });
        Try(sb, "default-arrays", L with { Body = default, Events = default });
        Try(sb, "nasty", L with { Title = "김정일 😀 שלום e\u0301 \"q\" \\ </script> \u2028 \u0000 \u001f \u007f \uFEFF" });
        Try(sb, "default-date", L with { Date = default(PartialDate) });
        File.WriteAllText("/tmp/explore-write.txt", sb.ToString());
    }

    static void Try(StringBuilder sb, string name, Letter l)
    {
        try
        {
            var s = LetterJson.ToJson(l);
            sb.AppendLine($"{name}: OK {s.Replace("\n", "\\n")}");
            try { var back = LetterJson.Parse(s); sb.AppendLine($"   back equal={back == l} bytes-equal={LetterJson.ToJson(back) == s}"); }
            catch (Exception ex) { sb.AppendLine($"   back: {ex.GetType().Name} {ex.Message}"); }
        }
        catch (Exception ex)
        {
            sb.AppendLine($"{name}: {ex.GetType().FullName} | {ex.Message} | inner={ex.InnerException?.GetType().Name}");
        }
        try { using var ms = new MemoryStream(); LetterJson.Write(l, ms); sb.AppendLine($"   stream wrote {ms.Length}"); }
        catch (Exception ex) { sb.AppendLine($"   stream: {ex.GetType().FullName}"); }
        try { using var ms = new MemoryStream(); LetterJson.WriteAsync(l, ms).GetAwaiter().GetResult(); sb.AppendLine($"   async wrote {ms.Length}"); }
        catch (Exception ex) { sb.AppendLine($"   async: {ex.GetType().FullName}"); }
    }
}
