using System;
using System.Collections.Generic;

namespace Advocacy.Letters.Import.Internal;

/// <summary>The words the importer recognises letters' parts by, each list in one place.</summary>
internal static class Vocabulary
{
    /// <summary>Words found in organisations' names and not in people's (lower case).</summary>
    public static readonly HashSet<string> OrganizationWords = Set(
        "association", "associação", "asociación", "associazione", "verein", "society", "sociedad", "société", "council", "conseil",
        "consejo", "committee", "comité", "comitato", "commission", "comisión", "coalition", "coalición", "alliance", "alianza",
        "network", "networks", "netzwerk", "réseau", "red", "rede", "federation", "federación", "fédération", "foundation",
        "fundación", "fundação", "fondation", "fondazione", "stiftung", "institute", "institut", "instituto", "istituto",
        "institution", "centre", "center", "centro", "organisation", "organization", "organisations", "organizations", "organización",
        "organização", "org", "union", "unión", "league", "liga", "movement", "movimiento", "movimento", "mouvement", "campaign",
        "campaigns", "project", "projekt", "proyecto", "initiative", "iniciativa", "forum", "foro", "group", "groupe", "grupo",
        "watch", "international", "internacional", "internationale", "rights", "right", "human", "humanity", "humanitarian",
        "freedom", "freedoms", "liberty", "liberties", "justice", "justicia", "action", "aid", "relief", "solidarity", "solidaridad",
        "solidarité", "partnership", "partners", "trust", "fund", "funds", "service", "services", "church", "churches", "diocese",
        "ministries", "ministry", "mission", "missions", "university", "universidad", "université", "universität", "college",
        "school", "academy", "lab", "laboratory", "clinic", "hospital", "law", "legal", "lawyers", "lawyer's", "lawyers'",
        "advocates", "advocacy", "bar", "defenders", "defense", "defence", "press", "media", "news", "radio", "tv", "television",
        "journal", "magazine", "reporters", "journalists", "pen", "article", "amnesty", "greenpeace", "oxfam", "care", "save",
        "children", "child", "women", "women's", "youth", "students", "student", "workers", "labour", "labor", "trade", "party",
        "front", "platform", "collective", "cooperative", "co-op", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "e.v.", "asbl",
        "a.s.b.l.", "ngo", "ngos", "ong", "club", "house", "office", "agency", "bureau", "board", "secretariat", "assembly",
        "congress", "parliament", "government", "department", "embassy", "company", "corporation", "corp", "corp.", "holdings",
        "research", "studies", "study", "policy", "peace", "democracy", "democratic", "development", "environment",
        "environmental", "climate", "earth", "green", "friends", "voice", "voices", "people", "people's", "peoples", "citizens",
        "citizen", "civic", "civil", "community", "communities", "tribunal", "monitor", "observatory", "observatorio", "programme",
        "program", "hub", "space", "unit", "team", "circle", "gulag", "defectors", "refugees", "refugee", "returnees", "abductees",
        "families", "family", "victims", "survivors", "prisoners", "consortium", "syndicate", "sindicato", "confederation",
        "brotherhood", "fellowship", "asia", "africa", "europe", "european", "american", "americas", "asian", "african", "arab",
        "latin", "global", "world", "worldwide", "national", "korea", "korean", "north", "south", "east", "west", "china", "chinese",
        "tibet", "tibetan", "uyghur", "burma", "burmese", "free", "open", "life", "hope", "help", "helping", "life's", "planet",
        "foundations", "alumni", "association's", "chapter", "section", "sisters", "brothers", "order", "council's", "kirche",
        "église", "iglesia", "caritas", "christian", "catholic", "muslim", "islamic", "jewish", "buddhist", "evangelical",
        "methodist", "lutheran", "baptist", "presbyterian", "anglican", "quaker", "quakers", "jesuit", "franciscan", "dominican",
        "interfaith", "faith", "religious", "liberation", "revolution", "resistance", "protection", "security", "safety", "health",
        "medical", "medicine", "doctors", "physicians", "nurses", "engineers", "scientists", "academics", "scholars", "writers",
        "artists", "lgbt", "lgbti", "lgbtq", "lgbtqi", "lgbtqi+", "lgbtiq", "queer", "pride", "disability", "indigenous", "minority",
        "minorities", "migrants", "migrant", "asylum", "education", "learning", "knowledge", "information", "digital", "internet",
        "online", "tech", "technology", "technologies", "data", "privacy", "access", "transparency", "accountability", "integrity",
        "anti-corruption", "corruption", "torture", "death", "penalty", "prison", "detention", "disappearances", "memorial",
        "memory", "truth", "reconciliation", "dialogue", "cooperation", "exchange", "support", "assistance", "welfare", "charity",
        "charitable", "philanthropy", "endowment", "fondo", "comisión", "observatoire", "ligue", "associação", "sdn", "bhd",
        "pty", "plc", "s.a.", "sa", "ag", "ev", "gemeinschaft", "bund", "kollektiv", "kolektif", "derneği", "vakfı", "platforma",
        "stowarzyszenie", "fundacja", "sdružení", "nadace", "spolek", "udruga", "udruženje", "fondacija", "centar", "pravo",
        "prava", "lidských", "práv", "menschenrechte", "droits", "derechos", "direitos", "diritti", "homme", "humanos", "humains",
        "sans", "frontières", "without", "borders", "frontiers", "beyond", "across", "against", "for", "of", "and", "the", "&",
        "nk", "dprk", "un", "ilo", "g20", "in", "on", "to", "at", "by", "with", "from", "no", "not", "our", "my", "we", "all",
        "one", "new", "stop", "end", "save", "together", "united", "partner", "watch", "phone", "line", "link", "aid", "home", "bridge",
        "bridges", "light", "road", "path", "way", "hands", "heart", "eyes", "door", "gate", "roots", "seeds", "tree", "sky", "sea", "ocean",
        "river", "mountain", "fire", "water", "bread", "food", "future", "change", "vision", "power", "force", "alarm", "plus", "humans",
        "saving", "rescue", "shelter", "haven", "sanctuary", "compass", "beacon", "spring", "harvest", "garden", "village", "city", "town",
        "region", "county", "province", "district", "island", "islands", "coast", "valley", "lake", "forest", "land", "lands", "nation",
        "nations", "republic", "state", "states", "kingdom", "empire", "planet", "climate", "energy", "solar", "wind", "net", "web",
        "code", "data", "lab", "labs", "works", "matters", "first", "now", "today", "tomorrow", "forward", "ahead", "beyond", "inside");

