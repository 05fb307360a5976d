using System.IO.Compression;
using System.Text;
using DanVan.Citations;
using DanVan.Ingest;
using DanVan.Tests.Citations;
using DanVan.Text.Legacy;
using static DanVan.Tests.Ingest.FormatFixtures;

namespace DanVan.Tests.Ingest;

public class DocxTextTests
{
    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(FormatFixtures))]
    public void EachSeedAsDocxGivesTheCitationsOfItsText(string stem)
    {
        var docx = DocumentReader.Read(Fixture(stem + ".docx"));
        Assert.Equal("docx", docx.Format);
        Assert.Empty(docx.PageStarts);
        AssertSameCitationsAsText(stem, docx);
        // Writer made one paragraph per line of the .txt: the text is the .txt's, bar its missing last line end
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Corpus, stem + ".txt")).TrimEnd('\n'), docx.Text.TrimEnd('\n'));
    }

    [Fact]
    public void ReadsTablesNotesHeadersAndTrackedChangesAsAccepted()
    {
        var docx = DocumentReader.FromBytes("built.docx", BuiltDocx.Plan());
        const string legacy = "Thực hiện"; // the .VnTime run, converted
        Assert.Equal(
            // the header table: a row a line, cells apart by " | ", a cell's paragraphs apart by "\n"
            "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 614/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nGia Lai, ngày 24 tháng 3 năm 2020\n"
            + "KẾ HOẠCH\n"
            // inserted kept, deleted dropped, the footnote mark left out, a hyperlink and a field as shown
            + "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ (xem Cổng thông tin), trang 7.\n"
            // a deleted paragraph mark joins two paragraphs; a moved paragraph is read where it went
            + "Các sở, ngành triển khai thực hiện.\n"
            + "Nội dung chuyển đến.\n"
            // a data table with a citation
            + "1 | Kế hoạch số 16/KH-STTTT ngày 12/02/2018 | Sở Thông tin và Truyền thông\n"
            // a run in .VnTime goes through the legacy converter
            + legacy + "\n"
            // after the body: the footnote, then the page header once
            + "\nQuyết định số 290-QĐ/TW ngày 25/02/2010 của Ban Bí thư.\n"
            + "\nUBND TỈNH GIA LAI\n",
            docx.Text);

        var citations = Cite.Full(docx.Text);
        Assert.Equal(
        [
            Cite.Of("Chỉ thị", "16/CT-TTg", 2016, 5, 16),
            Cite.Of("Kế hoạch", "16/KH-STTTT", 2018, 2, 12),
            Cite.Of("Quyết định", "290-QĐ/TW", 2010, 2, 25),
        ], citations);
        var header = CitationExtractor.Extract(docx.Text).Document;
        Assert.Equal(("614/KH-UBND", new DateOnly(2020, 3, 24)), (header.Symbol, header.Date));
    }

    [Fact]
    public void RunsInALegacyFontAreConverted()
    {
        // "Thùc hiÖn" typed in .VnTime (TCVN3) is "Thực hiện"
        var text = DocumentReader.FromBytes("built.docx", BuiltDocx.Plan()).Text;
        Assert.Contains("Thực hiện\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(BuiltDocx.VnTimeRun, text, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxBytesNamedPdfAreReadAsDocx() =>
        Assert.Equal("docx", DocumentReader.FromBytes("plan.pdf", Bytes("002_7af13d52a2337a5a.docx")).Format);

    public static TheoryData<string, Func<byte[]>, string> Hostile { get; } = new()
    {
        { "empty.docx", () => [], "empty file" },
        // the first half of seed 003: the zip's central directory is at its end
        { "truncated.docx", () => Bytes("003_d8bb7ebbcfc1d3bc.docx")[..5000], "damaged Word file (not a readable zip: " },
        // text named .docx
        { "plan.docx", () => Encoding.UTF8.GetBytes("Kế hoạch số 614/KH-UBND"), "not a Word .docx file" },
        // Word 97–2003 named .docx: the OLE signature, then sectors
        { "old.docx", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]], "old Word 97–2003 .doc format; save it as .docx" },
        // Word encrypts a .docx with a password into an OLE file with an "EncryptionInfo" stream
        { "locked.docx", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo")], "password-protected Word file (cannot be read without the password)" },
        // a workbook named .docx
        { "sheet.docx", () => BuiltDocx.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "an Excel workbook (.xlsx), not a Word document (no word/document.xml)" },
        // a zip of something else
        { "photos.docx", () => BuiltDocx.Zip(("a.txt", "x")), "a zip file, not a Word document (no word/document.xml)" },
        // Word's parts, but the document part is not XML
        { "broken.docx", () => BuiltDocx.Plan(document: "<w:document><w:body><w:p>"), "damaged Word file (" },
        // a bomb whose directory lies (document.xml declared as 1000 bytes): read no further than declared, it is cut XML
        { "forged.docx", () => BuiltDocx.ForgedSize(BuiltDocx.Plan(), "word/document.xml", 1000), "damaged Word file (" },
        // tables nested in tables past any layout Word makes
        { "nested.docx", () => BuiltDocx.Plan(document: BuiltDocx.NestedTables(80)), "damaged or hostile Word file (elements nested deeper than 200 levels)" },
        // 90,000 nested elements in a 2 KB part: OpenXml would overflow the stack building them, so the part is measured first
        {
            "deep.docx", () => BuiltDocx.Plan(document: "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + string.Concat(Enumerable.Repeat("<x>", 90_000)) + string.Concat(Enumerable.Repeat("</x>", 90_000)) + "</w:p></w:body></w:document>"),
            "damaged or hostile Word file (word/document.xml nests deeper than 500 elements)"
        },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileDocxAreRefusedFastWithOneMessage(string name, Func<byte[]> bytes, string problem) =>
        AssertRefusedFast(name, bytes(), problem);

    [Theory]
    // 200 MB of zeros deflate to about 200 KB: a zip bomb, refused from the zip's directory
    [InlineData("bomb.docx", 200, CompressionLevel.SmallestSize, false, "zip bomb: word/document.xml expands ")]
    // 100 MB stored as it is: not a bomb, just too large
    [InlineData("large.docx", 100, CompressionLevel.NoCompression, true, "word/document.xml is 100 MB uncompressed; the limit is 64 MB")]
    public void OversizedPartsAreRefusedFromTheZipDirectory(string name, int megabytes, CompressionLevel level, bool random, string problem)
    {
        // written to disk a megabyte at a time, never held whole in memory by the test
        using var folder = new TempFolder();
        var path = folder.File(name);
        BuiltDocx.WriteZip(path, "word/document.xml", megabytes, level, random);
        AssertRefusedFast(path, () => DocumentReader.Read(path), problem);
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly string root = Directory.CreateTempSubdirectory("danvan-docx-").FullName;

        public string File(string name) => Path.Combine(root, name);

        public void Dispose() => Directory.Delete(root, recursive: true);
    }
}
