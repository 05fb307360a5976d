using DanVan.Graph;
using DanVan.Queries;

namespace DanVan.Tests.Queries;

public class GraphQueriesTests
{
    private static T Query<T>(TestCorpus corpus, Func<GraphQueries, T> query)
    {
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        return query(GraphQueries.Over(graph));
    }

    private static IEnumerable<string> Plans(CitesResult r) => r.Groups.SelectMany(g => g.Mentions).Select(m => m.Plan.Path).Distinct().Order();

    [Fact]
    public void WhoCitesADirectiveAmongTheSeeds()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        Assert.Equal(["000_03a67518330207df.txt", "001_a9e489f4bcb41d29.txt", "002_7af13d52a2337a5a.txt", "003_d8bb7ebbcfc1d3bc.txt"],
            Plans(Query(corpus, q => q.Cites("16/CT-TTg", 2016))));
        Assert.Equal(5, Plans(Query(corpus, q => q.Cites("114-KL/TW"))).Count());
        // typed in lower case; by the province's name after the merger (Trà Vinh is now Vĩnh Long)
        Assert.Equal(["002_7af13d52a2337a5a.txt"], Plans(Query(corpus, q => q.Cites("16/ct-ttg", province: "Vĩnh Long"))));
        Assert.Equal(["002_7af13d52a2337a5a.txt"], Plans(Query(corpus, q => q.Cites("16/CT-TTg", province: "Trà Vinh"))));
        var group = Query(corpus, q => q.Cites("114-KL/TW")).Groups.Single(g => g.Province == "Trà Vinh");
        Assert.Equal(("Vĩnh Long", 2021), (group.ProvinceNow, group.Year));
        Assert.Contains("Kết luận số 114-KL/TW ngày 14/7/2015", group.Mentions[0].Sentence);
    }

    [Fact]
    public void AnAnswerListsAFewMentionsButCountsEveryCitingPlan()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        var whole = GraphQueries.Over(graph).Cites("114-KL/TW");
        Assert.Equal(5, whole.Groups.Sum(g => g.Mentions.Select(m => m.Plan.Path).Distinct().Count()));
        var few = new GraphQueries(graph, GraphQueries.Over(graph).Registry) { MaxMentions = 2 };
        var cites = few.Cites("114-KL/TW");
        Assert.Equal(2, cites.Groups.Sum(g => g.Mentions.Count));
        Assert.Equal(5, cites.Groups.Sum(g => g.Plans)); // every seed cites it
        Assert.Equal(whole.Groups.Select(g => (g.Province, g.Year, g.Plans)), cites.Groups.Select(g => (g.Province, g.Year, g.Plans)));
        var doc = few.Doc("114-KL/TW");
        Assert.Equal((2, 5), (doc.CitedBy.Sum(g => g.Mentions.Count), doc.CitedBy.Sum(g => g.Plans)));
    }

    [Fact]
    public void ADocumentShowsItsFactsAndTheVariantsPlansGive()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        // seed 001 dates Pháp lệnh 34/2007 06/4/2007 (and writes it without the term: 34/2007/PL-UBTVQH); seed 002 20/4/2007
        var doc = Query(corpus, q => q.Doc("34/2007/PL-UBTVQH11"));
        Assert.Equal("34/2007/PL-UBTVQH11@2007", doc.Key);
        Assert.Equal([new Variant("2007-04-06", 1), new Variant("2007-04-20", 1)], doc.Dates);
        Assert.Equal("2007-04-20", doc.Registry!.Date);
        Assert.Equal(("superseded", "confirmed"), (doc.Registry.Status, doc.Registry.Confidence));
        Assert.Equal("10/2022/QH15@2022", doc.Registry.ReplacedBy.Single().Key);
        Assert.Contains("79/2003/NĐ-CP@2003", doc.Registry.Replaces);
        Assert.NotNull(doc.Registry.Source);
        var several = Assert.Throws<QueryException>(() => Query(corpus, q => q.Doc("16/CT-TTg")));
        Assert.Equal(QueryProblem.Ambiguous, several.Problem);
        Assert.Equal(["16/CT-TTg@2016", "16/CT-TTg@2020"], several.Candidates);
        Assert.Equal(QueryProblem.NotFound, Assert.Throws<QueryException>(() => Query(corpus, q => q.Doc("999/CT-TTg@2016"))).Problem);
        Assert.Equal(QueryProblem.NotASymbol, Assert.Throws<QueryException>(() => Query(corpus, q => q.Doc("chỉ thị"))).Problem);
    }

    [Fact]
    public void StaleVerdictsFollowThePlansDates()
    {
        using var corpus = new TestCorpus().With(Path.Combine("Queries", "StalePlans")).WithSeeds();
        corpus.Index();
        var findings = Query(corpus, q => q.Stale().Findings);
        string Verdict(string plan, string key) => findings.Single(f => f.Plan.Path == plan && f.Document.Key == key).Verdict.ToString();
        Assert.Equal("Stale", Verdict("stale_2023.txt", "290-QĐ/TW@2010"));
        Assert.Equal("BeforeReplacement", Verdict("before_2020.txt", "290-QĐ/TW@2010"));
        // undated, latest date cited 01/5/2021, before 30/7/2021: cannot tell
        Assert.Equal("Undetermined", Verdict("undated.txt", "290-QĐ/TW@2010"));
        Assert.Equal("2021-05-01", findings.Single(f => f.Plan.Path == "undated.txt").Plan.DateLowerBound);
        // undated, but it cites a plan of 25/3/2024: after the Law took effect on 01/7/2023
        Assert.Equal("Stale", Verdict("undated_after.txt", "34/2007/PL-UBTVQH11@2007"));
        // citing the replacement itself is no finding
        Assert.DoesNotContain(findings, f => f.Plan.Path == "replacement_2022.txt");
        // seeds: 003 (24/3/2020) cited 290-QĐ/TW before it was replaced
        Assert.Equal("BeforeReplacement", Verdict("003_d8bb7ebbcfc1d3bc.txt", "290-QĐ/TW@2010"));
        Assert.All(findings, f => Assert.NotNull(f.Document.Confidence));
        // --after keeps plans dated (or bounded) on or after the day
        Assert.All(Query(corpus, q => q.Stale(new DateOnly(2023, 1, 1)).Findings), f => Assert.True(string.CompareOrdinal(f.Plan.Date ?? f.Plan.DateLowerBound, "2023-01-01") >= 0));
        // a plan's own citations carry the same verdict, so the plan page and the stale list never disagree
        foreach (var finding in findings)
        {
            Assert.Equal(finding.Verdict, Query(corpus, q => q.Refs(finding.Plan.Path)).Citations.First(c => c.Key == finding.Document.Key).Stale);
        }

        Assert.All(Query(corpus, q => q.Refs("replacement_2022.txt")).Citations, c => Assert.Null(c.Stale)); // 23-QĐ/TW is in force

        // by province (Nghệ An's plan) and by the plan's year
        Assert.Equal(["stale_2023.txt"], Query(corpus, q => q.Stale(province: "Nghệ An").Findings).Select(f => f.Plan.Path).Distinct());
        Assert.Equal(["before_2020.txt"], Query(corpus, q => q.Stale(province: "Hà Tĩnh", year: 2020).Findings).Select(f => f.Plan.Path).Distinct());
        Assert.Empty(Query(corpus, q => q.Stale(province: "Hà Tĩnh", year: 2023).Findings));
        // seed 001 is Trà Vinh's, found by the province it merged into
        Assert.All(Query(corpus, q => q.Stale(province: "Vĩnh Long").Findings), f => Assert.Equal("Trà Vinh", f.Plan.Province));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AMistypedDateDoesNotMakeUndatedCitationsOfARegisteredSymbolAmbiguous(bool typoFirst)
    {
        // The registry knows 16/CT-TTg of 2016 and of 2020; one plan dates it 2017 by mistake, indexed before or after
        // the plan citing it without a date (after: the end of the run would look at the undated one again).
        using var corpus = new TestCorpus();
        const string Header = "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: {0}/KH-UBND\nGia Lai, ngày 10 tháng 3 năm {1}\nKẾ HOẠCH\nVề công tác dân vận\n";
        var files = new[]
        {
            ("typo.txt", string.Format(Header, 7, 2021) + "Thực hiện Chỉ thị số 16/CT-TTg ngày 05/3/2017 của Thủ tướng Chính phủ về công tác dân vận.\n"),
            ("undated.txt", string.Format(Header, 8, 2019) + "Tiếp tục thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về công tác dân vận.\n"),
        };
        foreach (var (name, text) in typoFirst ? files : files.Reverse())
        {
            corpus.Write(name, text);
            corpus.Index();
        }

        Assert.Equal("16/CT-TTg@2017", Query(corpus, q => q.Refs("typo.txt")).Citations.Single().Key);
        var undated = Query(corpus, q => q.Refs("undated.txt")).Citations.Single();
        // 2020 is after the plan (2019): the one registered document it can mean is 2016's, not "2016 or 2017".
        Assert.Equal(("16/CT-TTg@2016", "resolved"), (undated.Key, undated.State));
    }

    [Fact]
    public void ProvincesAreCountedByBothNames()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        var counts = Query(corpus, q => q.Provinces());
        Assert.Contains(new ProvinceCount("Trà Vinh", "Vĩnh Long", 1), counts);
        Assert.Contains(new ProvinceCount("Gia Lai", "Gia Lai", 2), counts);
    }

    [Fact]
    public void WhatAPlanCitesByPathOrNumber()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        var refs = Query(corpus, q => q.Refs("corpus/003_d8bb7ebbcfc1d3bc.txt"));
        Assert.Equal(refs.Plan.Path, Query(corpus, q => q.Refs("614/KH-UBND")).Plan.Path);
        var qd290 = refs.Citations.First(c => c.Key == "290-QĐ/TW@2010");
        Assert.Equal(("superseded", "confirmed"), (qd290.Registry!.Status, qd290.Registry.Confidence));
        Assert.Equal(QueryProblem.NotFound, Assert.Throws<QueryException>(() => Query(corpus, q => q.Refs("nothing.txt"))).Problem);

        // Asked by number or by a longer path, no plan but the ones looked up is read: every plan is read for a bare file name only.
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        var (recorded, calls) = RecordingGraph.Over(graph);
        var queries = new GraphQueries(recorded, GraphQueries.Over(graph).Registry);
        Assert.Equal(refs.Plan.Path, queries.Refs("614/KH-UBND").Plan.Path);
        Assert.Equal(refs.Plan.Path, queries.Refs("data/corpus/003_d8bb7ebbcfc1d3bc.txt").Plan.Path);
        Assert.DoesNotContain(nameof(ICitationGraph.AllPlans), calls.Select(c => c.Method));
        Assert.Throws<QueryException>(() => queries.Refs("nothing.txt"));
        Assert.Contains(nameof(ICitationGraph.AllPlans), calls.Select(c => c.Method));
        Assert.Equal(("Kế hoạch", "Gia Lai"), (refs.Details.Type, refs.Plan.Province));
    }
}