    /// <summary>Small words that join a person's name (<c>de</c>, <c>van</c>, <c>bin</c>).</summary>
    public static readonly HashSet<string> NameParticles = Set(
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ter", "te", "le", "la",
        "el", "al", "al-", "bin", "binti", "ibn", "abu", "ben", "bint", "y", "e", "zu", "af", "ap", "mac", "st.", "st");

    /// <summary>Honorifics that stand before a name (lower case, without the final dot).</summary>
    public static readonly HashSet<string> Honorifics = Set(
        "h.e", "he", "his", "her", "their", "excellency", "excellencies", "the", "honourable", "honorable", "hon", "rt", "right",
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "madame", "mme",
        "mlle", "m", "sr", "sra", "srta", "herr", "frau", "rev", "reverend", "fr", "father", "sister", "senator", "sen", "rep",
        "representative", "ambassador", "judge", "justice", "president", "chairman", "chairwoman", "chairperson", "chair",
        "minister", "secretary", "secretary-general", "commissioner", "high", "king", "queen", "prince", "princess", "sheikh",
        "shaikh", "emir", "sultan", "general", "gen", "admiral", "colonel", "governor", "mayor", "premier", "chancellor",
        "prime", "deputy", "vice", "vice-president", "director", "director-general", "special", "rapporteur", "ceo", "congressman",
        "congresswoman", "member", "mp", "mep", "speaker", "majesty", "highness", "royal", "state", "counsellor", "supreme",
        "leader", "chief", "executive", "officer", "envoy", "attorney", "excelentísimo", "excelentísima", "señor", "señora",
        "monsieur", "signor", "signora", "doctor", "eng", "ing", "engr");

