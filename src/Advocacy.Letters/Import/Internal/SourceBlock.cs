using System.Collections.Generic;
using System.Text;

namespace Advocacy.Letters.Import.Internal;

/// <summary>Lines between blank lines.</summary>
internal sealed class SourceBlock(List<SourceLine> lines)
{
    public List<SourceLine> Lines { get; } = lines;

    public int FirstLine => Lines.Count == 0 ? 0 : Lines[0].Number;

    public bool AfterPageBreak => Lines.Count > 0 && Lines[0].AfterPageBreak;

    /// <summary>The lines joined by single spaces, as a hard-wrapped paragraph reads.</summary>
    public string Joined()
    {
        var builder = new StringBuilder();
        foreach (var line in Lines)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(line.Text);
        }

        return builder.ToString();
    }

    public override string ToString() => Joined();
}
