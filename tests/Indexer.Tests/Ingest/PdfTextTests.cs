using System.Text;
using DanVan.Citations;
using DanVan.Ingest;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;
using static DanVan.Tests.Ingest.FormatFixtures;

namespace DanVan.Tests.Ingest;

public class PdfTextTests
{
    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(FormatFixtures))]
    public void EachSeedAsPdfGivesTheCitationsOfItsText(string stem)
    {
        var pdf = DocumentReader.Read(Fixture(stem + ".pdf"));
        Assert.Equal("pdf", pdf.Format);
        Assert.True(pdf.PageStarts.Count >= 4, $"{pdf.PageStarts.Count} pages");
        AssertSameCitationsAsText(stem, pdf);
    }

    [Fact]
    public void LinesPagesAndWrappedSymbolsKeepTheirShape()
    {
        var pdf = DocumentReader.Read(Fixture("003_d8bb7ebbcfc1d3bc.pdf"));
        // the header's lines, a blank line between the text's paragraphs; a line of Writer's page per "\n"
        Assert.StartsWith("Số: 614 /KH-UBND\n\nGia Lai, ngày 24 tháng 3 năm 2020\n\n**KẾ HOẠCH**\n**“Năm dân vận khéo” 2020**\n\n"
            + "Thực hiện Chương trình phối hợp số 348-CTr/BDVTU-UBND ngày 24/01/2017 giữa Ban\nDân vận Tỉnh ủy", pdf.Text);
        // a symbol wrapped at the margin after its hyphen stays wrapped; the normalizer joins it
        var wrapped = CitationExtractor.Extract(pdf.Text).Citations[3];
        Assert.Equal(("Kế hoạch số 01-KH/BDVTU-\nBCSĐUBND", "01-KH/BDVTU-BCSĐUBND"), (wrapped.Text, wrapped.Symbol));
        // pages apart by a blank line
        Assert.All(pdf.PageStarts.Skip(1), start => Assert.Equal("\n\n", pdf.Text[(start - 2)..start]));
    }

    [Theory]
    // seed 003 as Writer prints it: the plan's opening on page 1, the 2014 plan on page 3, the last mention on page 5
    [InlineData("Chương trình phối hợp số 348-CTr/BDVTU-UBND", 0, 1)]
    [InlineData("Kế hoạch số 2609/KH-UBND", 0, 3)]
    [InlineData("Chỉ thị số 12-CT/TU", 0, 4)]
    [InlineData("Kế hoạch số 282-KH/TU", 1, 5)]
    public void ACitationSaysWhichPageItIsOn(string words, int mention, int page)
    {
        var pdf = DocumentReader.Read(Fixture("003_d8bb7ebbcfc1d3bc.pdf"));
        var citation = CitationExtractor.Extract(pdf.Text).Citations.Where(c => c.Text == words).ElementAt(mention);
        Assert.Equal(page, pdf.PageAt(citation.Span.Start));
        Assert.Equal(5, pdf.PageAt(pdf.Text.Length - 1));
    }

    [Fact]
    public void PdfBytesNamedDocxAreReadAsPdf()
    {
        var read = DocumentReader.FromBytes("plan.docx", Bytes("001_a9e489f4bcb41d29.pdf"));
        Assert.Equal("pdf", read.Format);
        AssertSameCitationsAsText("001_a9e489f4bcb41d29", read);
    }

    public static TheoryData<string, Func<byte[]>, string> Hostile { get; } = new()
    {
        { "empty.pdf", () => [], "empty file" },
        // the first half of seed 003: no cross-reference table, no trailer
        { "truncated.pdf", () => Bytes("003_d8bb7ebbcfc1d3bc.pdf")[..15000], "damaged PDF (" },
        // a header and then noise
        { "noise.pdf", () => [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))], "damaged PDF (" },
        // text named .pdf
        { "plan.pdf", () => Encoding.UTF8.GetBytes("Kế hoạch số 614/KH-UBND"), "not a PDF file" },
        // seed 003 exported by Writer with the open password "x"
        { "password.pdf", () => Bytes("password.pdf"), "password-protected PDF (cannot be read without the password)" },
        // a scan: one page that is a picture
        { "scan.pdf", ImageOnlyPdf, "no text layer (needs OCR): 1 page of pictures only" },
        // more pages than a plan has
        { "huge.pdf", () => EmptyPages(PdfText.MaxPages + 1), $"{PdfText.MaxPages + 1} pages; the limit is {PdfText.MaxPages}" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostilePdfsAreRefusedFastWithOneMessage(string name, Func<byte[]> bytes, string problem) =>
        AssertRefusedFast(name, bytes(), problem);

    // A budget of zero is spent before the first page whatever the machine's load: the refusal cannot
    // depend on whether the cancelling timer or the parse runs first (it did with a 1 ms budget).
    [Fact]
    public void APdfOverItsTimeBudgetIsAbandonedAndNamed() =>
        AssertRefusedFast("slow.pdf", () => PdfText.Read("slow.pdf", Bytes("004_82944d6273abc2bf.pdf"), TimeSpan.Zero), "took longer than 0 s to read; the PDF is too complex or damaged");

    /// <summary>
    /// A PDF whose one page only paints a 2×2 grey picture, as a scanner writes it (LibreOffice Writer
    /// here cannot export a page as a picture, so it is written by hand).
    /// </summary>
    internal static byte[] ImageOnlyPdf()
    {
        const string content = "q 595 0 0 842 0 0 cm /Im1 Do Q";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0020\u0060\u00a0\u00e0\nendstream",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static byte[] EmptyPages(int count)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }
}