    /// <summary>Head words of positions and offices (lower case).</summary>
    public static readonly HashSet<string> TitleWords = Set(
        "president", "vice-president", "minister", "secretary", "secretary-general", "chair", "chairman", "chairwoman",
        "chairperson", "co-chair", "director", "director-general", "commissioner", "commissioners", "representative",
        "representatives", "rapporteur", "rapporteurs", "ambassador", "governor", "mayor", "premier", "chancellor", "king",
        "queen", "emperor", "sultan", "emir", "prince", "head", "heads", "leader", "leaders", "speaker", "member", "members",
        "senator", "chief", "ceo", "coo", "cfo", "officer", "executive", "envoy", "judge", "judges", "justice", "attorney",
        "prosecutor", "registrar", "deputy", "founder", "co-founder", "counsellor", "counselor", "commander", "adviser",
        "advisor", "coordinator", "administrator", "counsel", "principal", "dean", "provost", "rector", "ministers", "secretary-general,",
        "high", "general", "chairs", "presidents", "governors", "delegates", "delegations", "missions", "ombudsman",
        "ombudsperson", "expert", "experts", "mandate", "holders", "treasurer", "manager", "managing", "board", "trustees",
        "vice", "acting", "interim", "first", "supreme", "state", "foreign", "permanent", "under-secretary-general",
        "assistant", "prime", "lord", "chief", "undersecretary", "commissioner-general", "president-elect", "premier,");

    /// <summary>Words that say a signatory is a person signing in a role (<c>Jane Doe, Professor</c>).</summary>
    public static readonly HashSet<string> RoleWords = Set(
        "professor", "prof", "prof.", "director", "executive", "chair", "chairperson", "chairman", "chairwoman", "president",
        "founder", "co-founder", "coordinator", "researcher", "lecturer", "fellow", "senior", "associate", "emeritus", "emerita",
        "advocate", "lawyer", "attorney", "journalist", "activist", "bishop", "archbishop", "rabbi", "imam", "pastor", "priest",
        "mp", "mep", "senator", "former", "dr", "dr.", "ceo", "secretary", "secretary-general", "manager", "officer", "head",
        "member", "board", "trustee", "editor", "author", "writer", "artist", "scholar", "student", "phd", "ph.d.", "candidate",
        "doctor", "physician", "nurse", "teacher", "expert", "adviser", "advisor", "consultant", "analyst", "programme",
        "program", "deputy", "vice", "representative", "spokesperson", "independent", "retired", "chief", "leader", "survivor",
        "defender", "researcher,", "jurist", "judge", "ambassador", "minister", "dean", "principal", "rector", "chancellor",
        "honorary", "visiting", "assistant", "postdoctoral", "doctoral", "professor,", "partner", "counsel", "esq", "esq.",
        "sj", "op", "ofm", "rev", "rev.", "reverend", "sister", "father", "brother", "sr", "sr.", "fr", "fr.", "laureate",
        "nobel", "individual", "personal", "capacity");

