using System.Text;

namespace DanVan.Generation;

/// <summary>
/// Builds a plan's text paragraph by paragraph while keeping the place of every gold reference. In the
/// PDF-like style each paragraph is cut into lines of about <c>width</c> characters, each line ending
/// in " \n\n" as the seeds' text layers do ("Ban Dân \n\nvận Tỉnh ủy"); a cut never falls inside a
/// symbol (symbols are broken only on purpose, by <see cref="SymbolNoise"/>).
/// </summary>
internal sealed class PlanText(bool wrapped, int width)
{
    private readonly StringBuilder text = new(16_384);
    private readonly StringBuilder paragraph = new(4_096);
    private readonly List<(int Start, int End, GoldEntry Entry)> pending = [];
    private readonly List<(int Start, int End, GoldEntry Entry)> placed = [];
    private readonly List<int> breaks = [];

    /// <summary>True when lines are cut PDF-style.</summary>
    public bool Wrapped => wrapped;

    /// <summary>The line break the style uses inside a broken symbol ("13/CT-\n\nUBND").</summary>
    public string Break => wrapped ? "\n\n" : "\n";

    /// <summary>Adds a header or list line as it is, never cut.</summary>
    public void Line(string line)
    {
        text.Append(line).Append(wrapped ? " \n\n" : "\n");
    }

    /// <summary>Appends to the current paragraph.</summary>
    public PlanText Append(string part)
    {
        paragraph.Append(part);
        return this;
    }

    /// <summary>Appends <paramref name="part"/> as the text of a gold reference (a symbol is kept on one line unless it carries its own break).</summary>
    public void AppendReference(string part, GoldEntry entry)
    {
        pending.Add((paragraph.Length, paragraph.Length + part.Length, entry));
        paragraph.Append(part);
    }

    /// <summary>Ends the paragraph: cuts it into lines when wrapped, places its references.</summary>
    public void EndParagraph()
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        breaks.Clear();
        if (wrapped)
        {
            FindBreaks();
        }

        var at = text.Length;
        var from = 0;
        foreach (var cut in breaks)
        {
            text.Append(paragraph, from, cut - from).Append("\n\n");
            from = cut;
        }

        text.Append(paragraph, from, paragraph.Length - from).Append(wrapped ? " \n\n" : "\n");
        foreach (var (start, end, entry) in pending)
        {
            placed.Add((at + Shift(start), at + Shift(end - 1) + 1, entry));
        }

        pending.Clear();
        paragraph.Clear();
    }

    /// <summary>The finished text and the references in it, in text order.</summary>
    public (string Text, List<(int Start, int End, GoldEntry Entry)> References) Finish()
    {
        EndParagraph();
        return (text.ToString(), placed);
    }

    /// <summary>Greedy line filling: a cut goes after the last space before the width, outside every symbol.</summary>
    private void FindBreaks()
    {
        var lineStart = 0;
        var candidate = -1;
        var next = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            while (next < pending.Count && pending[next].End <= i)
            {
                next++;
            }

            var inside = next < pending.Count && pending[next].Start <= i && !pending[next].Entry.IsNamed;
            if (paragraph[i] == ' ' && !inside)
            {
                candidate = i + 1;
            }

            if (i - lineStart >= width && candidate > lineStart && candidate < paragraph.Length)
            {
                breaks.Add(candidate);
                lineStart = candidate;
            }
        }
    }

    /// <summary>Characters inserted before paragraph offset <paramref name="offset"/> by the cuts.</summary>
    private int Shift(int offset)
    {
        var count = 0;
        foreach (var cut in breaks)
        {
            if (cut <= offset)
            {
                count++;
            }
        }

        return offset + 2 * count;
    }
}
