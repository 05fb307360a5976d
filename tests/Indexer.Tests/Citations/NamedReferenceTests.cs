using DanVan.Citations;

namespace DanVan.Tests.Citations;

public class NamedReferenceTests
{
    /// <summary>Text, the named reference's text, and the symbol it resolves to (null: found, not resolved).</summary>
    public static TheoryData<string, string, string?> Names => new()
    {
        // with a year: seed 004
        { "thực hiện Luật Thực hiện dân chủ \n\nở cơ sở năm 2022; Nghị định", "Luật Thực hiện dân chủ \n\nở cơ sở năm 2022", "10/2022/QH15" },
        // without symbol or year: seed 004
        { "Thực hiện nghiêm Luật tiếp công dân của người đứng đầu", "Luật tiếp công dân", "42/2013/QH13" },
        // upper case in a title: devset 01
        { "KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ TRÊN ĐỊA BÀN", "LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "10/2022/QH15" },
        // the version by the date given: devset 02 (2025) and 29 (2015)
        { "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", "72/2025/QH15" },
        { "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015", "77/2015/QH13" },
        // an amending law is one reference: devset 29, 14
        { "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng ngày 14 tháng 6 năm 2005;", "Luật Sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng ngày 14 tháng 6 năm 2005", "47/2005/QH11" },
        { "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính\nphủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính\nphủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019", "47/2019/QH14" },
        // a law the table lacks is found, not resolved (written for the test)
        { "Căn cứ Luật Điện ảnh ngày 15 tháng 6 năm 2022;", "Luật Điện ảnh ngày 15 tháng 6 năm 2022", null },
        // a named ordinance: devset 30, 28
        { "Điều 26 của Pháp lệnh về thực hiện dân chủ ở xã, phường, thị trấn;", "Pháp lệnh về thực hiện dân chủ ở xã, phường, thị trấn", "34/2007/PL-UBTVQH11" },
        { "trong thực hiện Pháp lệnh dân chủ ở cơ sở", "Pháp lệnh dân chủ ở cơ sở", "34/2007/PL-UBTVQH11" },
        // Party congress resolutions: seed 001, devset 10
        { "thực hiện Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng và", "Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng", null },
        { "Nghị quyết Đại hội \n\nĐảng bộ tỉnh lần thứ XX về công tác", "Nghị quyết Đại hội \n\nĐảng bộ tỉnh lần thứ XX", null },
        // a longer name is another law, not the table's shorter one (whole-document review, doc 15)
        { "Căn cứ Luật Giáo dục nghề nghiệp năm 2014;", "Luật Giáo dục nghề nghiệp năm 2014", "74/2014/QH13" },
        { "Căn cứ Luật Quy hoạch đô thị năm 2009;", "Luật Quy hoạch đô thị năm 2009", "30/2009/QH12" },
        // "tai" in "thiên tai" is not "tại" (doc 11); "và", "của" before lower case stay in a name (doc 20)
        { "Căn cứ Luật Phòng, chống thiên tai năm 2013;", "Luật Phòng, chống thiên tai năm 2013", "33/2013/QH13" },
        { "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025;", "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025", "93/2025/QH15" },
        { "Căn cứ Luật Điện lực của nước ta", "Luật Điện lực của nước ta", null },
        // an amending law of two laws is one reference (doc 11)
        { "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều năm 2020;", "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều năm 2020", "60/2020/QH14" },
        // Bộ luật (written for the test)
        { "theo quy định của Bộ luật Lao động năm 2019", "Bộ luật Lao động năm 2019", "45/2019/QH14" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void FindsNamedReferences(string text, string expectedText, string? resolved)
    {
        var named = Assert.Single(CitationExtractor.Extract(text).Citations, c => c.Form == CitationForm.Named);
        Assert.Equal(expectedText, named.Text);
        Assert.Equal(resolved, named.ResolvedSymbol);
        Assert.Null(named.Symbol);
    }

    public static TheoryData<string> NotNames => new()
    {
        // common nouns and drafts (seed 001: "dự án Luật Thực hiện dân chủ ở cơ sở" before the law existed)
        "theo quy định của pháp luật về dân chủ",
        "xây dựng dự án Luật Thực hiện dân chủ ở cơ sở",
        "tổ chức triển khai Luật và các văn bản hướng dẫn",
        "mời Luật sư tư vấn",
        // "kỷ luật cán bộ, công chức" is discipline, not the Law on cadres (whole-document review, doc 06)
        "về xử lý kỷ luật cán bộ, công chức, viên chức",
        "tuân theo quy luật khách quan",
    };

    [Theory]
    [MemberData(nameof(NotNames))]
    public void IgnoresWordsThatNameNoDocument(string text) =>
        Assert.DoesNotContain(CitationExtractor.Extract(text).Citations, c => c.Form == CitationForm.Named);

    [Fact]
    public void ALawNamedWithItsSymbolIsOneCitation()
    {
        var citation = Assert.Single(CitationExtractor.Extract("Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15;").Citations);
        Assert.Equal("10/2022/QH15", citation.Symbol);
        Assert.Equal("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15", citation.Text);
    }

    [Fact]
    public void PicksTheLawInForceAtTheDocumentDateWhenNoYearIsGiven()
    {
        const string plan = "Số: 12/QĐ-UBND\n\nHà Nội, ngày 05 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;";
        var named = Assert.Single(CitationExtractor.Extract(plan).Citations, c => c.Form == CitationForm.Named);
        Assert.Equal("72/2025/QH15", named.ResolvedSymbol);
    }
}