    /// <summary>Words a section heading in a list of signatories is made of (<c>Organisations</c>, <c>Individuals</c>).</summary>
    public static readonly HashSet<string> HeadingWords = Set(
        "organisations", "organizations", "organisation", "organization", "organisational", "organizational", "individuals",
        "individual", "signatories", "signatory", "signatures", "signed", "by", "endorsed", "endorsements", "endorsers",
        "endorsing", "supported", "supporters", "supporting", "co-signed", "cosigned", "co-signatories", "cosignatories",
        "co-signers", "cosigners", "signers", "undersigned", "the", "following", "list", "of", "and", "civil", "society",
        "csos", "cso", "ngos", "ngo", "groups", "networks", "academics", "experts", "persons", "people", "members", "member",
        "partners", "partner", "other", "others", "additional", "in", "alphabetical", "order", "continued", "cont'd", "cont.",
        "global", "national", "regional", "international", "local", "africa", "asia", "europe", "americas", "latin", "america",
        "middle", "east", "mena", "pacific", "caribbean", "north", "south", "west", "central", "eastern", "western",
        "southern", "northern", "oceania", "and/or", "names", "name", "institutional", "affiliations", "affiliation", "for",
        "identification", "purposes", "only", "listed", "are", "is", "as", "a", "an", "personal", "capacity", "capacities",
        "faith", "leaders", "religious", "trade", "unions", "union", "unions,", "lawyers", "scholars", "parliamentarians",
        "legislators", "mps", "meps", "former", "officials", "survivors", "families", "victims", "journalists", "writers",
        "artists", "students", "youth", "women", "community", "communities", "based", "country", "countries", "level",
        "coalitions", "platforms", "institutions", "foundations", "companies", "businesses", "investors", "co-sponsors",
        "sponsors", "sponsored", "sponsoring", "co-sponsored", "initiators", "initiated", "sign-on", "signing", "joined",
        "joint", "statement", "letter", "on", "behalf", "we,", "we", "also", "sign", "this", "to", "date", "so", "far",
        "far:", "updated", "total", "including", "includes", "include", "from", "with", "support", "list:", "who", "have");

    /// <summary>Words a heading uses to say the names below it are people.</summary>
    public static readonly HashSet<string> PersonHeadingWords = Set(
        "individuals", "individual", "academics", "experts", "persons", "people", "scholars", "parliamentarians", "legislators",
        "mps", "meps", "officials", "journalists", "writers", "artists", "lawyers", "survivors", "personal", "leaders");

    /// <summary>Words a heading uses to say the names below it are organisations.</summary>
    public static readonly HashSet<string> OrganizationHeadingWords = Set(
        "organisations", "organizations", "organisation", "organization", "organisational", "organizational", "ngos", "ngo",
        "csos", "cso", "groups", "networks", "coalitions", "platforms", "institutions", "foundations", "companies",
        "businesses", "unions", "investors", "society");

    /// <summary>Legal forms that end an organisation's name after a comma (<c>Acme, Inc.</c>).</summary>
    public static readonly HashSet<string> LegalSuffixes = Set(
        "inc", "inc.", "ltd", "ltd.", "llc", "l.l.c.", "gmbh", "ggmbh", "e.v.", "ev", "asbl", "a.s.b.l.", "plc", "s.a.", "sa",
        "ag", "pty", "pty ltd", "co.", "corp.", "corp", "a.c.", "ac", "n.g.o.", "ong", "sdn bhd", "bhd", "l.p.", "lp",
        "a.s.", "o.s.", "z.s.", "u.s.a.", "cic", "cio", "e.g.", "et al.");

