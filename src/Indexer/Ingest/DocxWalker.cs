using System.Text;
using DanVan.Text.Legacy;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Ingest;

/// <summary>
/// Writes the text of WordprocessingML elements into one builder, as Word shows the document with
/// every tracked change accepted: each paragraph a line ("Số: 614 /KH-UBND\n"), an empty paragraph an
/// empty line; a table row a line with its cells apart by " | " ("1 | Chỉ thị 16/CT-TTg | Thủ tướng\n",
/// a cell's own paragraphs apart by "\n"); insertions and moved-to text kept, deletions and moved-from
/// text dropped; fields and hyperlinks as their displayed text, never their codes; footnote marks
/// left out (a "1" after "16/CT-TTg" would change the symbol). Runs in a legacy font (".VnTime",
/// "VNI-Times") go through <see cref="LegacyVietnamese.ToUnicodeForFont"/>.
/// </summary>
internal sealed class DocxWalker(StringBuilder text, DocxFonts fonts)
{
    /// <summary>Deeper element nesting than this (tables in tables in tables…) is refused, not recursed into.</summary>
    public const int MaxDepth = 200;

    /// <summary>Writes <paramref name="element"/> and everything in it.</summary>
    public void Walk(OpenXmlElement element) => Walk(element, null, 0);

    private void Walk(OpenXmlElement element, Run? run, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DocxTooDeepException();
        }

        switch (element)
        {
            case Paragraph paragraph:
                WalkChildren(paragraph, null, depth);
                // A deleted (or moved-away) paragraph mark joins this paragraph to the next, as accepting does.
                var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
                if (mark?.GetFirstChild<Deleted>() is null && mark?.GetFirstChild<MoveFrom>() is null)
                {
                    text.Append('\n');
                }

                break;
            case Table table:
                WalkTable(table, depth);
                break;
            case Run r:
                WalkChildren(r, r, depth);
                break;
            case DocumentFormat.OpenXml.Wordprocessing.Text t:
                AppendRunText(t.Text, run);
                break;
            case TabChar or PositionalTab:
                text.Append('\t');
                break;
            case Break or CarriageReturn:
                text.Append('\n');
                break;
            case NoBreakHyphen:
                text.Append('-');
                break;
            case AlternateContent alternate:
                // Choice and Fallback hold the same content twice (a text box for new and old Word): one of them.
                if (alternate.FirstChild is { } choice)
                {
                    WalkChildren(choice, run, depth);
                }

                break;
            case DeletedRun or MoveFromRun or DeletedText or DeletedFieldCode or FieldCode or SoftHyphen
                or FootnoteReference or EndnoteReference or CommentReference
                or ParagraphProperties or RunProperties or SectionProperties or TableProperties or TableGrid
                or TableRowProperties or TableCellProperties:
                // Deleted or moved away, a field's code, a footnote's number, formatting: nothing the reader sees.
                break;
            default:
                // Insertions, moved-to text, hyperlinks, simple fields, content controls, smart tags: their content.
                WalkChildren(element, run, depth);
                break;
        }
    }

    private void WalkChildren(OpenXmlElement parent, Run? run, int depth)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            Walk(child, run, depth + 1);
        }
    }

    /// <summary>A row a line, cells apart by " | "; a row deleted as a tracked change is left out.</summary>
    private void WalkTable(Table table, int depth)
    {
        foreach (var row in Direct<TableRow>(table))
        {
            if (row.TableRowProperties?.GetFirstChild<Deleted>() is not null)
            {
                continue;
            }

            var first = true;
            foreach (var cell in Direct<TableCell>(row))
            {
                if (!first)
                {
                    text.Append(" | ");
                }

                first = false;
                WalkChildren(cell, null, depth + 2);
                // The cell's last paragraph ended a line; the row goes on after it.
                if (text.Length > 0 && text[^1] == '\n')
                {
                    text.Length--;
                }
            }

            text.Append('\n');
        }
    }

    /// <summary>The rows of a table or cells of a row, also those wrapped in a content control or custom XML, without entering them.</summary>
    private static IEnumerable<T> Direct<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            if (child is T found)
            {
                yield return found;
            }
            else if (child is not (TableProperties or TableGrid or TableRowProperties or TablePropertyExceptions))
            {
                foreach (var nested in Direct<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private void AppendRunText(string value, Run? run)
    {
        if (run is not null && fonts.LegacyFontOf(run) is { } font)
        {
            text.Append(LegacyVietnamese.ToUnicodeForFont(value, font)); // .VnTimeH's letters are capitals
        }
        else
        {
            text.Append(value);
        }
    }
}

/// <summary>Element nesting past <see cref="DocxWalker.MaxDepth"/>: the reader turns it into a message naming the file.</summary>
internal sealed class DocxTooDeepException : Exception
{
    public DocxTooDeepException()
        : base($"elements nested deeper than {DocxWalker.MaxDepth} levels")
    {
    }
}
