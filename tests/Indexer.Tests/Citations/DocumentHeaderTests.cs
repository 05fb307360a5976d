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

    [Fact]
    public void TheIssuingUnitIsTheLastLineOfTheAgencyBlock()
    {
        // whole-document review, doc 02: the parent body above, the issuing Sở below
        var d = Header("UBND TỈNH QUẢNG NAM\nSỞ TƯ PHÁP\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 112/KH-STP\n\nQuảng Nam, ngày 08 tháng 02 năm 2023\n\nKẾ HOẠCH\nCông tác phổ biến, giáo dục pháp luật năm 2023\n\nThực hiện Quyết định số 1/QĐ-UBND");
        Assert.Equal("Sở Tư pháp", d.Agency);
        Assert.Equal("Quảng Nam", d.Province);
        Assert.Equal("Công tác phổ biến, giáo dục pháp luật năm 2023", d.Title);
    }

    [Fact]
    public void ReadsAPartyHeader()
    {
        // whole-document review, doc 03: "ĐẢNG CỘNG SẢN VIỆT NAM" after tabs, "Số 45-KH/TU" without colon,
        // a title that starts "thực hiện Kết luận số …", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"
        var result = CitationExtractor.Extract("TỈNH ỦY HÀ TĨNH\t\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 45-KH/TU\t\tHà Tĩnh, ngày 15 tháng 11 năm 2021\n\nKẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị\n\nThực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Thế Dũng");
        var d = result.Document;
        Assert.Equal("45-KH/TU", d.Symbol);
        Assert.Equal("Tỉnh ủy Hà Tĩnh", d.Agency);
        Assert.Equal("thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị", d.Title);
        Assert.Equal(("Trần Thế Dũng", "Phó bí thư"), (d.Signer, d.SignerTitle));
        Assert.Equal(["01-KL/TW", "01-KL/TW"], result.Citations.Select(c => c.Symbol));
    }

    [Fact]
    public void ReadsAHeaderLaidOutAsATable()
    {
        // whole-document review, doc 14: the header and the signature are table rows
        var d = Header("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| TỈNH BẮC GIANG | Độc lập - Tự do - Hạnh phúc |\n| Số: 1523/UBND-KTN | Bắc Giang, ngày 05 tháng 5 năm 2023 |\n\nKính gửi: Các sở.\n\n| Nơi nhận: - Như trên; | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phan Thế Tuấn |");
        Assert.Equal("Ủy ban nhân dân tỉnh Bắc Giang", d.Agency);
        Assert.Equal("1523/UBND-KTN", d.Symbol);
        Assert.Equal(("Phan Thế Tuấn", "Phó chủ tịch"), (d.Signer, d.SignerTitle));
    }

    [Fact]
    public void TitlesStopAtTheEnactingBodyAndRules()
    {
        // whole-document review, docs 04, 09: an HĐND resolution's title, a rule under a title
        Assert.Equal("Quy định mức chi bồi dưỡng trên địa bàn tỉnh Nghệ An",
            Header("HỘI ĐỒNG NHÂN DÂN\nTỈNH NGHỆ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 18/2023/NQ-HĐND\n\nNghệ An, ngày 08 tháng 12 năm 2023\n\nNGHỊ QUYẾT\nQuy định mức chi bồi dưỡng trên địa bàn tỉnh Nghệ An\nHỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\nKHÓA XVIII, KỲ HỌP THỨ 17\nCăn cứ Luật").Title);
        Assert.Equal("học tập chuyên đề năm 2022",
            Header("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nBAN TUYÊN GIÁO\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 38-HD/BTGTU\n\nQuảng Ngãi, ngày 03 tháng 3 năm 2022\n\nHƯỚNG DẪN\nhọc tập chuyên đề năm 2022\n-----\nThực hiện Hướng dẫn số 1-HD/BTGTW").Title);
    }

    [Fact]
    public void AnOfficialLetterTakesItsSubjectLineAsTitle()
    {
        var d = Header("UBND HUYỆN ĐỨC TRỌNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 1285/UBND-NV\nV/v triển khai thực hiện Công văn số 2210/UBND-NC\n\nĐức Trọng, ngày 26 tháng 4 năm 2024\n\nKính gửi: Các cơ quan");
        Assert.Equal("Công văn", d.Type);
        Assert.Equal("triển khai thực hiện Công văn số 2210/UBND-NC", d.Title);
    }

    [Fact]
    public void AHyphenatedProvinceIsAPlace()
    {
        var d = Header("SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 2450/KH-SGDĐT\n\nBà Rịa - Vũng Tàu, ngày 10 tháng 10 năm 2023\n\nKẾ HOẠCH\nTriển khai");
        Assert.Equal("Bà Rịa - Vũng Tàu", d.Province);
        Assert.Equal("Sở Giáo dục và Đào tạo", d.Agency);
    }
}