    /// <summary>Verbs a demand asks for, in their base form (lower case).</summary>
    public static readonly HashSet<string> ActionVerbs = Set(
        "release", "free", "end", "stop", "close", "invite", "allow", "permit", "grant", "ensure", "guarantee", "provide", "take",
        "adopt", "ratify", "repeal", "revise", "amend", "abolish", "establish", "investigate", "prosecute", "hold", "bring",
        "cease", "halt", "lift", "drop", "withdraw", "quash", "protect", "respect", "implement", "uphold", "support",
        "cooperate", "engage", "publish", "disclose", "reveal", "reform", "join", "sign", "accede", "appoint", "create",
        "set", "launch", "conduct", "carry", "commit", "condemn", "denounce", "refrain", "desist", "suspend", "restore",
        "reinstate", "compensate", "remedy", "return", "facilitate", "enable", "proclaim", "declare", "acknowledge",
        "recognise", "recognize", "apologise", "apologize", "include", "prioritise", "prioritize", "address", "increase",
        "reduce", "fund", "allocate", "extend", "renew", "reject", "oppose", "vote", "push", "raise", "use", "press", "make",
        "give", "meet", "consult", "work", "develop", "strengthen", "improve", "review", "monitor", "report", "share", "stand",
        "speak", "act", "intervene", "pressure", "prevent", "combat", "tackle", "ban", "prohibit", "criminalise",
        "criminalize", "decriminalise", "decriminalize", "enact", "pass", "introduce", "terminate", "rescind", "annul",
        "overturn", "discontinue", "dismantle", "pay", "deliver", "admit", "accept", "receive", "visit", "treat", "insist",
        "seek", "exercise", "lead", "convene", "schedule", "request", "mandate", "endorse", "follow", "comply", "abide",
        "honour", "honor", "fulfil", "fulfill", "keep", "put", "place", "hand", "transfer", "repatriate", "resettle",
        "relocate", "evacuate", "rescue", "locate", "inform", "notify", "clarify", "explain", "answer", "respond", "confirm",
        "account", "exhume", "identify", "preserve", "document", "collect", "reconsider", "refer", "resume",
        "retract", "revoke", "overhaul", "align", "incorporate", "integrate", "expand", "scale", "expedite", "accelerate",
        "resolve", "settle", "negotiate", "mediate", "de-escalate", "demilitarise", "demilitarize", "disarm", "vacate",
        "annul", "dissolve", "disband", "drop", "waive", "forgive", "cancel", "freeze", "sanction", "impose", "apply",
        "designate", "list", "delist", "audit", "assess", "evaluate", "examine", "study", "consider", "urge", "call",
        "demand", "ask", "encourage", "require", "oblige", "compel", "instruct", "direct", "order", "authorise", "authorize",
        "approve", "fix", "repair", "rebuild", "reconstruct", "reopen", "unblock", "restore", "reconnect", "see", "regard",
        "treat", "recall", "retain", "maintain", "continue", "sustain", "step", "redouble", "intensify", "deepen", "broaden",
        "define", "clarify", "publish", "notify", "register", "recognise", "legalise", "legalize", "regulate", "enforce",
        "become", "remain", "be", "do", "get", "let", "help", "offer", "answer", "redress", "remove", "exclude", "divest",
        "disengage", "suspend", "boycott", "boost", "invest", "safeguard", "shield", "defend", "secure", "reaffirm",
        "affirm", "commit", "pledge", "promise", "undertake", "refrain", "cancel", "postpone", "delay", "reverse");

    /// <summary>Verbs with which the signatories ask (<c>we urge</c>, <c>we call on</c>), base and third-person forms.</summary>
    public static readonly HashSet<string> AskingVerbs = Set(
        "urge", "call", "ask", "request", "appeal", "implore", "encourage", "demand", "invite", "recommend", "exhort",
        "press", "beseech", "petition", "entreat", "insist", "plead", "beg", "propose", "suggest", "expect", "hope",
        "urges", "calls", "asks", "requests", "appeals", "encourages", "demands", "recommends", "insists", "pleads",
        "reiterate", "renew", "echo", "join", "urging", "calling", "asking", "requesting", "appealing");

