using DanVan.Graph;

namespace DanVan.Tests.Graph;

public sealed class LiteDbCitationGraphTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("danvan-graph-").FullName;

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public void WhatIsWrittenIsReadBackAfterReopening()
    {
        var plan = new PlanRecord { Id = "a/plan.txt", Hash = "AB", Size = 10, Modified = 42, Symbol = "614/KH-UBND", Key = "614/KH-UBND@2020@Gia Lai", Date = "2020-03-24", Year = 2020, Province = "Gia Lai", Citations = 1 };
        var edge = new CitationRecord { Plan = "a/plan.txt", Key = "16/CT-TTg@2016", Symbol = "16/CT-TTg", Type = "Chỉ thị", Date = "2016-05-16", Start = 3, End = 20, Text = "Chỉ thị số 16/CT-TTg", Sentence = "…", Candidates = ["x", "y"] };
        using (var graph = LiteDbCitationGraph.Open(data))
        {
            graph.Write([plan], [edge], [], 1);
        }

        using (var graph = LiteDbCitationGraph.Open(data))
        {
            var back = graph.Plan("a/plan.txt")!;
            Assert.Equal((plan.Hash, plan.Key, plan.Date, plan.Province, plan.Citations), (back.Hash, back.Key, back.Date, back.Province, back.Citations));
            var cited = Assert.Single(graph.CitationsTo("16/CT-TTg@2016"));
            Assert.Equal((edge.Plan, edge.Text, edge.Date, edge.Start, edge.End), (cited.Plan, cited.Text, cited.Date, cited.Start, cited.End));
            Assert.Equal(["x", "y"], cited.Candidates);
            Assert.True(graph.Dirty);
            Assert.True(graph.HasPlanKey("614/KH-UBND@2020@Gia Lai"));

            graph.Write([], [], ["a/plan.txt"], 2);
            Assert.Null(graph.Plan("a/plan.txt"));
            Assert.Empty(graph.CitationsOf("a/plan.txt"));
        }
    }

    [Fact]
    public void AmbiguousCitationsAndAPlansCitationsAreReadWhole()
    {
        // 250 ambiguous citations of one symbol over 25 plans (read a hundred at a time), and other citations between them.
        var plans = Enumerable.Range(0, 25).Select(i => new PlanRecord { Id = $"p{i:00}.txt", Hash = "h", Citations = 11 }).ToList();
        var edges = plans.SelectMany(p => Enumerable.Range(0, 11).Select(j => j == 5
            ? new CitationRecord { Plan = p.Id, Key = "114-KL/TW@2015", Symbol = "114-KL/TW", Type = "Kết luận", Start = j, End = j + 1 }
            : new CitationRecord { Plan = p.Id, Symbol = "16/CT-TTg", Type = "Chỉ thị", Start = j, End = j + 1, Candidates = ["16/CT-TTg@2016", "16/CT-TTg@2020"] })).ToList();
        using var graph = LiteDbCitationGraph.Open(data);
        graph.Write(plans, edges, [], 1);

        var ambiguous = graph.AmbiguousMentions("16/CT-TTg").ToList();
        Assert.Equal(250, ambiguous.Count);
        Assert.All(ambiguous, r => Assert.True(r.Complete));
        Assert.Equal(edges.Where(c => c.Key is null).Select(c => (c.Plan, c.Start)).Order(), ambiguous.Select(c => (c.Plan, c.Start)).Order());

        Assert.Equal(Enumerable.Range(0, 11), graph.CitationsOf("p07.txt").Select(c => c.Start));
        Assert.All(graph.CitationsOf("p07.txt"), c => Assert.Equal("p07.txt", c.Plan));
        Assert.Empty(graph.AmbiguousMentions("114-KL/TW"));
    }

    [Fact]
    public void AmbiguousCitationsAreChosenByTheirRowsAndOlderRowsByTheirCitations()
    {
        // 45/KH-UBND without a year in three provinces, each with candidates of two of its years.
        string[] provinces = ["Gia Lai", "Quảng Ninh", "Cà Mau"];
        var plans = Enumerable.Range(0, 30).Select(i => new PlanRecord { Id = $"p{i:00}.txt", Hash = "h", Province = provinces[i % 3], Citations = 1 }).ToList();
        var edges = plans.Select((p, i) => new CitationRecord
        {
            Plan = p.Id,
            Symbol = "45/KH-UBND",
            Type = "Kế hoạch",
            State = "ambiguous",
            PlanProvince = p.Province,
            Start = i,
            End = i + 1,
            Candidates = [$"45/KH-UBND@{2018 + (i % 2)}@{p.Province}", $"45/KH-UBND@2020@{p.Province}"],
        }).ToList();
        long[] older;
        using (var graph = LiteDbCitationGraph.Open(data))
        {
            graph.Write(plans, edges, [], 1);
            older = [.. new[] { "p00.txt", "p03.txt" }.Select(p => graph.CitationsOf(p).Single().Id)];
        }

        // Two rows as an older DanVan wrote them: the number and the symbol only.
        using (var raw = new LiteDB.LiteDatabase(new LiteDB.ConnectionString
        {
            Filename = Path.Combine(data, LiteDbCitationGraph.FileName),
            Connection = LiteDB.ConnectionType.Direct,
            Collation = LiteDB.Collation.Binary,
        }))
        {
            var rows = raw.GetCollection("ambiguous");
            foreach (var id in older)
            {
                Assert.True(rows.Update(new LiteDB.BsonDocument { ["_id"] = id, ["Symbol"] = "45/KH-UBND" }));
            }
        }

        using var reopened = LiteDbCitationGraph.Open(data);
        var inGiaLai2019 = reopened.AmbiguousMentions("45/KH-UBND", r => r.PlanProvince == "Gia Lai" && r.Candidates.Any(k => k.StartsWith("45/KH-UBND@2019", StringComparison.Ordinal)));
        Assert.Equal(edges.Where(c => c.PlanProvince == "Gia Lai" && c.Candidates[0].Contains("@2019@")).Select(c => c.Plan).Order(), inGiaLai2019.Select(c => c.Plan).Order());
        Assert.Contains(inGiaLai2019, c => c.Plan == "p03.txt"); // an older row, judged on its citation
        Assert.Equal(30, reopened.AmbiguousMentions("45/KH-UBND").Count());
        Assert.Equal(10, reopened.AmbiguousMentions("45/KH-UBND", r => r.Candidates.Contains("45/KH-UBND@2020@Cà Mau")).Count());
    }

    [Fact]
    public void RowsOfAnOlderVersionListTheSameMentionsAndAreCompletedOnce()
    {
        var plans = Enumerable.Range(0, 20).Select(i => new PlanRecord
        {
            Id = $"p{i:00}.txt",
            Hash = "h",
            Province = "Gia Lai",
            Symbol = $"{i + 1}/KH-UBND",
            Title = $"Kế hoạch thực hiện số {i}",
            Date = $"2020-02-{i + 1:00}",
            Year = 2020,
            Citations = 1,
        }).ToList();
        var edges = plans.Select((p, i) => new CitationRecord
        {
            Plan = p.Id,
            Symbol = "45/KH-UBND",
            Type = "Kế hoạch",
            State = "ambiguous",
            Candidates = ["45/KH-UBND@2018@Gia Lai", "45/KH-UBND@2019@Gia Lai"],
            PlanProvince = p.Province,
            PlanSymbol = p.Symbol,
            PlanTitle = p.Title,
            PlanDate = i % 4 == 0 ? null : p.Date,
            PlanDateLowerBound = i % 4 == 0 ? "2020-01-01" : null,
            PlanYear = 2020,
            Text = "Kế hoạch số 45/KH-UBND",
            Sentence = $"Thực hiện Kế hoạch số 45/KH-UBND, câu {i}.",
            Start = 10 * i,
            End = 10 * i + 22,
        }).ToList();
        using (var graph = LiteDbCitationGraph.Open(data))
        {
            graph.Write(plans, edges, [], 1);
        }

        static string Shown(long id, string plan, string? symbol, string? title, string? date, string? bound, int? year, string? province, string text,
            string sentence, int start, int end, string[] candidates) =>
            $"{id}|{plan}|{symbol}|{title}|{date}|{bound}|{year}|{province}|{text}|{sentence}|{start}|{end}|{string.Join(",", candidates)}";
        var written = edges.Select(c => Shown(c.Id, c.Plan, c.PlanSymbol, c.PlanTitle, c.PlanDate, c.PlanDateLowerBound, c.PlanYear, c.PlanProvince, c.Text,
            c.Sentence, c.Start, c.End, c.Candidates)).Order(StringComparer.Ordinal).ToList();
        List<string> Listed(LiteDbCitationGraph g) => [.. g.AmbiguousMentions("45/KH-UBND").Select(r => Shown(r.Id, r.Plan, r.PlanSymbol, r.PlanTitle, r.PlanDate,
            r.PlanDateLowerBound, r.PlanYear, r.PlanProvince, r.Text, r.Sentence, r.Start, r.End, r.Candidates)).Order(StringComparer.Ordinal)];

        // Half the rows as an older DanVan wrote them (the number and the symbol), and a graph that does not say its rows are complete.
        using (var raw = new LiteDB.LiteDatabase(new LiteDB.ConnectionString
        {
            Filename = Path.Combine(data, LiteDbCitationGraph.FileName),
            Connection = LiteDB.ConnectionType.Direct,
            Collation = LiteDB.Collation.Binary,
        }))
        {
            var rows = raw.GetCollection("ambiguous");
            Assert.Equal(20, rows.Count(LiteDB.Query.Not("Plan", LiteDB.BsonValue.Null)));
            foreach (var c in edges.Where((_, i) => i % 2 == 1))
            {
                Assert.True(rows.Update(new LiteDB.BsonDocument { ["_id"] = c.Id, ["Symbol"] = "45/KH-UBND" }));
            }

            var state = raw.GetCollection("state").FindById("state");
            state.Remove("AmbiguousRows");
            raw.GetCollection("state").Update(state);
        }

        using (var reopened = LiteDbCitationGraph.Open(data))
        {
            Assert.Equal(written, Listed(reopened)); // the older rows completed as they are read
            var started = 0;
            Assert.Equal(10, reopened.CompleteAmbiguousRows(() => started++));
            Assert.Equal(1, started);
            Assert.Equal(0, reopened.CompleteAmbiguousRows(() => started++));
            Assert.Equal(1, started);
            Assert.Equal(written, Listed(reopened));
        }

        using var after = new LiteDB.LiteDatabase(new LiteDB.ConnectionString
        {
            Filename = Path.Combine(data, LiteDbCitationGraph.FileName),
            Connection = LiteDB.ConnectionType.Direct,
            Collation = LiteDB.Collation.Binary,
        });
        Assert.Equal(20, after.GetCollection("ambiguous").Count(LiteDB.Query.Not("Plan", LiteDB.BsonValue.Null)));
    }

    [Fact]
    public void ResolvingAgainRewritesWhatChangedAndRefreshesSearchOnlyWhenTheCitedDocumentsDid()
    {
        using var graph = LiteDbCitationGraph.Open(data);
        var plan = new PlanRecord { Id = "a.txt", Hash = "h", Citations = 2 };
        graph.Write([plan],
        [
            Undated("a.txt", "77/KH-UBND", null, "ambiguous", "77/KH-UBND@2019@Gia Lai", "77/KH-UBND@2020@Gia Lai"),
            Undated("a.txt", "9/KH-UBND", "9/KH-UBND@2015@Gia Lai", "resolved"),
        ], [], 1);
        var asked = new List<UndatedRow>();

        // A plan 77/KH-UBND of 2018 comes: the undated mention may mean it too, and still names no one document.
        AddPlanNumbered("b.txt", "77/KH-UBND@2018@Gia Lai", 2);
        var changed = graph.Reresolve(row =>
        {
            asked.Add(row);
            return (null, "ambiguous", ["77/KH-UBND@2018@Gia Lai", "77/KH-UBND@2019@Gia Lai", "77/KH-UBND@2020@Gia Lai"]);
        });
        Assert.Equal(1, changed);
        Assert.Equal(("77/KH-UBND", "Gia Lai", "2022-05-05"), (asked.Single().Symbol, asked.Single().Province, asked.Single().PlanDate));
        Assert.Equal(3, graph.AmbiguousMentions("77/KH-UBND").Single().Candidates.Length);
        Assert.Empty(graph.SearchPendingPlans());
        Assert.False(graph.Dirty);

        // Asked again with the same answer: nothing is rewritten.
        AddPlanNumbered("c.txt", "77/KH-UBND@2017@Quảng Ninh", 3);
        Assert.Equal(0, graph.Reresolve(_ => (null, "ambiguous", ["77/KH-UBND@2018@Gia Lai", "77/KH-UBND@2019@Gia Lai", "77/KH-UBND@2020@Gia Lai"])));

        // Now it names one document: the plan cites another document, and its search fields wait for it.
        AddPlanNumbered("d.txt", "77/KH-UBND@2021@Gia Lai", 4);
        Assert.Equal(1, graph.Reresolve(_ => ("77/KH-UBND@2020@Gia Lai", "resolved", [])));
        Assert.Equal(["a.txt"], graph.SearchPendingPlans());
        Assert.Empty(graph.AmbiguousMentions("77/KH-UBND"));
        Assert.Equal(["77/KH-UBND@2020@Gia Lai", "9/KH-UBND@2015@Gia Lai"], graph.CitationsOf("a.txt").Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal(1, graph.Document("77/KH-UBND@2020@Gia Lai")!.CitingPlans);

        // A plan numbered 77/KH-UBND, in a run of its own: a candidate more for the symbol.
        void AddPlanNumbered(string id, string key, long generation) =>
            graph.Write([new PlanRecord { Id = id, Hash = "h", Key = key, Symbol = "77/KH-UBND", Province = key.Split('@')[2] }], [], [], generation);
    }

    private static CitationRecord Undated(string plan, string symbol, string? key, string state, params string[] candidates) => new()
    {
        Plan = plan,
        Symbol = symbol,
        Key = key,
        State = state,
        Candidates = candidates,
        Inferred = true,
        Type = "Kế hoạch",
        Province = "Gia Lai",
        PlanDate = "2022-05-05",
        PlanProvince = "Gia Lai",
        Start = symbol.Length,
        End = symbol.Length + 1,
    };

    [Fact]
    public void ANodeReadForAnAnswerIsReadAgainAfterAWrite()
    {
        using var graph = LiteDbCitationGraph.Open(data);
        CitationRecord Cites(string plan) => new() { Plan = plan, Key = "114-KL/TW@2015", Symbol = "114-KL/TW", Type = "Kết luận", PlanProvince = "Gia Lai", PlanYear = 2020 };
        graph.Write([new PlanRecord { Id = "a.txt", Hash = "h", Citations = 1 }], [Cites("a.txt")], [], 1);
        Assert.Equal(1, graph.Document("114-KL/TW@2015")!.CitingPlans);
        Assert.Null(graph.Document("1-KL/TW@2015"));

        graph.Write([new PlanRecord { Id = "b.txt", Hash = "h", Citations = 1 }], [Cites("b.txt")], [], 2);
        Assert.Equal(2, graph.Document("114-KL/TW@2015")!.CitingPlans);
        graph.Write([], [], ["a.txt", "b.txt"], 3);
        Assert.Null(graph.Document("114-KL/TW@2015"));
    }

    [Fact]
    public void AnUnopenableDatabaseIsAClearMessage()
    {
        File.WriteAllText(Path.Combine(data, LiteDbCitationGraph.FileName), "this is not a database");
        var e = Assert.Throws<DanVanException>(() => LiteDbCitationGraph.Open(data));
        Assert.Contains("not a citation graph", e.Message);
        Assert.Equal("this is not a database", File.ReadAllText(Path.Combine(data, LiteDbCitationGraph.FileName)));
    }
}
