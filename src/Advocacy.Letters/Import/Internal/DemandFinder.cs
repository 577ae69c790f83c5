using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace Advocacy.Letters.Import.Internal;

/// <summary>
/// Finds the demands in the body: sentences that ask ("We urge…", "we call on you to…", "we request…"), say what
/// someone should or must do ("X should…", "it is vital that…"), or list items that open with a verb, as after
/// "we ask that you:". A sentence asking for several things, its verbs joined by commas ("to end…, stop…, and
/// close…"), is split at those verbs: one demand each. The demand's text is the exact words of its paragraph.
/// </summary>
internal sealed class DemandFinder(ImportSession session, string? addresseeName)
{
    private const int LookAhead = 16;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "e.g", "i.e", "art", "para", "paras", "p", "pp", "u.s", "u.n", "u.k",
        "inc", "ltd", "co", "gen", "sen", "rep", "hon", "rt", "jr", "sr", "rev", "fr", "h.e", "al", "cf", "vol", "ed", "approx", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "op", "cit", "ibid", "etc",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "should", "must", "ought" };

    private static readonly HashSet<string> Beliefs = new(StringComparer.Ordinal)
    {
        "believe", "consider", "think", "feel", "maintain", "insist", "convinced", "trust", "stress", "emphasise", "emphasize", "note",
    };

    private static readonly HashSet<string> Necessities = new(StringComparer.Ordinal)
    {
        "vital", "essential", "crucial", "imperative", "important", "necessary", "critical", "urgent", "time", "paramount", "indispensable",
    };

    private static readonly HashSet<string> ClauseSubjectsToSkip = new(StringComparer.Ordinal)
    {
        "we", "i", "this", "there", "these", "those", "such", "which", "who", "that", "what", "one", "nothing", "no", "if",
        "whether", "unless", "how", "why", "when", "you",
    };

    private static readonly string[] Cuts = [", which ", " so that ", ", so that ", ", because ", " because ", ", given ", ", as this ", ", as it ", ", as they ", ", thereby ", " — ", " – "];

    private static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        ["release"] = "release", ["end"] = "end", ["abolition"] = "abolish", ["ratification"] = "ratify", ["repeal"] = "repeal",
        ["withdrawal"] = "withdraw", ["establishment"] = "establish", ["implementation"] = "implement", ["cessation"] = "cease",
        ["suspension"] = "suspend", ["restoration"] = "restore", ["protection"] = "protect", ["investigation"] = "investigate",
        ["investigations"] = "investigate", ["review"] = "review", ["closure"] = "close", ["return"] = "return", ["halt"] = "halt",
        ["moratorium"] = "suspend", ["creation"] = "create", ["adoption"] = "adopt", ["revision"] = "revise", ["lifting"] = "lift",
        ["removal"] = "remove", ["dismissal"] = "drop", ["access"] = "provide-access", ["accountability"] = "hold-accountable",
        ["justice"] = "ensure-justice", ["inquiry"] = "investigate", ["commission"] = "establish", ["ban"] = "ban", ["support"] = "support",
        ["action"] = "act", ["reform"] = "reform", ["reforms"] = "reform", ["cancellation"] = "cancel", ["resumption"] = "resume",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["given"] = "give", ["taken"] = "take", ["held"] = "hold", ["brought"] = "bring", ["made"] = "make", ["put"] = "put",
        ["set"] = "set", ["kept"] = "keep", ["withdrawn"] = "withdraw", ["freed"] = "free", ["done"] = "do", ["seen"] = "see",
        ["paid"] = "pay", ["met"] = "meet", ["led"] = "lead", ["sent"] = "send", ["shut"] = "close", ["lifted"] = "lift",
    };

    private static readonly char[] ActorPunctuation = ['.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '(', ')', '[', ']', '_', ' '];

    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> nextNumbers = new(StringComparer.Ordinal);

    public ImmutableArray<Demand>.Builder Demands { get; } = ImmutableArray.CreateBuilder<Demand>();

    /// <summary>Finds the demands of one paragraph; <paramref name="afterLeadIn"/> when it is a list item after "we ask that you:".</summary>
    public void Find(string paragraphId, BodyParagraph paragraph, bool afterLeadIn)
    {
        var text = paragraph.Text;
        session.Step(text.Length);
        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return;
        }

        if (paragraph.IsListItem && (afterLeadIn || StartsWithVerb(tokens, text, 0)))
        {
            var verb = FirstVerb(tokens, text, 0, Math.Min(tokens.Count - 1, 5));
            if (verb.Index < 0 && tokens[0].Bare.Length > 1 && IsWord(tokens[0].Bare))
            {
                // An item after "we ask that you:" starts with what to do, even a verb the vocabulary lacks ("open…").
                verb = (0, tokens[0].Bare);
            }

            Add(paragraphId, text, tokens, new DemandSpan { First = 0, Last = tokens.Count - 1, ActionToken = verb.Index, Action = verb.Lemma, Actor = addresseeName });
            return;
        }

        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i == tokens.Count - 1 || EndsSentence(tokens, i, text))
            {
                Sentence(paragraphId, text, tokens, start, i);
                start = i + 1;
            }
        }
    }

    /// <summary>Tells whether a paragraph is a lead-in to a list of demands: it asks, and ends in a colon.</summary>
    public static bool IsLeadIn(BodyParagraph paragraph)
    {
        var text = paragraph.Text.TrimEnd();
        if (!text.EndsWith(':'))
        {
            return false;
        }

        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Vocabulary.AskingVerbs.Contains(tokens[i].Bare) || Modals.Contains(tokens[i].Bare) || tokens[i].Bare is "recommendations" or "demands" or "following")
            {
                return true;
            }
        }

        return false;
    }

    private void Sentence(string paragraphId, string text, List<Token> tokens, int first, int last)
    {
        // A question asks nothing of the addressee; a lead-in ending in a colon asks in the list items after it.
        if (text[tokens[last].End - 1] is '?' or ':')
        {
            return;
        }

        var spans = new List<DemandSpan>();
        var covered = first - 1;
        for (var i = first; i <= last; i++)
        {
            if (i <= covered)
            {
                continue;
            }

            var span = Asking(tokens, text, i, last) ?? Belief(tokens, text, i, last) ?? Necessity(tokens, text, i, last, first) ??
                       Please(tokens, text, i, first, last) ?? Modal(tokens, text, i, first, last, covered);
            if (span is null)
            {
                continue;
            }

            spans.Add(span);
            covered = span.Last;
            i = span.Last;
        }

        foreach (var span in spans)
        {
            foreach (var piece in SplitAtVerbs(tokens, text, span))
            {
                Add(paragraphId, text, tokens, piece);
            }
        }
    }

    // "We (also) urge you to …", "We, the undersigned organisations, call on …", "we first appeal to you to …"
    private DemandSpan? Asking(List<Token> tokens, string text, int i, int last)
    {
        var subject = tokens[i].Bare;
        var subjectIsUs = subject is "we" or "i";
        if (!subjectIsUs && subject is not ("undersigned" or "signatories" or "organisations" or "organizations" or "coalition" or "signatory"))
        {
            return null;
        }

        // "We, the undersigned organisations, urge …": the verb comes after the words set off by commas.
        var from = i + 1;
        if (text[tokens[i].End - 1] == ',')
        {
            while (from <= last && from < i + 10 && text[tokens[from].End - 1] != ',')
            {
                from++;
            }

            from++;
        }

        var limit = Math.Min(last, from + 6);
        for (var j = from; j <= limit; j++)
        {
            var bare = tokens[j].Bare;
            if (Vocabulary.AskingVerbs.Contains(bare) && !(bare is "hope" or "expect" or "propose" or "suggest" or "renew" or "reiterate" or "echo" or "join") &&
                (subjectIsUs || bare is not ("press" or "petition" or "appeal")))
            {
                if (bare is "call" or "calls" or "calling" && j + 1 <= last && tokens[j + 1].Bare is not ("on" or "upon" or "for" or "to"))
                {
                    return null;
                }

                if (bare is "invite" && j + 1 <= last && tokens[j + 1].Bare is not "you")
                {
                    return null;
                }

                var actionStart = ActionStart(tokens, text, j, last, out var actor);
                var verb = actionStart >= 0 ? FirstVerb(tokens, text, actionStart, Math.Min(last, actionStart + 6)) : (-1, null);
                if (verb.Index < 0)
                {
                    // "We respectfully request a meeting", "we ask for an inquiry": no verb says what to do, so asking is the action.
                    verb = (j, AskingLemma(bare));
                }

                return new DemandSpan
                {
                    First = subjectIsUs ? i : SubjectStart(tokens, i),
                    Last = last,
                    ActionToken = verb.Index >= 0 ? verb.Index : actionStart,
                    Action = verb.Lemma,
                    Actor = actor,
                };
            }

            if (!Vocabulary.Adverbs.Contains(bare) && bare is not ("writing" or "reiterate" or "renew" or "repeat" or "echo" or "our" or "join" or "herewith" or "hereby" or "strongly" or "once" or "again" or "therefore"))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsWord(string bare)
    {
        foreach (var c in bare)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The base form of an asking verb: "requests", "requesting" → "request"; "urging" → "urge".</summary>
    private static string AskingLemma(string bare)
    {
        if (bare.EndsWith("ing", StringComparison.Ordinal) && bare.Length > 5)
        {
            var stem = bare.Substring(0, bare.Length - 3);
            return Vocabulary.AskingVerbs.Contains(stem) ? stem : Vocabulary.AskingVerbs.Contains(stem + "e") ? stem + "e" : stem;
        }

        return bare.EndsWith('s') && Vocabulary.AskingVerbs.Contains(bare.Substring(0, bare.Length - 1)) ? bare.Substring(0, bare.Length - 1) : bare;
    }

    // "The undersigned organisations call…": the subject starts a few words back, at "The".
    private static int SubjectStart(List<Token> tokens, int i) => i > 0 && tokens[i - 1].Bare is "the" ? i - 1 : i;

    private int ActionStart(List<Token> tokens, string text, int verb, int last, out string? actor)
    {
        actor = null;
        var from = verb + 1;
        if (from <= last && tokens[verb].Bare is "appeal" or "appeals" or "appealing" && tokens[from].Bare == "to")
        {
            from++;
        }

        if (from <= last && tokens[from].Bare is "on" or "upon")
        {
            from++;
        }

        var limit = Math.Min(last, from + LookAhead);
        for (var k = from; k <= limit; k++)
        {
            var bare = tokens[k].Bare;
            if (bare is "to" or "that" || (bare == "for" && k == from))
            {
                actor = Actor(tokens, text, from, k - 1);
                return k + 1 <= last ? k + 1 : -1;
            }
        }

        return -1;
    }

    private string? Actor(List<Token> tokens, string text, int first, int last)
    {
        if (last < first || last - first > 8)
        {
            return null;
        }

        if (first == last && tokens[first].Bare == "you")
        {
            return addresseeName;
        }

        return Words(tokens, text, first, last);
    }

    // "we believe (that) it is vital that X …", "and we believe that the DPRK should …": the demand is the clause.
    private static DemandSpan? Belief(List<Token> tokens, string text, int i, int last)
    {
        if (tokens[i].Bare is not ("we" or "i"))
        {
            return null;
        }

        var j = i + 1;
        while (j <= last && j < i + 4 && tokens[j].Bare is "also" or "strongly" or "firmly" or "further" or "therefore" or "are" or "deeply" or "truly")
        {
            j++;
        }

        if (j > last || !Beliefs.Contains(tokens[j].Bare))
        {
            return null;
        }

        j++;
        if (j <= last && tokens[j].Bare == "that")
        {
            j++;
        }

        if (j + 3 <= last && tokens[j].Bare == "it" && tokens[j + 1].Bare is "is" or "remains" && Necessities.Contains(tokens[j + 2].Bare) && tokens[j + 3].Bare is "that" or "for" or "to")
        {
            var clause = tokens[j + 3].Bare == "to" ? j : j + 4;
            if (clause > last)
            {
                return null;
            }

            var verb = PassiveOrFirstVerb(tokens, text, clause, last);
            return new DemandSpan { First = clause, Last = last, ActionToken = verb.Index, Action = verb.Lemma };
        }

        for (var m = j; m <= Math.Min(last, j + 12); m++)
        {
            if (Modals.Contains(tokens[m].Bare) || (tokens[m].Bare is "need" or "needs" && m + 1 <= last && tokens[m + 1].Bare == "to"))
            {
                var verb = FirstVerb(tokens, text, m + 1, Math.Min(last, m + 5));
                return new DemandSpan { First = j, Last = last, ActionToken = verb.Index, Action = verb.Lemma, Actor = Words(tokens, text, j, m - 1) };
            }
        }

        return null;
    }

    // "It is vital that …" opening a sentence.
    private static DemandSpan? Necessity(List<Token> tokens, string text, int i, int last, int first)
    {
        if (i != first || i + 3 > last || tokens[i].Bare != "it" || tokens[i + 1].Bare is not ("is" or "remains") || !Necessities.Contains(tokens[i + 2].Bare) ||
            tokens[i + 3].Bare is not ("that" or "for"))
        {
            return null;
        }

        var clause = i + 4;
        if (clause > last)
        {
            return null;
        }

        var verb = PassiveOrFirstVerb(tokens, text, clause, last);
        return verb.Index < 0 ? null : new DemandSpan { First = clause, Last = last, ActionToken = verb.Index, Action = verb.Lemma };
    }

    // "Please release …"
    private static DemandSpan? Please(List<Token> tokens, string text, int i, int first, int last)
    {
        if (i != first || tokens[i].Bare != "please" || i + 1 > last)
        {
            return null;
        }

        var verb = FirstVerb(tokens, text, i + 1, Math.Min(last, i + 3));
        return verb.Index < 0 || verb.Lemma is "do" or "contact" or "find" or "note" or "feel" ? null : new DemandSpan { First = i, Last = last, ActionToken = verb.Index, Action = verb.Lemma };
    }

    // "Your government should extend …", "The authorities must release …", "…, and the DPRK should …"
    private static DemandSpan? Modal(List<Token> tokens, string text, int m, int first, int last, int covered)
    {
        var bare = tokens[m].Bare;
        var modal = Modals.Contains(bare) || (bare is "need" or "needs" && m + 1 <= last && tokens[m + 1].Bare == "to");
        if (!modal || m == first)
        {
            return null;
        }

        // The clause starts after "and", ";", "but" or "that", or at the sentence start; never more than 12 words back.
        var start = m;
        while (start > first && start > covered + 1 && m - start < 12)
        {
            var previous = tokens[start - 1];
            var ch = text[previous.End - 1];
            if (ch is ';' or ':' || previous.Bare is "that" or "and" or "but" or "while" or "whereas" && (start - 2 < first || text[tokens[start - 2].End - 1] == ',' || previous.Bare == "that"))
            {
                break;
            }

            if (ch == ',' && start - 1 > first)
            {
                break;
            }

            start--;
        }

        if (start == m || ClauseSubjectsToSkip.Contains(tokens[start].Bare) || tokens[m - 1].Bare is "who" or "which" or "that")
        {
            return null;
        }

        if (m + 1 <= last && tokens[m + 1].Bare is "you" or "we" or "be" && m + 2 <= last && tokens[m + 2].Bare is "noted" or "recalled" or "remembered" or "stressed")
        {
            return null;
        }

        var verb = FirstVerb(tokens, text, m + 1, Math.Min(last, m + 5));
        if (verb.Index < 0)
        {
            return null;
        }

        return new DemandSpan { First = start, Last = last, ActionToken = verb.Index, Action = verb.Lemma, Actor = Words(tokens, text, start, m - 1) };
    }

    private static string? Words(List<Token> tokens, string text, int first, int last)
    {
        if (last < first || last - first > 8)
        {
            return null;
        }

        // The actor as the letter spells it ("G20", "Government of the DPRK"), without a leading article.
        if (first < last && tokens[first].Bare is "the" or "a" or "an")
        {
            first++;
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].End - tokens[i].Start).Replace("*", string.Empty).Trim(ActorPunctuation);
            if (word.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Splits "to end …, stop …, close …, and immediately end …" at each verb after a comma; one piece when there is none.</summary>
    private static List<DemandSpan> SplitAtVerbs(List<Token> tokens, string text, DemandSpan span)
    {
        var pieces = new List<DemandSpan>();
        var cut = CutAt(tokens, text, span);
        var from = span.ActionToken >= 0 ? span.ActionToken : span.First;
        var starts = new List<int>();
        for (var k = from + 1; k < cut; k++)
        {
            if (text[tokens[k].End - 1] is not (',' or ';'))
            {
                continue;
            }

            var next = k + 1;
            if (next <= cut && tokens[next].Bare is "and" or "or")
            {
                next++;
            }

            // "…, to provide" goes on with the same request; only a bare verb starts another.
            var verb = tokens[next].Bare == "to" ? (-1, null) : FirstVerb(tokens, text, next, Math.Min(cut, next + 1));
            if (verb.Index >= 0 && verb.Index < cut && char.IsLower(text[tokens[verb.Index].Start]) && tokens[verb.Index].Bare is not ("be" or "do" or "make" or "set" or "list"))
            {
                starts.Add(next);
            }
        }

        if (starts.Count == 0)
        {
            pieces.Add(new DemandSpan { First = span.First, Last = cut, ActionToken = span.ActionToken, Action = span.Action, Actor = span.Actor });
            return pieces;
        }

        // The first piece keeps its subject when the demand is stated ("The government should revise …"), not asked.
        var firstStart = span.ActionToken > span.First && IsAskedForm(tokens, span) ? ActionPieceStart(tokens, span) : span.First;
        var bounds = new List<int> { firstStart };
        bounds.AddRange(starts);
        for (var b = 0; b < bounds.Count; b++)
        {
            var pieceFirst = bounds[b];
            var pieceLast = b + 1 < bounds.Count ? bounds[b + 1] - 1 : cut;
            while (pieceLast > pieceFirst && tokens[pieceLast].Bare is "and" or "or")
            {
                pieceLast--;
            }

            var verb = b == 0 ? (span.ActionToken, span.Action) : FirstVerb(tokens, text, pieceFirst, Math.Min(pieceLast, pieceFirst + 2));
            pieces.Add(new DemandSpan { First = pieceFirst, Last = pieceLast, ActionToken = verb.Item1, Action = verb.Item2, Actor = span.Actor });
        }

        return pieces;
    }

    private static bool IsAskedForm(List<Token> tokens, DemandSpan span)
    {
        for (var i = span.First; i < span.ActionToken && i < span.First + 20; i++)
        {
            if (Vocabulary.AskingVerbs.Contains(tokens[i].Bare))
            {
                return true;
            }
        }

        return false;
    }

    // Back from the action verb over its adverbs: "immediately release".
    private static int ActionPieceStart(List<Token> tokens, DemandSpan span)
    {
        var start = span.ActionToken;
        while (start - 1 > span.First && Vocabulary.Adverbs.Contains(tokens[start - 1].Bare) && tokens[start - 1].Bare is not ("to" or "the" or "all"))
        {
            start--;
        }

        return start;
    }

    /// <summary>The last token of the demand: before ", which", " so that" and the like, when those come after its verb.</summary>
    private static int CutAt(List<Token> tokens, string text, DemandSpan span)
    {
        var from = tokens[span.ActionToken >= 0 ? span.ActionToken : span.First].Start;
        var to = tokens[span.Last].End;
        var best = to;
        foreach (var cut in Cuts)
        {
            var at = text.IndexOf(cut, from, to - from, StringComparison.Ordinal);
            if (at > from && at < best)
            {
                best = at;
            }
        }

        var last = span.Last;
        while (last > span.First && tokens[last].Start >= best)
        {
            last--;
        }

        return last;
    }

    private void Add(string paragraphId, string text, List<Token> tokens, DemandSpan span)
    {
        if (span.Last - span.First < 1)
        {
            return;
        }

        var start = tokens[span.First].Start;
        var end = tokens[span.Last].End;
        var words = TrimOpening(TrimClosing(text.Substring(start, end - start)));
        if (words.Length < 6)
        {
            return;
        }

        var action = span.Action;
        var id = TextTools.Unique(IdFor(tokens, span, action), ids, nextNumbers);
        Demands.Add(new Demand
        {
            Id = id,
            Paragraph = paragraphId,
            Text = words,
            Summary = Summary(text, tokens, span, end).Trim() is { Length: > 0 } summary ? summary : words,
            Action = action,
            Actors = span.Actor?.Trim() is { Length: > 0 } actor ? [actor] : [],
            Instruments = Instruments(words),
        });
    }

    // Quotes left open at the start ("“", "' ") and the white space after them are no part of the demand.
    private static string TrimOpening(string words)
    {
        var start = 0;
        while (start < words.Length && (words[start] is '"' or '“' or '‘' or '\'' || char.IsWhiteSpace(words[start])))
        {
            start++;
        }

        return words.Substring(start);
    }

    // Nor are the sentence's closing punctuation and white space of any kind ("act now\t.").
    private static string TrimClosing(string words)
    {
        var end = words.Length;
        while (end > 0 && (words[end - 1] is '.' or ',' or ';' or ':' or '!' || char.IsWhiteSpace(words[end - 1])))
        {
            end--;
        }

        return words.Substring(0, end);
    }

    private static string IdFor(List<Token> tokens, DemandSpan span, string? action)
    {
        var parts = new List<string>();
        if (action is not null)
        {
            parts.Add(action);
        }

        var from = span.ActionToken >= 0 ? span.ActionToken + 1 : span.First;
        for (var i = from; i <= span.Last && parts.Count < 4; i++)
        {
            var bare = tokens[i].Bare;
            if (bare.Length > 2 && !Vocabulary.Adverbs.Contains(bare) && bare is not ("the" or "and" or "for" or "with" or "your" or "its" or "their" or "his" or "her" or "our" or "any" or "such" or "these" or "those" or "this" or "that" or "from" or "who" or "which" or "are" or "was" or "were" or "has" or "have" or "been" or "into"))
            {
                parts.Add(bare);
            }
        }

        var slug = TextTools.Slug(string.Join(" ", parts), 40);
        return slug.Length == 0 ? "demand" : slug;
    }

    private static string Summary(string text, List<Token> tokens, DemandSpan span, int end)
    {
        var from = span.ActionToken >= 0 && span.ActionToken <= span.Last ? span.ActionToken : span.First;
        var builder = new StringBuilder();
        var count = 0;
        var cut = false;
        for (var i = from; i <= span.Last; i++)
        {
            if (count == 18)
            {
                cut = true;
                break;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(text, tokens[i].Start, tokens[i].End - tokens[i].Start);
            count++;
        }

        _ = end;
        var summary = builder.ToString().Replace("*", string.Empty).TrimEnd('.', ',', ';', ':', ' ');
        if (summary.Length == 0)
        {
            return "A demand.";
        }

        summary = char.ToUpperInvariant(summary[0]) + summary.Substring(1);
        return summary + (cut ? "…" : ".");
    }

    private static ImmutableArray<string> Instruments(string words)
    {
        var found = ImmutableArray.CreateBuilder<string>();
        var open = words.IndexOf('(');
        while (open >= 0)
        {
            var close = words.IndexOf(')', open + 1);
            if (close < 0)
            {
                break;
            }

            var inner = words.Substring(open + 1, close - open - 1).Trim();
            if (TextTools.IsAcronymLike(inner) && Advocacy.Letters.Internal.CountryNames.Find(inner) is null && !found.Contains(inner))
            {
                found.Add(inner);
            }

            open = words.IndexOf('(', close + 1);
        }

        return found.ToImmutable();
    }

    private static bool StartsWithVerb(List<Token> tokens, string text, int from)
    {
        var verb = FirstVerb(tokens, text, from, Math.Min(tokens.Count - 1, from + 2));
        return verb.Index >= 0;
    }

    /// <summary>The first action verb from <paramref name="from"/> to <paramref name="to"/>, over adverbs and "to"; its lemma.</summary>
    private static (int Index, string? Lemma) FirstVerb(List<Token> tokens, string text, int from, int to)
    {
        for (var k = from; k <= to && k < tokens.Count; k++)
        {
            var bare = tokens[k].Bare;
            if (bare == "be" && k + 1 < tokens.Count && Lemma(tokens[k + 1].Bare) is { } passive)
            {
                return (k + 1, passive);
            }

            if (Vocabulary.ActionVerbs.Contains(bare) && bare is not ("be" or "do"))
            {
                return (k, bare);
            }

            if (bare is "an" && k + 2 < tokens.Count && tokens[k + 1].Bare == "end")
            {
                return (k + 1, "end");
            }

            if (Nouns.TryGetValue(bare, out var fromNoun) && k > from)
            {
                return (k, fromNoun);
            }

            if (!Vocabulary.Adverbs.Contains(bare) && bare is not ("to" or "you" or "your" or "please" or "not" or "the" or "immediate" or "urgent" or "prompt" or "full" or "an" or "a" or "swift" or "independent" or "unconditional" or "thorough"))
            {
                return (-1, null);
            }
        }

        _ = text;
        return (-1, null);
    }

    // "monitors … are provided with access": the verb is the participle after "is"/"are"/"be".
    private static (int Index, string? Lemma) PassiveOrFirstVerb(List<Token> tokens, string text, int from, int to)
    {
        for (var k = from; k < to && k < from + 30; k++)
        {
            if (tokens[k].Bare is "is" or "are" or "be" or "been" && Lemma(tokens[k + 1].Bare) is { } lemma)
            {
                return (k + 1, lemma);
            }

            if (Modals.Contains(tokens[k].Bare))
            {
                return FirstVerb(tokens, text, k + 1, Math.Min(to, k + 5));
            }
        }

        return (from, null);
    }

    private static string? Lemma(string participle)
    {
        if (Irregular.TryGetValue(participle, out var irregular))
        {
            return irregular;
        }

        if (!participle.EndsWith("ed", StringComparison.Ordinal) || participle.Length < 4)
        {
            return null;
        }

        var stem = participle.Substring(0, participle.Length - 2);
        if (Vocabulary.ActionVerbs.Contains(stem))
        {
            return stem;
        }

        if (Vocabulary.ActionVerbs.Contains(stem + "e"))
        {
            return stem + "e";
        }

        if (stem.EndsWith('i') && Vocabulary.ActionVerbs.Contains(stem.Remove(stem.Length - 1) + "y"))
        {
            return stem.Remove(stem.Length - 1) + "y";
        }

        if (stem.Length > 2 && stem[stem.Length - 1] == stem[stem.Length - 2] && Vocabulary.ActionVerbs.Contains(stem.Substring(0, stem.Length - 1)))
        {
            return stem.Substring(0, stem.Length - 1);
        }

        return null;
    }

    private static bool EndsSentence(List<Token> tokens, int i, string text)
    {
        var token = tokens[i];
        var end = token.End - 1;
        while (end > token.Start && text[end] is '"' or '”' or '’' or ')' or ']' or '*' or '\'')
        {
            end--;
        }

        var c = text[end];
        if (c is '!' or '?' or '…')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        var bare = token.Bare;
        if (bare.Length <= 1 || Abbreviations.Contains(bare) || Abbreviations.Contains(bare.TrimEnd('.')))
        {
            return false;
        }

        // "U.N." and "e.g." hold inner dots.
        var word = text.Substring(token.Start, end - token.Start);
        if (word.Contains('.', StringComparison.Ordinal) && word.Length <= 5)
        {
            return false;
        }

        if (i + 1 < tokens.Count)
        {
            var next = text[tokens[i + 1].Start];
            return char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '(' or '*' || TextTools.HasUncasedLetters(next.ToString());
        }

        return true;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                // The bare form is for matching words; a long token is cut, never inside a surrogate pair.
                var length = Math.Min(i - start, 40);
                if (length < i - start && char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--;
                }

                tokens.Add(new Token(start, i, TextTools.Bare(text.Substring(start, length))));
            }
        }

        return tokens;
    }
}
