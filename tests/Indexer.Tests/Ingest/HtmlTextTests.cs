using System.Diagnostics;
using System.Text;
using DanVan.Citations;
using DanVan.Ingest;

namespace DanVan.Tests.Ingest;

public class HtmlTextTests
{
    private static string Text(string html) => DocumentReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html)).Text;

    [Theory]
    // Blocks end lines: TextContent would give "114-KL/TWcủa".
    [InlineData("<div>Thực hiện Kết luận 114-KL/TW</div><div>của Ban Bí thư</div>", "Thực hiện Kết luận 114-KL/TW\ncủa Ban Bí thư")]
    // Paragraphs are apart; <br> is a line; runs of white space are one space.
    [InlineData("<p>Căn cứ   Luật\n Tổ chức</p><p>Xét đề nghị<br>của Sở Nội vụ</p>", "Căn cứ Luật Tổ chức\n\nXét đề nghị\ncủa Sở Nội vụ")]
    // A table row is one line, its cells kept apart, as devset 03's published page has them.
    [InlineData("<table><tr><td>ỦY BAN NHÂN DÂN</td><td><p>CỘNG HÒA</p><p>Độc lập</p></td></tr><tr><td>Số: 680/QĐ-UBND</td><td>Vĩnh Long</td></tr></table>",
        "| ỦY BAN NHÂN DÂN | CỘNG HÒA Độc lập |\n| Số: 680/QĐ-UBND | Vĩnh Long |")]
    // Inline elements do not break: a symbol split by <b> stays whole.
    [InlineData("<p>Chỉ thị số <b>16</b>/CT-<i>TTg</i> ngày 16/5/2016</p>", "Chỉ thị số 16/CT-TTg ngày 16/5/2016")]
    // &nbsp; and entities are text.
    [InlineData("<p>Quyết&nbsp;định số 290-QĐ/TW &amp; Kết luận</p>", "Quyết định số 290-QĐ/TW & Kết luận")]
    public void Blocks_lines_paragraphs_and_cells(string html, string text) => Assert.Equal(text, Text(html));

    [Fact]
    public void Page_furniture_is_left_out()
    {
        var text = Text("""
            <html><head><title>Kế hoạch số 1/KH-UBND</title><script>var x = "Chỉ thị số 55/CT-TTg";</script></head><body>
            <div id="header">CỔNG THÔNG TIN</div><nav><a>Trang chủ</a></nav><div class="breadcrumb">Văn bản</div>
            <div class="content"><p>Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.</p></div>
            <aside><a>Quyết định số 777/QĐ-UBND</a></aside><div class="related-news"><a>Kế hoạch số 888/KH-UBND</a></div>
            <footer>Giấy phép số 12/GP-TTĐT</footer><noscript>Bật JavaScript</noscript></body></html>
            """);
        Assert.Equal("Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.", text);
    }

    [Fact]
    public void A_teaser_box_named_content_does_not_hide_the_page()
    {
        var text = Text("<body><p>Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước.</p>"
            + "<div class='content-teaser'>Xem thêm</div></body>");
        Assert.Contains("04/2015/NĐ-CP", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_pages_are_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1258 = Encoding.GetEncoding(1258);
        // A Windows-1258 page that says so, and one that does not (not UTF-8: read as a text file is, by what reads as Vietnamese).
        const string Plan = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016 của Thủ tướng Chính phủ về công tác dân vận";
        var said = cp1258.GetBytes(Windows1258Form($"<meta charset=\"windows-1258\"><p>{Plan}</p>"));
        var unsaid = cp1258.GetBytes(Windows1258Form($"<p>{Plan}</p>"));
        Assert.Equal(Plan, DocumentReader.FromBytes("a.html", said).Text);
        Assert.Equal(Plan, DocumentReader.FromBytes("b.html", unsaid).Text);
        // bytes that are neither UTF-8 nor Vietnamese are refused as a text file's are, not guessed
        var e = Assert.Throws<DanVanException>(() => DocumentReader.FromBytes("c.html", [.. "<p>Hello "u8, 0xFF, 0xC3, .. " world</p>"u8]));
        Assert.StartsWith("c.html: not UTF-8 text (invalid byte 0xFF", e.Message, StringComparison.Ordinal);
    }

    /// <summary>As Windows-1258 writes Vietnamese: letters with their circumflex, breve or horn precomposed, tone marks combining after.</summary>
    private static string Windows1258Form(string text)
    {
        var tones = "\u0300\u0301\u0303\u0309\u0323";
        var output = new StringBuilder();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var letter = new StringBuilder().Append(decomposed[i]);
            var tone = "";
            while (i + 1 < decomposed.Length && char.GetUnicodeCategory(decomposed[i + 1]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                if (tones.Contains(decomposed[i], StringComparison.Ordinal))
                {
                    tone += decomposed[i];
                }
                else
                {
                    letter.Append(decomposed[i]);
                }
            }

            output.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tone);
        }

        return output.ToString();
    }

    [Theory]
    // A page typed in .VnTime (TCVN3) and VNI-Times: the font says how to read the bytes.
    [InlineData("<p><span style=\"font-family: '.VnTime', serif\">Thùc hiÖn ChØ thÞ sè 16/CT-TTg</span></p>", "Thực hiện Chỉ thị số 16/CT-TTg")]
    [InlineData("<p><font face=\"VNI-Times\">Thöïc hieän Chæ thò soá 16/CT-TTg</font></p>", "Thực hiện Chỉ thị số 16/CT-TTg")]
    // Capitals font: .VnTimeH letters are capitals.
    [InlineData("<p style=\"font-family:.VnTimeH\">kÕ ho¹ch</p>", "KẾ HOẠCH")]
    // The rest of the page is Unicode and stays so.
    [InlineData("<p>Thực hiện <span style=\"font-family:.VnTime\">ChØ thÞ</span> số 16</p>", "Thực hiện Chỉ thị số 16")]
    public void Text_in_a_legacy_font_is_converted(string html, string text) => Assert.Equal(text, Text(html));

    [Theory]
    // Declared UTF-7 or UTF-16 in a page's own ASCII bytes means UTF-8 (the HTML standard); .NET refuses UTF-7 outright.
    [InlineData("<meta charset=\"utf-7\"><p>Thực hiện Chỉ thị số 16/CT-TTg</p>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-16\"><p>Thực hiện Chỉ thị số 16/CT-TTg</p>")]
    [InlineData("<meta charset=\"no-such-charset\"><p>Thực hiện Chỉ thị số 16/CT-TTg</p>")]
    public void An_odd_declared_charset_falls_back_to_utf8(string html) => Assert.Equal("Thực hiện Chỉ thị số 16/CT-TTg", Text(html));

    [Fact]
    public void Raw_legacy_bytes_in_a_legacy_font_are_converted_as_the_font_says()
    {
        // TCVN3 bytes, no charset: one character per byte for the .VnTime converter, not Windows-1258.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("<p><font face=\".VnTime\">Thùc hiÖn ChØ thÞ sè 16/CT-TTg</font></p>");
        Assert.Equal("Thực hiện Chỉ thị số 16/CT-TTg", DocumentReader.FromBytes("legacy.html", bytes).Text);
    }

    [Fact]
    public void A_page_quoting_the_pdf_header_is_a_page() =>
        Assert.Equal("html", DocumentReader.FromBytes("about.html", Encoding.UTF8.GetBytes("<p>Tệp bắt đầu bằng %PDF-1.4 là một tệp PDF.</p>")).Format);

    [Fact]
    public void A_hostile_class_attribute_costs_nothing() =>
        Assert.Equal("Chỉ thị số 16/CT-TTg", Text($"<div class=\"{string.Concat(Enumerable.Repeat("-n", 2_000_000))}\"><p>Chỉ thị số 16/CT-TTg</p></div>"));

    [Fact]
    public void Ten_thousand_nested_elements_are_read_quickly()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 10_000)) + "Kết luận 114-KL/TW" + string.Concat(Enumerable.Repeat("</span></div>", 10_000));
        var clock = Stopwatch.StartNew();
        var document = DocumentReader.FromBytes("deep.html", Encoding.UTF8.GetBytes(html));
        // About 2 s on a quiet 2-core machine (the parser checks scope through its stack of open elements); the bound catches a hang.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
        Assert.Equal("114-KL/TW", CitationExtractor.Extract(document.Text).Citations.Single().Symbol);
    }

    [Fact]
    public void A_hundred_thousand_siblings_are_read_in_linear_time()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"<p>Chỉ thị số {i}/CT-TTg</p>")) + "</body></html>";
        var clock = Stopwatch.StartNew();
        var text = Text(html);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed}"); // about 1 s; sibling by sibling it took 15
        Assert.EndsWith("Chỉ thị số 99999/CT-TTg", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_past_the_limit_is_refused_at_once()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Kết luận 114-KL/TW";
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<DanVanException>(() => DocumentReader.FromBytes("deep.html", Encoding.UTF8.GetBytes(html)));
        Assert.Equal("deep.html: HTML nested deeper than 20,000 elements (a broken or hostile page)", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
        // a long page of unclosed paragraphs and list items is not deep
        Assert.Contains("Chỉ thị số 29999", Text("<ul>" + string.Concat(Enumerable.Range(0, 30_000).Select(i => $"<li><p>Chỉ thị số {i}")) + "</ul>"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body>   </body></html>", "page.html: no text in this HTML page")]
    [InlineData("<script>only()</script><nav>menu</nav>", "page.html: no text in this HTML page")]
    [InlineData("", "page.html: empty file")]
    public void Pages_without_text_are_refused_by_name(string html, string message) =>
        Assert.Equal(message, Assert.Throws<DanVanException>(() => Text(html)).Message);

    [Fact]
    public void A_truncated_page_gives_what_it_has() =>
        Assert.Equal("Thực hiện Chỉ thị số 16/CT-TTg ngày", Text("<html><body><p>Thực hiện Chỉ thị số 16/CT-TTg ngày<a href=\"/x"));

    [Fact]
    public void An_oversized_page_is_refused()
    {
        var e = Assert.Throws<DanVanException>(() => DocumentReader.FromBytes("huge.html", new byte[HtmlText.MaxBytes + 1]));
        Assert.StartsWith("huge.html: HTML page too large", e.Message, StringComparison.Ordinal);
    }
}
