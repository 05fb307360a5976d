using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DanVan.Tests.Ingest;

/// <summary>
/// Word documents made in the test with the OpenXml SDK (package, parts, relationships) from
/// WordprocessingML as Word writes it, so each row shows the markup it is about; and hostile zips.
/// </summary>
internal static class BuiltDocx
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>"Thực hiện" typed in TCVN3 and shown in .VnTime: one char per legacy byte.</summary>
    public const string VnTimeRun = "Thùc hiÖn";

    private static string P(string runs, string properties = "") => $"<w:p>{(properties.Length > 0 ? $"<w:pPr>{properties}</w:pPr>" : "")}{runs}</w:p>";

    private static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static string Cell(params string[] paragraphs) => $"<w:tc>{string.Concat(paragraphs.Select(p => P(R(p))))}</w:tc>";

    private static readonly string Body = string.Concat(
        // the national header as plans lay it out: a borderless two-column table
        $"<w:tbl><w:tblPr/><w:tblGrid/><w:tr>{Cell("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 614/KH-UBND")}{Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Gia Lai, ngày 24 tháng 3 năm 2020")}</w:tr></w:tbl>",
        P(R("KẾ HOẠCH")),
        P(R("Thực hiện ")
            + $"<w:ins w:id=\"1\" w:author=\"a\">{R("Chỉ thị số 16/CT-TTg")}</w:ins>"
            + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>Chỉ thị số 99/CT-TTg</w:delText></w:r></w:del>"
            + R(" ngày 16/5/2016 của Thủ tướng Chính phủ")
            + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>"
            + R(" (xem ") + $"<w:hyperlink r:id=\"rIdLink\">{R("Cổng thông tin")}</w:hyperlink>" + R("), trang ")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("7") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + R(".")),
        // moved away from here (dropped, its mark too) …
        P($"<w:moveFrom w:id=\"3\" w:author=\"a\">{R("Nội dung chuyển đến.")}</w:moveFrom>", "<w:rPr><w:moveFrom w:id=\"4\" w:author=\"a\"/></w:rPr>"),
        // a deleted paragraph mark: the two paragraphs are one
        P(R("Các sở, ngành "), "<w:rPr><w:del w:id=\"5\" w:author=\"a\"/></w:rPr>"),
        P(R("triển khai thực hiện.")),
        // … and moved to here (kept)
        P($"<w:moveTo w:id=\"6\" w:author=\"a\">{R("Nội dung chuyển đến.")}</w:moveTo>"),
        $"<w:tbl><w:tr>{Cell("1")}{Cell("Kế hoạch số 16/KH-STTTT ngày 12/02/2018")}{Cell("Sở Thông tin và Truyền thông")}</w:tr>"
            + $"<w:tr><w:trPr><w:del w:id=\"7\" w:author=\"a\"/></w:trPr>{Cell("2")}{Cell("Chỉ thị số 98/CT-TTg")}</w:tr></w:tbl>",
        P($"<w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:t>{VnTimeRun}</w:t></w:r>"),
        "<w:sectPr/>");

    private static readonly string Footnotes =
        $"<w:footnotes {W}><w:footnote w:type=\"separator\" w:id=\"-1\">{P("<w:r><w:separator/></w:r>")}</w:footnote>"
        + $"<w:footnote w:type=\"continuationSeparator\" w:id=\"0\">{P("<w:r><w:continuationSeparator/></w:r>")}</w:footnote>"
        + $"<w:footnote w:id=\"1\">{P("<w:r><w:footnoteRef/></w:r>" + R("Quyết định số 290-QĐ/TW ngày 25/02/2010 của Ban Bí thư."))}</w:footnote></w:footnotes>";

    private static readonly string Header = $"<w:hdr {W}>{P(R("UBND TỈNH GIA LAI"))}</w:hdr>";

    /// <summary>The plan above, or Word's parts around another document.xml.</summary>
    public static byte[] Plan(string? document = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            Feed(main, document ?? $"<w:document {W}><w:body>{Body}</w:body></w:document>");
            main.AddHyperlinkRelationship(new Uri("https://example.org/"), isExternal: true, "rIdLink");
            Feed(main.AddNewPart<FootnotesPart>(), Footnotes);
            // the default and the first page header say the same: read once
            Feed(main.AddNewPart<HeaderPart>(), Header);
            Feed(main.AddNewPart<HeaderPart>(), Header);
        }

        return stream.ToArray();
    }

    /// <summary>A document.xml whose body is <paramref name="levels"/> tables, each in the previous one's cell.</summary>
    public static string NestedTables(int levels)
    {
        var xml = new StringBuilder($"<w:document {W}><w:body>");
        xml.Insert(xml.Length, "<w:tbl><w:tr><w:tc>", levels);
        xml.Append(P(R("sâu")));
        xml.Insert(xml.Length, "</w:tc></w:tr></w:tbl>", levels);
        return xml.Append("</w:body></w:document>").ToString();
    }

    /// <summary>A zip holding the given entries (text).</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = new StreamWriter(zip.CreateEntry(name).Open());
                entry.Write(text);
            }
        }

        return stream.ToArray();
    }

    /// <summary><paramref name="zip"/> with <paramref name="entry"/> declared, in its local header and the central directory, as <paramref name="size"/> bytes.</summary>
    public static byte[] ForgedSize(byte[] zip, string entry, int size)
    {
        var forged = zip.ToArray();
        var name = Encoding.UTF8.GetBytes(entry);
        // local headers: name length at +26, name at +30, size at +22; central ones: +28, +46, +24
        foreach (var (signature, nameLength, nameAt, sizeAt) in new[] { ("PK\u0003\u0004"u8.ToArray(), 26, 30, 22), ("PK\u0001\u0002"u8.ToArray(), 28, 46, 24) })
        {
            for (var at = forged.AsSpan().IndexOf(signature); at >= 0; at = NextIndex(forged, signature, at + 1))
            {
                if (BitConverter.ToUInt16(forged, at + nameLength) == name.Length && forged.AsSpan(at + nameAt, name.Length).SequenceEqual(name))
                {
                    BitConverter.TryWriteBytes(forged.AsSpan(at + sizeAt, 4), size);
                }
            }
        }

        return forged;
    }

    private static int NextIndex(byte[] bytes, byte[] value, int from)
    {
        var found = bytes.AsSpan(from).IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Writes to <paramref name="path"/> a zip whose one entry is <paramref name="megabytes"/> MB, streamed 1 MB at a time.</summary>
    public static void WriteZip(string path, string entryName, int megabytes, CompressionLevel level, bool random)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        using var entry = zip.CreateEntry(entryName, level).Open();
        var block = new byte[1024 * 1024];
        if (random)
        {
            new Random(6).NextBytes(block);
        }

        for (var i = 0; i < megabytes; i++)
        {
            entry.Write(block);
        }
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