    /// <summary>Adverbs that may stand between "we" and the asking verb, or before an action verb.</summary>
    public static readonly HashSet<string> Adverbs = Set(
        "also", "further", "furthermore", "therefore", "thus", "hence", "again", "once", "strongly", "respectfully", "urgently",
        "jointly", "collectively", "hereby", "now", "additionally", "specifically", "particularly", "earnestly", "sincerely",
        "kindly", "first", "firstly", "second", "secondly", "third", "thirdly", "finally", "lastly", "moreover", "immediately",
        "publicly", "fully", "promptly", "swiftly", "quickly", "effectively", "independently", "impartially", "thoroughly",
        "unconditionally", "permanently", "urgently", "formally", "officially", "genuinely", "meaningfully", "without",
        "immediate", "all", "the", "would", "like", "to", "wish", "are", "do", "today", "accordingly", "equally", "similarly",
        "in", "particular", "especially", "consequently", "ultimately", "finally,", "together", "unanimously", "humbly",
        "most", "very", "sincerely", "deeply", "seriously", "firmly", "clearly", "explicitly", "actively", "swiftly", "duly",
        "not", "only", "continue", "still", "always", "never", "must", "should", "will", "shall", "can", "could", "may", "might");

    /// <summary>Words that open a sentence closing the letter (<c>We look forward…</c>, <c>Thank you…</c>).</summary>
    public static readonly string[] ClosingOpenings =
    [
        "we look forward", "i look forward", "look forward", "thank you", "thanking you", "we thank you", "we remain",
        "we stand ready", "we would welcome", "we would be grateful", "we would appreciate", "we would be happy",
        "we would be pleased", "we hope to hear", "we await", "please do not hesitate", "please don't hesitate",
        "please feel free", "please contact", "for further information", "for more information", "we are available",
        "we are at your disposal", "we remain at your disposal", "we trust", "with thanks", "accept, excellency",
        "please accept", "we are grateful", "we appreciate your attention", "thank you for your attention",
        "we remain available", "we would welcome the opportunity", "we respectfully await", "we count on",
    ];

    /// <summary>Valedictions, lower case, without their final comma or colon.</summary>
    public static readonly HashSet<string> Valedictions = Set(
        "yours sincerely", "sincerely", "sincerely yours", "yours faithfully", "faithfully", "faithfully yours", "yours truly",
        "truly", "respectfully", "respectfully yours", "yours respectfully", "respectfully submitted", "with respect",
        "with deep respect", "with highest respect", "with best regards", "best regards", "kind regards", "with kind regards",
        "warm regards", "warmest regards", "with warm regards", "regards", "best wishes", "with best wishes", "all the best",
        "in solidarity", "with solidarity", "in peace and solidarity", "with thanks", "with gratitude", "many thanks",
        "thank you", "yours", "cordially", "yours cordially", "signed", "signed by", "signed by the following",
        "co-signed by", "cosigned by", "signatories", "the signatories", "list of signatories", "undersigned",
        "the undersigned", "endorsed by", "signed on behalf of", "on behalf of", "yours in solidarity", "in hope",
        "with hope", "atentamente", "cordialement", "bien cordialement", "mit freundlichen grüßen", "hochachtungsvoll",
        "saludos cordiales", "salutations", "distinti saluti", "cordiali saluti", "met vriendelijke groet",
        "signatures", "signatory organisations", "signatory organizations", "signing organisations", "signing organizations",
        "list of signatories:", "respectfully,", "with appreciation", "gratefully", "very truly yours", "very sincerely",
        "yours very sincerely", "yours ever", "on behalf of the undersigned", "signed,", "supported by", "sign-on organizations",
        "sign-on organisations");

    /// <summary>Words that plural, collective addressees start with (<c>Heads of State of the G20</c>).</summary>
    public static readonly HashSet<string> CollectiveWords = Set(
        "heads", "members", "ministers", "leaders", "governments", "delegations", "delegates", "representatives",
        "permanent", "excellencies", "commissioners", "parliamentarians", "states", "member", "all", "judges", "governors",
        "presidents", "chairs", "board", "directors", "executives", "shareholders", "trustees", "ambassadors", "mandate",
        "experts", "special", "honourable", "honorable", "distinguished");

    /// <summary>Month names and abbreviations, lower case, to their number.</summary>
    public static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12,
        ["dec"] = 12, ["janvier"] = 1, ["février"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
    };

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
