using DanVan.Checking;
using DanVan.Graph;
using static DanVan.Checking.CheckVerdict;

namespace DanVan.Tests.Checking;

public class DraftCheckerTests(SeedGraph seeds) : IClassFixture<SeedGraph>
{
    /// <summary>Undated drafts are judged at this day.</summary>
    private static readonly DateOnly Today = new(2025, 6, 1);

    /// <summary>
    /// One row per verdict and per real way of getting it wrong: the draft sentence, then each
    /// reference's findings as "Kind Expected" joined by " + " ("Ok" when none). Judged at <see cref="Today"/>.
    /// </summary>
    public static TheoryData<string, string[]> Sentences => new()
    {
        // ok: the replacement itself, written right
        { "Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về ban hành Quy chế công tác dân vận", ["Ok"] },
        // superseded: DESIGN.md's example, cited after 30/7/2021
        { "Thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị", ["Superseded 23-QĐ/TW@2021"] },
        // superseded twice over: the decree was replaced by the Pháp lệnh, the Pháp lệnh by the Law in force now
        { "Nghị định số 79/2003/NĐ-CP ngày 07/7/2003 của Chính phủ", ["Superseded 10/2022/QH15@2022"] },
        // expired: the 2020 COVID-19 directive, not the 2016 dân vận one (same symbol)
        { "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ", ["Repealed"] },
        // date differs from the registry: a Quốc hội resolution a month off
        { "Nghị quyết số 88/2019/QH14 ngày 18/12/2019 của Quốc hội", ["DateDiffersFromRegistry 2019-11-18"] },
        // a year off: 114-KL/TW is of 2015, the draft's 2016 leads nowhere else
        { "Kết luận số 114-KL/TW ngày 14/7/2016 của Ban Bí thư", ["DateDiffersFromRegistry 2015-07-14"] },
        // date differs from the plans: seeds 000 and 003 date Gia Lai's 13/CT-UBND 18/7/2017
        { "Chỉ thị số 13/CT-UBND ngày 18/8/2017 của Ủy ban nhân dân tỉnh Gia Lai", ["DateDiffersFromPlans 2017-07-18"] },
        { "Chỉ thị số 13/CT-UBND ngày 18/7/2017 của Ủy ban nhân dân tỉnh Gia Lai", ["Ok"] },
        // a year off: no 13/CT-UBND of 2019 is known in Gia Lai, the plans' one of 2017 is
        { "Chỉ thị số 13/CT-UBND ngày 18/7/2019 của Ủy ban nhân dân tỉnh Gia Lai", ["DateDiffersFromPlans 2017-07-18"] },
        // a plan of the corpus knows its own date: seed 003 is Gia Lai's 614/KH-UBND of 24/3/2020
        { "Kế hoạch số 614/KH-UBND ngày 25/3/2020 của Ủy ban nhân dân tỉnh Gia Lai", ["DateDiffersFromPlans 2020-03-24"] },
        { "Kế hoạch số 614/KH-UBND ngày 24/3/2020 của Ủy ban nhân dân tỉnh Gia Lai", ["Ok"] },
        // issuer: 124-QĐ/TW of 2018 is Ban Bí thư's, of 2023 Bộ Chính trị's
        { "Quy định số 124-QĐ/TW ngày 02/02/2018 của Bộ Chính trị", ["IssuerDiffers Ban Bí thư"] },
        { "Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị", ["Ok"] },
        // issuer: "Thủ tướng" is the registry's "Thủ tướng Chính phủ"
        { "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng", ["Ok"] },
        // issuer: "Ban Chấp hành Trung ương" is "Ban Chấp hành Trung ương Đảng (khóa XI)"
        { "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương", ["Ok"] },
        // issuer: "UBTVQH" is "Ủy ban Thường vụ Quốc hội (Nguyễn Phú Trọng ký)"
        { "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của UBTVQH", ["Superseded 10/2022/QH15@2022"] },
        // issuer: the registry is unsure of 65-KL/TW's ("Bộ Chính trị (khóa X)? — sources conflict"): no finding
        { "Kết luận số 65-KL/TW ngày 04/3/2010 của Ban Bí thư", ["Ok"] },
        // issuer: a Thủ tướng's directive said to be the Government's
        { "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Chính phủ", ["Superseded 33/CT-TTg@2021 + IssuerDiffers Thủ tướng Chính phủ"] },
        // issuer from the code when the registry does not know the document: TTg is the Thủ tướng's
        { "Chỉ thị số 99/CT-TTg ngày 01/02/2024 của Bộ Chính trị", ["IssuerDiffers Thủ tướng Chính phủ + Unknown"] },
        // issuer: a province's body is not judged
        { "Chỉ thị số 13/CT-UBND ngày 18/7/2017 của UBND tỉnh Gia Lai", ["Ok"] },
        // type word: "Chỉ thị" for a QĐ code
        { "Chỉ thị số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị", ["Superseded 23-QĐ/TW@2021 + TypeWordDisagrees Quyết định"] },
        // type word: QĐ is both, the registry says 124-QĐ/TW of 2018 is a Quy định
        { "Quyết định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư", ["TypeWordDisagrees Quy định"] },
        // type word: an unknown Party QĐ may be a Quy định; an administrative CT is a Chỉ thị
        { "Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị", ["Unknown"] },
        { "Quyết định số 13/CT-UBND ngày 18/7/2017 của Ủy ban nhân dân tỉnh Gia Lai", ["TypeWordDisagrees Chỉ thị"] },
        // type word: a Quốc hội symbol has no type code; the registry says 88/2019/QH14 is a Nghị quyết
        { "Luật số 88/2019/QH14 ngày 18/11/2019 của Quốc hội", ["TypeWordDisagrees Nghị quyết"] },
        { "Nghị định số 99/2020/QH14 ngày 01/6/2020 của Quốc hội", ["TypeWordDisagrees Luật, Bộ luật, Nghị quyết + Unknown"] },
        // malformed: a space in the symbol, the Party layout written the state way, OCR letters, the term missing, code case
        { "Căn cứ Quyết định số 23- QĐ/TW ngày 30/7/2021 của Bộ Chính trị", ["Malformed 23-QĐ/TW"] },
        { "Chỉ thị số 30/CT-TƯ ngày 18/02/1998 của Bộ Chính trị", ["Malformed 30-CT/TW"] },
        { "Nghị định số O4/2015/ND-CP ngày 09/01/2015 của Chính phủ", ["Malformed 04/2015/NĐ-CP"] },
        { "Pháp lệnh số 34/2007/PL-UBTVQH ngày 20/4/2007", ["Superseded 10/2022/QH15@2022 + Malformed 34/2007/PL-UBTVQH11"] },
        { "Chỉ thị số 33/CT-TTG ngày 26/11/2021 của Thủ tướng Chính phủ", ["Malformed 33/CT-TTg"] },
        // not malformed: a line break after a separator is where a line wrapped
        { "Căn cứ Quyết định số 23-QĐ/\nTW ngày 30/7/2021 của Bộ Chính trị", ["Ok"] },
        // ambiguous: no date, two directives 16/CT-TTg
        { "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ", ["Ambiguous 16/CT-TTg@2016, 16/CT-TTg@2020"] },
        // unknown: in neither the registry nor the seeds
        { "Kế hoạch số 77-KH/TU ngày 02/3/2024 của Tỉnh ủy", ["Unknown"] },
        // unknown as dated, known in another year from one plan only (seed 003): the candidate is named, no date is judged
        { "Chương trình phối hợp số 348-CTr/BDVTU-UBND ngày 24/01/2018 giữa Ban Dân vận Tỉnh ủy và Ủy ban nhân dân tỉnh Gia Lai",
            ["Unknown 348-CTr/BDVTU-UBND@2017@Gia Lai"] },
        // named law, and a short form checked through its full mention
        { "Luật Thực hiện dân chủ ở cơ sở năm 2022", ["Ok"] },
        { "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội; Pháp lệnh số 34 của Ủy ban Thường vụ Quốc hội",
            ["Superseded 10/2022/QH15@2022", "Superseded 10/2022/QH15@2022"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void EachReferenceGetsItsFindings(string draft, string[] expected)
    {
        var report = seeds.Checker.Check(draft, Today);
        Assert.Equal(expected, report.References.Select(Describe));
    }

    private static string Describe(CheckedReference r) =>
        r.Findings.Count == 0 ? "Ok" : string.Join(" + ", r.Findings.Select(f => f.Expected is null ? $"{f.Kind}" : $"{f.Kind} {f.Expected}"));

    [Fact]
    public void TheDecisiveExample()
    {
        const string draft = "Căn cứ Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị;\n"
            + "Căn cứ Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 06/4/2007 của Ủy ban Thường vụ Quốc hội;";
        var report = seeds.Checker.Check(draft, Today);

        Assert.Equal((2, 2), (report.References.Count, report.NeedAttention));
        var (qd290, pl34) = (report.References[0], report.References[1]);
        Assert.Equal(("290-QĐ/TW@2010", Superseded), (qd290.Key, qd290.Verdict));
        var replaced = Assert.Single(qd290.Findings);
        Assert.Equal((Superseded, "23-QĐ/TW@2021", "2021-07-30", "confirmed"), (replaced.Kind, replaced.Expected, replaced.EffectiveFrom, replaced.Confidence));

        Assert.Equal(("34/2007/PL-UBTVQH11@2007", Superseded), (pl34.Key, pl34.Verdict));
        Assert.Equal([Superseded, DateDiffersFromRegistry], pl34.Findings.Select(f => f.Kind));
        Assert.Equal(("10/2022/QH15@2022", "2023-07-01"), (pl34.Findings[0].Expected, pl34.Findings[0].EffectiveFrom));
        Assert.Equal(("2007-04-06", "2007-04-20"), (pl34.Date, pl34.Findings[1].Expected));
        Assert.Equal("2007-04-20", pl34.Registry!.Date);
        Assert.Equal((2, 8), (pl34.Line, pl34.Column));
        Assert.Equal("Pháp lệnh số 34/2007/PL-UBTVQH11", draft[pl34.Start..pl34.End]);
    }

    /// <summary>A draft with its own header is judged at its date: 290-QĐ/TW was in force until the day 23-QĐ/TW took effect.</summary>
    [Theory]
    // seed 003's header: cited in March 2020, before the replacement
    [InlineData("Gia Lai, ngày 24 tháng 3 năm 2020", "2020-03-24", Ok)]
    // the day before, and the day the replacement took effect
    [InlineData("Hà Nội, ngày 29 tháng 7 năm 2021", "2021-07-29", Ok)]
    [InlineData("Hà Nội, ngày 30 tháng 7 năm 2021", "2021-07-30", Superseded)]
    [InlineData("Vĩnh Long, ngày 10 tháng 01 năm 2022", "2022-01-10", Superseded)]
    public void ADatedDraftIsJudgedAtItsOwnDate(string dateLine, string draftDate, CheckVerdict verdict)
    {
        var draft = $"ỦY BAN NHÂN DÂN TỈNH\nSố: 15/KH-UBND\n{dateLine}\n\nKẾ HOẠCH\nThực hiện công tác dân vận\n\n"
            + "Thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị;";
        var report = seeds.Checker.Check(draft, Today);
        Assert.Equal((draftDate, true), (report.DraftDate, report.DraftDated));
        Assert.Equal(verdict, Assert.Single(report.References).Verdict);
    }

    [Fact]
    public void AnUndatedDraftIsJudgedToday()
    {
        var report = seeds.Checker.Check("Thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị", new DateOnly(2020, 1, 1));
        Assert.Equal(("2020-01-01", false), (report.DraftDate, report.DraftDated));
        Assert.Equal(Ok, report.References.Single().Verdict);
    }

    [Fact]
    public void LinesAndColumnsCountFromOne()
    {
        const string draft = "Kính gửi: các sở\n😀 Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ";
        var reference = seeds.Checker.Check(draft, Today).References.Single();
        // the emoji is two UTF-16 units, one character
        Assert.Equal((2, 10), (reference.Line, reference.Column));
        Assert.Equal("Chỉ thị số 33/CT-TTg", draft[reference.Start..reference.End]);
    }
}

/// <summary>What a check reads of the graph: a registry document's facts are the registry's, whoever cites it.</summary>
public class DraftCheckerReadsTests(SeedGraph seeds) : IClassFixture<SeedGraph>
{
    /// <summary>
    /// 290-QĐ/TW is in the registry: its citations are not read (at 1M plans 25-NQ/TW has 605,516, and reading them made a
    /// three-reference check take 400 s). Gia Lai's 13/CT-UBND is known from the plans citing it only: they date it.
    /// </summary>
    [Fact]
    public void OnlyADocumentKnownByItsCitationsHasThemRead()
    {
        var (graph, calls) = RecordingGraph.Over(seeds.Graph);
        var report = DraftChecker.Over(graph).Check(
            "Thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị và Chỉ thị số 13/CT-UBND ngày 18/8/2017 của Ủy ban nhân dân tỉnh Gia Lai",
            new DateOnly(2025, 6, 1));

        Assert.Equal([(Superseded, "23-QĐ/TW@2021"), (DateDiffersFromPlans, "2017-07-18")], report.References.Select(r => (r.Findings[0].Kind, r.Findings[0].Expected)));
        Assert.Equal(["13/CT-UBND@2017@Gia Lai"], calls.Where(c => c.Method == nameof(ICitationGraph.CitationsTo)).Select(c => c.Argument).Distinct());
    }
}
