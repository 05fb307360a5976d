using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;

namespace DanVan.Ingest;

/// <summary>
/// Lays the words of PDF pages out as text, one builder for the whole file (one pass, no string
/// rebuilt per page): the words of a page grouped into lines and blocks (Docstrum), blocks in reading
/// order, so the two columns of a plan's header ("ỦY BAN NHÂN DÂN / TỈNH GIA LAI" left, "CỘNG HÒA XÃ
/// HỘI CHỦ NGHĨA VIỆT NAM" right) come out as two blocks, not interleaved line by line.
/// </summary>
internal sealed class PdfLayout(int maxChars)
{
    private readonly StringBuilder text = new();
    private readonly List<int> pageStarts = [];

    /// <summary>True once any page had a word.</summary>
    public bool HasText { get; private set; }

    /// <summary>The text so far: lines apart by "\n", blocks and pages by "\n\n".</summary>
    public string Text => text.ToString();

    /// <summary>The offset of each page added, page 1 first.</summary>
    public IReadOnlyList<int> PageStarts => pageStarts;

    /// <summary>More letters than a dense page of a plan holds (about 6,000): the page is not laid out.</summary>
    public const int MaxLettersForLayout = 20_000;

    /// <summary>Adds a page; false when the text would pass the character limit.</summary>
    public bool AddPage(Page page)
    {
        if (pageStarts.Count > 0)
        {
            text.Append("\n\n");
        }

        pageStarts.Add(text.Length);
        if (page.Letters.Count > MaxLettersForLayout)
        {
            // Layout analysis is quadratic in a page's words (30,000 words: 40 s): such a page, never a plan's, is read in content order.
            HasText |= !string.IsNullOrWhiteSpace(page.Text);
            text.Append(page.Text);
            return text.Length <= maxChars;
        }

        // PdfPig's default word extractor (spaces and gaps between letters): as good as the nearest-
        // neighbour one on the seeds and about 1.7 times faster, which is most of a page's cost after parsing.
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return true;
        }

        HasText = true;
        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words))
            .OrderBy(b => b.ReadingOrder);
        var firstBlock = true;
        foreach (var block in blocks)
        {
            if (!firstBlock)
            {
                text.Append("\n\n");
            }

            firstBlock = false;
            AppendLines(block);
            if (text.Length > maxChars)
            {
                return false;
            }
        }

        return true;
    }

    private void AppendLines(TextBlock block)
    {
        for (var l = 0; l < block.TextLines.Count; l++)
        {
            if (l > 0)
            {
                text.Append('\n');
            }

            var words = block.TextLines[l].Words;
            for (var w = 0; w < words.Count; w++)
            {
                if (w > 0)
                {
                    text.Append(' ');
                }

                text.Append(words[w].Text);
            }
        }
    }
}
