using System;
using System.Collections.Generic;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Import.Internal;

/// <summary>What a name looks like: a person's, an organisation's, a role, a city.</summary>
internal static class NameShapes
{
    private static readonly string[] UncasedOrganizationMarks =
    [
        "会", "協会", "协会", "센터", "협회", "연대", "모임", "단체", "연합", "재단", "위원회", "네트워크", "운동", "본부", "인권", "시민", "中心",
        "组织", "組織", "联盟", "聯盟", "基金", "委员会", "委員会", "研究所", "网络", "網絡", "団体", "ネットワーク", "センター", "機構", "机构",
        "جمعية", "مركز", "منظمة", "مؤسسة", "شبكة", "رابطة", "هيئة", "اتحاد", "لجنة", "حركة", "مرصد", "ארגון", "עמותת", "מרכז", "אגודת",
        "संगठन", "संस्था", "मंच", "ट्रस्ट", "สมาคม", "มูลนิธิ", "ศูนย์", "เครือข่าย",
    ];

    private static readonly string[] CasedNonLatinOrganizationMarks =
    [
        "центр", "общество", "ассоциация", "фонд", "комитет", "союз", "мемориал", "правозащит", "движение", "организация",
        "сеть", "клуб", "институт", "группа", "коалиция", "лига", "громадськ", "спілка", "ένωση", "σύλλογος", "κέντρο",
        "οργάνωση", "ίδρυμα", "δίκτυο", "центар", "удружење",
    ];

    private static readonly HashSet<string> CityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "north", "south", "east", "west", "saint", "st", "st.", "san", "santa", "los", "las", "el", "la", "de", "port", "city",
    };

    /// <summary>Tells whether <paramref name="name"/> reads as a person's name: two to four capitalised words, no organisation word.</summary>
    public static bool LooksLikePerson(string name, out bool hadHonorific)
    {
        hadHonorific = false;
        var words = TextTools.Words(name);
        var start = 0;
        while (start < words.Length - 1 && IsPersonalHonorific(words[start]))
        {
            start++;
            hadHonorific = true;
        }

        var count = words.Length - start;
        if (count == 0 || count > 5)
        {
            return false;
        }

        if (TextTools.HasUncasedLetters(name))
        {
            foreach (var mark in UncasedOrganizationMarks)
            {
                if (name.Contains(mark, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            var letters = 0;
            foreach (var c in name)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            return count <= 3 && letters <= (count == 1 ? 4 : 18);
        }

        var lower = name.ToLowerInvariant();
        foreach (var mark in CasedNonLatinOrganizationMarks)
        {
            if (lower.Contains(mark, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var nameWords = 0;
        for (var i = start; i < words.Length; i++)
        {
            var word = words[i];
            var bare = TextTools.Bare(word);
            if (bare.Length == 0)
            {
                return false;
            }

            if (Vocabulary.NameParticles.Contains(bare) && i > start && i < words.Length - 1)
            {
                continue;
            }

            if (Vocabulary.OrganizationWords.Contains(bare) || Vocabulary.OrganizationWords.Contains(word.ToLowerInvariant()))
            {
                return false;
            }

            if (!IsNameWord(word) || IsCommonNounForm(bare))
            {
                return false;
            }

            nameWords++;
        }

        return nameWords >= 2 || (hadHonorific && nameWords >= 1);
    }

    // "Accountability", "Empowerment", "Saving": English nouns, not names.
    private static bool IsCommonNounForm(string bare) =>
        bare.Length > 6 && (bare.EndsWith("tion", StringComparison.Ordinal) || bare.EndsWith("ment", StringComparison.Ordinal) ||
                            bare.EndsWith("ness", StringComparison.Ordinal) || bare.EndsWith("ity", StringComparison.Ordinal) ||
                            bare.EndsWith("ism", StringComparison.Ordinal) || bare.EndsWith("ship", StringComparison.Ordinal) ||
                            bare.EndsWith("hood", StringComparison.Ordinal) || bare.EndsWith("ists", StringComparison.Ordinal) ||
                            bare.EndsWith("ing", StringComparison.Ordinal));

    // "Jane", "O'Brien", "Jean-Paul", "McDonald", "J.", "A.B.", "Jr.": capitalised, not all capitals, no digits.
    private static bool IsNameWord(string word)
    {
        var w = word.TrimEnd(',', ';');
        if (w.Length == 0 || !char.IsUpper(w[0]))
        {
            return false;
        }

        var upper = 0;
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (c is not ('-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        if (w.Contains('.', StringComparison.Ordinal))
        {
            // Initials: "J.", "A.B.", "Jr."
            return letters <= 3;
        }

        return letters == 1 || upper * 2 < letters || w is "II" or "III" or "IV";
    }

    // Only words that are never a name's first word: "Justice Plus" and "Father Earth" may be organisations.
    private static bool IsPersonalHonorific(string word) =>
        TextTools.Bare(word).TrimEnd('.') is "dr" or "prof" or "professor" or "mr" or "mrs" or "ms" or "mx" or "miss" or "rev" or
            "reverend" or "sr" or "fr" or "sir" or "dame" or "hon" or "rt" or "rabbi" or "imam" or "h.e" or "prof.dr" or "dra" or "sra" or "mme";

    /// <summary>Tells whether a part of a signature is a role (<c>Professor</c>, <c>Executive Director</c>, <c>in a personal capacity</c>).</summary>
    public static bool IsRole(string piece)
    {
        var words = TextTools.Words(piece);
        if (words.Length is 0 or > 10)
        {
            return false;
        }

        for (var i = 0; i < Math.Min(3, words.Length); i++)
        {
            if (Vocabulary.RoleWords.Contains(TextTools.Bare(words[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a part is a city or town (<c>Nairobi</c>, <c>New York</c>): one to three capitalised words, no organisation word.</summary>
    public static bool IsCity(string piece)
    {
        var words = TextTools.Words(piece);
        if (words.Length is 0 or > 3 || CountryNames.Find(piece) is not null)
        {
            return false;
        }

        foreach (var word in words)
        {
            var bare = TextTools.Bare(word);
            if (!CityWords.Contains(bare) && (Vocabulary.OrganizationWords.Contains(bare) || Vocabulary.RoleWords.Contains(bare)))
            {
                return false;
            }

            if (word.Length == 0 || !(char.IsUpper(word[0]) || CityWords.Contains(bare)))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (char.IsDigit(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Tells whether the words of a text name an organisation by its kind (<c>Council</c>, <c>Network</c>) or are an acronym.</summary>
    public static bool LooksLikeOrganization(string text)
    {
        if (TextTools.IsAcronymLike(text))
        {
            return true;
        }

        foreach (var word in TextTools.Words(text))
        {
            var bare = TextTools.Bare(word);
            if (bare.Length > 3 && Vocabulary.OrganizationWords.Contains(bare))
            {
                return true;
            }
        }

        return false;
    }
}
