namespace Advocacy.Letters.Serialization;

/// <summary>The forms a corpus of letters takes on disk, as <see cref="LetterCorpus"/> reads and writes them.</summary>
public enum LetterCorpusForm
{
    /// <summary>JSON Lines (<c>.jsonl</c>): one letter per line; see <see cref="LetterJsonLines"/>.</summary>
    JsonLines,

    /// <summary>A JSON document (<c>.json</c>): an array of letters (see <see cref="LetterJsonArray"/>), or a single letter, told apart by the first character.</summary>
    Json,

    /// <summary>A folder of <c>{id}.json</c> files; see <see cref="LetterJsonFolder"/>.</summary>
    Folder,
}
