using System;
using System.Collections.Generic;

namespace Advocacy.Letters.Import.Internal;

/// <summary>Recognises the parts of a letter line by line: salutation, valediction, labelled lines, prose, signatures.</summary>
internal static class LetterParts
{
    private static readonly HashSet<string> Salutations = new(StringComparer.OrdinalIgnoreCase)
    {
        "your excellency", "your excellencies", "excellencies", "excellency", "your majesty", "your highness", "sir", "madam",
        "sir or madam", "madam or sir", "sir/madam", "madam/sir", "to whom it may concern", "ladies and gentlemen", "mr. president",
        "mr president", "madam president", "madame president", "honourable members", "honorable members", "distinguished members",
        "esteemed colleagues", "hello", "greetings", "good morning", "good afternoon", "mesdames, messieurs", "mesdames et messieurs",
        "monsieur le président", "madame la présidente", "excelentísimo señor presidente", "señor presidente", "sehr geehrte damen und herren",
        "honourable ministers", "honorable ministers", "dear all", "friends", "colleagues", "your holiness", "excellences",
    };

    private static readonly HashSet<string> SalutationOpenings = new(StringComparer.OrdinalIgnoreCase)
    {
        "your", "excellency", "excellencies", "honourable", "honorable", "distinguished", "esteemed", "respected", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "madam", "madame", "sir", "hon.", "members", "colleagues", "friends", "monsieur", "estimado", "estimada",
        "estimados", "sehr", "cher", "chère", "chers", "querido", "querida", "excelentísimo", "excelentísima", "excmo.", "excma.",
        "h.e.", "his", "her", "greetings", "hi", "hello",
    };

    private static readonly string[] SignatureOpenings = ["signatories", "signed by", "list of signatories", "signatory organisations", "signatory organizations", "co-signed by", "endorsed by", "supported by", "signing organisations", "signing organizations"];

    private static readonly string[] SubjectLabels = ["subject:", "subj:", "re:", "re :", "objet:", "object:", "regarding:", "concerning:", "asunto:", "betreff:", "title:"];

    private static readonly string[] ToLabels = ["to:", "to :", "addressed to:", "attn:", "attention:", "attn.:", "à:", "a:", "para:", "an:"];

    private static readonly string[] FromLabels = ["from:", "de:", "sender:", "von:"];

    public static bool IsSalutation(string line)
    {
        var t = TextTools.StripEmphasis(line).Trim();
        var words = TextTools.WordCount(t);
        if (t.Length == 0 || words > 14 || StartsWithLabel(t, ToLabels) is not null)
        {
            return false;
        }

        var lower = t.ToLowerInvariant();
        var core = lower.TrimEnd(',', ':', ';', '!', '.').Trim();
        if (lower.StartsWith("dear ", StringComparison.Ordinal) || lower.StartsWith("my dear ", StringComparison.Ordinal) || lower.StartsWith("dearest ", StringComparison.Ordinal))
        {
            // "Dear President, dear Commissioners," — but not a sentence that happens to start so.
            return words <= 12 && !(TextTools.EndsSentence(t) && words > 6);
        }

        if (Salutations.Contains(core))
        {
            return true;
        }

        var last = t[t.Length - 1];
        return words <= 8 && last is ',' or ':' or '!' && SalutationOpenings.Contains(TextTools.FirstWord(t));
    }

    /// <summary>Tells whether a line is a valediction; <paramref name="rest"/> is what follows it on the line ("Sincerely, Jane Doe").</summary>
    public static bool IsValediction(string line, out string rest)
    {
        rest = string.Empty;
        var t = TextTools.StripEmphasis(line).Trim();
        var colon = t.IndexOf(':');
        if (colon > 0 && colon < 40 && IsSignatureOpening(t.Substring(0, colon).ToLowerInvariant()))
        {
            // "Signed by: A, B, C" holds its list on the same line, however long.
            rest = t.Substring(colon + 1).Trim();
            return true;
        }

        if (t.Length == 0 || t.Length > 120)
        {
            return false;
        }

        var lower = t.ToLowerInvariant();
        var core = lower.TrimEnd(',', ':', ';', '.', '!', '-', '–').Trim();
        if (Vocabulary.Valedictions.Contains(core))
        {
            return true;
        }

        var comma = t.IndexOf(',');
        if (comma > 0 && Vocabulary.Valedictions.Contains(lower.Substring(0, comma).Trim()) && TextTools.WordCount(lower.Substring(0, comma)) <= 4)
        {
            rest = t.Substring(comma + 1).Trim();
            return true;
        }

        return IsSignatureOpening(core) && TextTools.WordCount(core) <= 8;
    }

    private static bool IsSignatureOpening(string lower)
    {
        var t = lower.Trim();
        foreach (var opening in SignatureOpenings)
        {
            if (t.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return Vocabulary.Valedictions.Contains(t);
    }

    public static bool IsClosing(string paragraph)
    {
        var lower = paragraph.TrimStart('*', '_', ' ').ToLowerInvariant();
        foreach (var prefix in new[] { "once again, ", "again, ", "finally, ", "in closing, ", "in conclusion, ", "lastly, " })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower.Substring(prefix.Length);
                break;
            }
        }

        foreach (var opening in Vocabulary.ClosingOpenings)
        {
            if (lower.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text after a label ("Subject: …"), or <see langword="null"/> when the line has none of <paramref name="labels"/>.</summary>
    public static string? StartsWithLabel(string line, string[] labels)
    {
        var t = TextTools.StripEmphasis(line.TrimStart()).TrimStart();
        foreach (var label in labels)
        {
            if (t.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return t.Substring(label.Length).Trim().Trim('*').Trim();
            }
        }

        // "**To:** …" after emphasis is gone: "To: …"
        return null;
    }

    public static string? Subject(string line) => StartsWithLabel(line, SubjectLabels);

    public static string? To(string line) => StartsWithLabel(line, ToLabels);

    public static bool IsFrom(string line) => StartsWithLabel(line, FromLabels) is not null;

    /// <summary>Tells whether a block of text is prose: a paragraph of sentences, not a name, an address or a list.</summary>
    public static bool IsProse(string joined, int longestLine)
    {
        var words = TextTools.WordCount(joined);
        return longestLine > 150 || words >= 15 && (TextTools.EndsSentence(joined) || joined.TrimEnd().EndsWith(':'));
    }

    /// <summary>Tells whether a line may belong to the list of signatures that ends a letter.</summary>
    public static bool IsSignatureLike(string line)
    {
        var t = TextTools.StripListMarker(line, out var marked);
        t = TextTools.StripEmphasis(t);
        if (t.Length == 0)
        {
            return true;
        }

        var words = TextTools.WordCount(t);
        if (words > 30 || t.Length > 250)
        {
            return false;
        }

        if (SignatureBlock.CopyMark(t) is not null)
        {
            return true;
        }

        if (TextTools.EndsSentence(t) && words >= 9)
        {
            return false;
        }

        if (TextTools.StartsLower(t) && !marked)
        {
            return false;
        }

        if (t.EndsWith(';') && marked)
        {
            return false;
        }

        return !IsSalutation(t);
    }
}
