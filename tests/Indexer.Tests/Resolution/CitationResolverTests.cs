using DanVan.Citations;
using DanVan.Resolution;

namespace DanVan.Tests.Resolution;

public class CitationResolverTests
{
    private static readonly Registry Registry = Registry.Load(Path.Combine(RepoPaths.Corpus, "registry"));

    /// <summary>The registry plus keys the corpus would add (plans' own numbers, dated citations).</summary>
    private sealed class Candidates(params string[] corpusKeys) : ICandidateSource
    {
        public IReadOnlyCollection<string> Keys(string officialSymbol, string? province) =>
            [.. Registry.WithSymbol(officialSymbol).Select(e => e.Key)
                .Concat(corpusKeys.Where(k => DocumentKey.Parse(k) is var p && p.Symbol == officialSymbol && p.Province == province))];

        public bool IsPlan(string key) => corpusKeys.Contains(key);
    }

    private static IReadOnlyList<ResolvedCitation> Resolve(string text, string? province = "Gia Lai", DateOnly? date = null, ICandidateSource? source = null) =>
        new CitationResolver(Registry, source ?? new Candidates()).Resolve(CitationExtractor.Extract(text).Citations, new CitingPlan(province, date));

    [Fact]
    public void TheSameSymbolInTwoYearsIsTwoDocuments()
    {
        var keys = Resolve("Chỉ thị số 16/CT-TTg ngày 16/5/2016 về dân vận; Chỉ thị số 16/CT-TTg ngày 31/3/2020 về phòng, chống dịch COVID-19").Select(r => r.Key);
        Assert.Equal(["16/CT-TTg@2016", "16/CT-TTg@2020"], keys);
        var regulations = Resolve("Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư; Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị");
        Assert.Equal(["124-QĐ/TW@2018", "124-QĐ/TW@2023"], regulations.Select(r => r.Key));
        Assert.All(regulations, r => Assert.Equal(ResolutionKind.Registry, r.Kind));
    }

    [Fact]
    public void ALocalDocumentBelongsToItsProvince()
    {
        const string text = "Chỉ thị số 13/CT-UBND ngày 18/7/2017 của Ủy ban nhân dân tỉnh";
        var gialai = Assert.Single(Resolve(text, "Gia Lai"));
        var quangngai = Assert.Single(Resolve(text, "Quảng Ngãi"));
        Assert.Equal("13/CT-UBND@2017@Gia Lai", gialai.Key);
        Assert.Equal("13/CT-UBND@2017@Quảng Ngãi", quangngai.Key);
        // a province named with it wins over the citing plan's
        Assert.Equal("13/CT-UBND@2017@Gia Lai", Assert.Single(Resolve("Chỉ thị số 13/CT-UBND ngày 18/7/2017 của Ủy ban nhân dân tỉnh Gia Lai", "Tây Ninh")).Key);
        Assert.Equal(ResolutionKind.Cited, gialai.Kind);
    }

    [Fact]
    public void AnUndatedSymbolWithTwoCandidatesIsAmbiguousAndListsThem()
    {
        // devset 21: "Chỉ thị 16/CT-TTg" with no date
        var r = Assert.Single(Resolve("Thủ tướng vừa ký Chỉ thị 16/CT-TTg về tăng cường công tác dân vận", null));
        Assert.Equal(ResolutionKind.Ambiguous, r.Kind);
        Assert.Null(r.Key);
        Assert.Equal(["16/CT-TTg@2016", "16/CT-TTg@2020"], r.Candidates);
    }

    [Fact]
    public void AnUndatedSymbolTakesTheYearOfItsOnlyCandidate()
    {
        // seed 002: "Chỉ thị số 30-CT/TW của Bộ chính trị" (no date); the registry knows one 30-CT/TW
        Assert.Equal("30-CT/TW@1998", Assert.Single(Resolve("thực hiện Chỉ thị số 30-CT/TW của Bộ chính trị;")).Key);
        // seed 000: "348-CTr/BDVTU-UBND" undated; seed 003 dates it 24/01/2017
        var source = new Candidates("348-CTr/BDVTU-UBND@2017@Gia Lai");
        Assert.Equal("348-CTr/BDVTU-UBND@2017@Gia Lai", Assert.Single(Resolve("Chương trình phối hợp số 348-CTr/BDVTU-UBND giữa Ban Dân vận", source: source)).Key);
        // none known: a node without a year, said as such
        var undated = Assert.Single(Resolve("Kế hoạch số 77-KH/TU của Tỉnh ủy"));
        Assert.Equal((ResolutionKind.Undated, "77-KH/TU@?@Gia Lai"), (undated.Kind, undated.Key));
    }

    [Fact]
    public void ACandidateIssuedAfterTheCitingPlanIsRuledOut()
    {
        // a 2019 plan cannot cite the 2020 COVID-19 directive
        var r = Assert.Single(Resolve("Chỉ thị 16/CT-TTg về dân vận", null, new DateOnly(2019, 3, 1)));
        Assert.Equal("16/CT-TTg@2016", r.Key);
    }

    [Fact]
    public void ShortFormsAndNamedLawsResolveToTheirDocument()
    {
        var r = Resolve("Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007; Pháp lệnh số 34 của Ủy ban Thường vụ Quốc hội; Luật Thực hiện dân chủ ở cơ sở năm 2022; Nghị quyết Đại hội XIII của Đảng");
        Assert.Equal(["34/2007/PL-UBTVQH11@2007", "34/2007/PL-UBTVQH11@2007", "10/2022/QH15@2022"], r.Take(3).Select(x => x.Key));
        Assert.Equal(ResolutionKind.Named, r[3].Kind);
        Assert.Equal("~Nghị quyết:nghi quyet dai hoi xiii cua dang", r[3].Key);
    }

    [Fact]
    public void APlanOfTheCorpusIsRecognised()
    {
        var r = Assert.Single(Resolve("Kế hoạch số 614/KH-UBND ngày 24/3/2020 của UBND tỉnh", "Gia Lai", source: new Candidates("614/KH-UBND@2020@Gia Lai")));
        Assert.Equal(ResolutionKind.Plan, r.Kind);
    }
}
