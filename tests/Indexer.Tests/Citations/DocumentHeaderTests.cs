using DanVan.Citations;

namespace DanVan.Tests.Citations;

public class DocumentHeaderTests
{
    private static DocumentInfo Header(string text) => CitationExtractor.Extract(text).Document;

    private static DocumentInfo Seed(string name) => Header(File.ReadAllText(Path.Combine(RepoPaths.Corpus, name)));

    [Fact]
    public void ReadsAStatePlanHeader()
    {
        // seed 003: "Số: 614 /KH-UBND", "Gia Lai, ngày 24 tháng 3 năm 2020", signed by the chairman
        var d = Seed("003_d8bb7ebbcfc1d3bc.txt");
        Assert.Equal("614/KH-UBND", d.Symbol);
        Assert.Equal("Kế hoạch", d.Type);
        Assert.Equal("“Năm dân vận khéo” 2020", d.Title);
        Assert.Equal(new DateOnly(2020, 3, 24), d.Date);
        Assert.Null(d.DateLowerBound);
        Assert.Equal("Gia Lai", d.Province);
        Assert.Equal("UBND tỉnh Gia Lai", d.Agency);
        Assert.Equal("Võ Ngọc Thành", d.Signer);
        Assert.Equal("Chủ tịch", d.SignerTitle);
    }

    [Fact]
    public void ANumberlessHeaderHasNoSymbol()
    {
        // seed 002: "Số: /KH-STTTT-VP"
        var d = Seed("002_7af13d52a2337a5a.txt");
        Assert.Null(d.Symbol);
        Assert.Equal("/KH-STTTT-VP", d.SymbolPattern);
        Assert.Equal("Trà Vinh", d.Province);
        Assert.Equal(new DateOnly(2021, 4, 7), d.Date);
        Assert.Equal("Sở Thông tin và Truyền thông", d.Agency);
        Assert.Equal("Nguyễn Văn Này", d.Signer);
    }

    [Fact]
    public void AnUndatedPlanGetsTheLatestCitedDateAsALowerBound()
    {
        // seed 000 has no header; the latest date it cites is Kế hoạch 423/KH-UBND of 16/4/2021
        var d = Seed("000_03a67518330207df.txt");
        Assert.Null(d.Date);
        Assert.Equal(new DateOnly(2021, 4, 16), d.DateLowerBound);
        Assert.Equal("Kế hoạch", d.Type);
        Assert.Equal("Gia Lai", d.Province);
    }

    [Fact]
    public void ReadsAnAgencyBlockInCapitals()
    {
        const string text = "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 172/KH-UBND\n\nThanh Hóa, ngày 26 tháng 6 năm 2023\n\nKẾ HOẠCH\n\nTRIỂN KHAI THI HÀNH LUẬT\n\nThực hiện Quyết định số 346/QĐ-TTg";
        var d = Header(text);
        Assert.Equal("Ủy ban nhân dân tỉnh Thanh Hóa", d.Agency);
        Assert.Equal("172/KH-UBND", d.Symbol);
        Assert.Equal("TRIỂN KHAI THI HÀNH LUẬT", d.Title);
        Assert.Equal("Thanh Hóa", d.Place);
    }

    [Fact]
    public void ADraftWithABlankDayHasOnlyAYear()
    {
        // devset 25: "Số: /QĐ-UBND Giá Rai, ngày tháng năm 2013"
        var d = Header("Hạnh phúc Số: /QĐ-UBND Giá Rai, ngày tháng năm 2013 QUYẾT ĐỊNH Căn cứ Chỉ thị số 18/2000/CT-TTg, ngày 21/9/2000");
        Assert.Null(d.Date);
        Assert.Equal("Giá Rai", d.Place);
        Assert.Equal("Quyết định", d.Type);
        Assert.Equal(new DateOnly(2013, 1, 1), d.DateLowerBound);
    }

    [Fact]
    public void ANewsPageHasADateLineAndATitle()
    {
        // devset 04
        var d = Header("Thực hiện dân chủ trong cơ quan, đơn vị theo quy định nào?\n\n(Chinhphu.vn) - Ông A hỏi.\n\n23/10/2025 09:00\n\nVề vấn đề này");
        Assert.Equal(new DateOnly(2025, 10, 23), d.Date);
        Assert.Equal("Thực hiện dân chủ trong cơ quan, đơn vị theo quy định nào?", d.Title);
    }

    [Fact]
    public void APageReproducingADocumentTakesItsNumberFromTheHeading()
    {
        // devset 12: the heading names the document the page reproduces; it is not a citation
        var result = CitationExtractor.Extract("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ VỀ SẮP XẾP\nThực hiện Kết luận số 121-KL/TW, ngày 24/01/2025");
        Assert.Equal("127-KL/TW", result.Document.Symbol);
        Assert.Equal(["121-KL/TW"], result.Citations.Select(c => c.Symbol));
    }
}
