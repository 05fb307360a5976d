using System.Diagnostics;
using System.Text;
using DanVan.Citations;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DanVan.Tests.Citations;

public class ExtractorPropertyTests
{
    /// <summary>Pieces of real plans and of what damages them; random sequences of these reach every reader.</summary>
    private static readonly string[] Fragments =
    [
        "Chỉ thị", "Quyết định", "Quy định", "Nghị quyết", "Kết luận", "Kế hoạch", "Chương trình phối hợp", "Pháp lệnh", "Luật",
        "Công văn", "Văn bản", "KH", " số ", "số", " ", "  ", "\n", "\n\n", ", ", "; ", ".", ":", "“", "”", "(", ")", "|", "-", "/",
        " - ", "–", "16/CT-TTg", "114-KL/TW", "290- QĐ/TW", "13/CT-\n\nUBND", "04/2015/NĐ-CP", "34/2007/PL-UBTVQH11", "575/UBND-NC",
        "348-CTr/BDVTU-UBND", "O4 /2015/ND-CP", "61/2018/NĐCP", "16", "2016", "5", "16/5/2016", "ngày", "tháng", "năm", "ngày 16/5/2016",
        "ngày 16 tháng 01 năm 2024", "của", "giữa", "về", "và", "Thủ tướng Chính phủ", "Ban Dân vận Tỉnh ủy", "Ngày 12/9/2018, Ban A đã ban hành",
        "Số: 614 /KH-UBND", "Gia Lai, ngày 24 tháng 3 năm 2020", "KẾ HOẠCH", "GIÁM ĐỐC", "Đoàn Dụng", "Thực hiện dân chủ ở cơ sở",
        "Nghị quyết Đại hội", "lần thứ XIII", "sửa đổi, bổ sung một số điều của", "Ủy ban", "Uỷ", "Ð", "\u00A0", "\u200B", "\u0301", "e\u0302\u0301",
        "\uD83D\uDE00", "\r\n", "\t", "a", "Z", "0", "9", "&", "ĐẢNG", "qụỵết",
    ];

    private static Arbitrary<string> PlanLikeText() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property AnyPlanLikeTextGivesSpansInsideTheTextThatNeverOverlap() =>
        Prop.ForAll(PlanLikeText(), text => SpansAreValid(text));

    [Property(MaxTest = 400)]
    public Property AnyStringAtAllIsHandled() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), s => SpansAreValid(s.Get));

    private static bool SpansAreValid(string text)
    {
        var result = CitationExtractor.Extract(text);
        var previousEnd = 0;
        foreach (var citation in result.Citations)
        {
            var span = citation.Span;
            if (span.Start < previousEnd || span.End <= span.Start || span.End > text.Length
                || citation.Text != text[span.Start..span.End])
            {
                return false;
            }

            previousEnd = span.End;
        }

        return true;
    }

    /// <summary>50 MB on one line, built to tempt backtracking and quadratic loops, each finishes in linear time.</summary>
    [Theory]
    [InlineData("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về tăng cường; Chỉ thị số 16 của; ")]
    [InlineData("1-A/B-C/D-E/F-G/H-I/J-K/L-M/N-O/")]
    [InlineData("Luật Luật Nghị quyết Đại hội lần thứ Pháp lệnh về Luật sửa đổi, bổ sung một số điều của Luật ")]
    [InlineData("số 1 số 2 ngày 1/1/ ngày tháng năm của của của giữa về về “ ” ; ")]
    [InlineData("                                                                  ")]
    public void FiftyMegabytesOnOneLineFinishInLinearTime(string unit)
    {
        var builder = new StringBuilder(50_000_000 + unit.Length);
        while (builder.Length < 50_000_000)
        {
            builder.Append(unit);
        }

        var text = builder.ToString();
        var clock = Stopwatch.StartNew();
        var result = CitationExtractor.Extract(text);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"50 MB of \"{unit[..Math.Min(20, unit.Length)]}…\" took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.All(result.Citations, c => Assert.True(c.Span.End <= text.Length));
    }
}