/// <summary>A symbol's citations are read as one range of the key index: the same citations, key after key, as a query per key.</summary>
public class CitationsToSymbolTests
{
    [Fact]
    public void OneRangeReadsWhatAQueryPerKeyReads()
    {
        using var generated = new DanVan.Tests.Generation.GeneratedCorpus(300, seed: 5);
        generated.Index();
        using var graph = LiteDbCitationGraph.Open(generated.Data);
        var symbols = graph.DocumentsWithSymbol().Where(d => d.Citations > 0).Select(d => (d.Symbol!, d.Year)).Distinct().ToList();
        var (manyKeys, compared) = (0, 0);
        foreach (var (symbol, year) in symbols.SelectMany(s => new[] { s, (s.Item1, (int?)null) }).Distinct())
        {
            var keys = graph.DocumentKeysWithSymbol(symbol).Where(k => year is null || DanVan.Resolution.DocumentKey.Parse(k).Year == year).Order(StringComparer.Ordinal).ToList();
            var perKey = keys.Select(k => (k, graph.CitationsTo(k).Select(c => c.Id).Order().ToList())).Where(k => k.Item2.Count > 0).ToList();
            var ranged = graph.CitationsToSymbol(symbol, year).GroupBy(c => c.Key!).Select(g => (g.Key, g.Select(c => c.Id).Order().ToList())).ToList();
            Assert.Equal(perKey.Select(k => k.k), ranged.Select(r => r.Key));
            Assert.Equal(perKey.SelectMany(k => k.Item2), ranged.SelectMany(r => r.Item2));
            manyKeys += perKey.Count > 1 ? 1 : 0;
            compared++;
        }

        Assert.True(compared > 100 && manyKeys > 10, $"{compared} symbols compared, {manyKeys} with several documents cited");
    }
}
