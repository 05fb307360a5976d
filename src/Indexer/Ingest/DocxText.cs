using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Ingest;

/// <summary>
/// Word .docx with DocumentFormat.OpenXml, read as Word shows it with tracked changes accepted. The
/// text is the body first, so a plan's own header opens it as on paper ("Số: 614 /KH-UBND\nGia Lai,
/// ngày 24 tháng 3 năm 2020\n…", one line per paragraph, table rows as "cell | cell" lines, see
/// <see cref="DocxWalker"/>), then after a blank line the footnotes and endnotes (where plans often
/// cite: "¹ Chỉ thị số 16/CT-TTg…"), then the page headers and footers, each distinct text once.
/// The package is checked before any XML is parsed (<see cref="DocxPackage"/>); every failure is a
/// <see cref="DanVanException"/> naming the file.
/// </summary>
internal static class DocxText
{
    /// <summary>A zip package ("PK\x03\x04").</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>Reads the text of a .docx; throws <see cref="DanVanException"/> naming <paramref name="path"/>.</summary>
    public static RawDocument Read(string path, byte[] bytes)
    {
        DocxPackage.Check(path, bytes);
        string text;
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = DocxPackage.MaxPartBytes };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false, settings);
            text = Text(path, document);
        }
        catch (DocxTooDeepException e)
        {
            throw new DanVanException($"{path}: damaged or hostile Word file ({e.Message})", e);
        }
        catch (Exception e) when (e is not (DanVanException or OutOfMemoryException))
        {
            // OpenXml and the zip and XML readers under it throw their own kinds on broken input
            // (OpenXmlPackageException, InvalidDataException, XmlException, InvalidOperationException…).
            throw new DanVanException($"{path}: damaged Word file ({e.Message.Split('\n', 2)[0].Trim().TrimEnd('.')})", e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DanVanException($"{path}: empty Word document (no text)");
        }

        return new RawDocument(path, text, "docx", bytes.LongLength);
    }

    private static string Text(string path, WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new DanVanException($"{path}: not a Word document (no main document part)");
        var builder = new StringBuilder();
        var walker = new DocxWalker(builder, new DocxFonts(main.StyleDefinitionsPart?.Styles));
        if (main.Document?.Body is { } body)
        {
            walker.Walk(body);
        }

        Section(builder, walker, main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(n => IsNote(n.Type)));
        Section(builder, walker, main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(n => IsNote(n.Type)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in main.HeaderParts.Select(p => (OpenXmlElement?)p.Header).Concat(main.FooterParts.Select(p => (OpenXmlElement?)p.Footer)))
        {
            // The first page, even pages and the rest often repeat one header: keep each text once.
            var mark = builder.Length;
            Section(builder, walker, root is null ? null : [root]);
            var added = builder.ToString(mark, builder.Length - mark);
            if (!seen.Add(added.Trim()))
            {
                builder.Length = mark;
            }
        }

        return builder.ToString();
    }

    /// <summary>Normal notes; the separator lines Word keeps as notes -1 and 0 hold no text.</summary>
    private static bool IsNote(EnumValue<FootnoteEndnoteValues>? type) =>
        type?.Value is null || type.Value == FootnoteEndnoteValues.Normal;

    /// <summary>A section after the body: a blank line, then each element's paragraphs.</summary>
    private static void Section(StringBuilder builder, DocxWalker walker, IEnumerable<OpenXmlElement>? elements)
    {
        if (elements is null)
        {
            return;
        }

        var mark = builder.Length;
        builder.Append('\n');
        foreach (var element in elements)
        {
            walker.Walk(element);
        }

        // Nothing but the separator: leave no trace.
        if (builder.Length - mark == 1 || string.IsNullOrWhiteSpace(builder.ToString(mark, builder.Length - mark)))
        {
            builder.Length = mark;
        }
    }
}
