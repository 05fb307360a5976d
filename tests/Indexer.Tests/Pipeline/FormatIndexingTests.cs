using System.IO.Compression;
using DanVan.Tests.Ingest;

namespace DanVan.Tests.Pipeline;

public class FormatIndexingTests
{
    [Fact]
    public void GoodPdfAndDocxAreIndexedAndEachHostileFileIsListedWithItsMessage()
    {
        using var corpus = new TestCorpus();
        void Put(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(corpus.Corpus, name), bytes);
        Put("003.pdf", FormatFixtures.Bytes("003_d8bb7ebbcfc1d3bc.pdf"));
        Put("004.docx", FormatFixtures.Bytes("004_82944d6273abc2bf.docx"));
        Put("empty.pdf", []);
        Put("truncated.pdf", FormatFixtures.Bytes("003_d8bb7ebbcfc1d3bc.pdf")[..15000]);
        Put("password.pdf", FormatFixtures.Bytes("password.pdf"));
        Put("scan.pdf", PdfTextTests.ImageOnlyPdf());
        Put("notes.pdf", "Kế hoạch"u8.ToArray());
        Put("old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]]);
        Put("sheet.docx", BuiltDocx.Zip(("xl/workbook.xml", "<workbook/>")));
        BuiltDocx.WriteZip(Path.Combine(corpus.Corpus, "bomb.docx"), "word/document.xml", 20, CompressionLevel.SmallestSize, random: false);

        var summary = corpus.Index();

        Assert.Equal((2, 8), (summary.Added, summary.Failed));
        Assert.Equal(24 + 32, summary.Citations);
        var failures = summary.Failures.Select(f => $"{f.Path}: {f.Reason}").Order(StringComparer.Ordinal).ToList();
        Assert.Collection(
            failures,
            f => Assert.StartsWith("bomb.docx: zip bomb: word/document.xml expands ", f),
            f => Assert.Equal("empty.pdf: empty file", f),
            f => Assert.Equal("notes.pdf: not a PDF file (no %PDF header; truncated, or another format named .pdf)", f),
            f => Assert.Equal("old.docx: old Word 97–2003 .doc format; save it as .docx", f),
            f => Assert.Equal("password.pdf: password-protected PDF (cannot be read without the password)", f),
            f => Assert.Equal("scan.pdf: no text layer (needs OCR): 1 page of pictures only", f),
            f => Assert.Equal("sheet.docx: an Excel workbook (.xlsx), not a Word document (no word/document.xml); save it as .docx", f),
            f => Assert.StartsWith("truncated.pdf: damaged PDF (", f));
    }
}
