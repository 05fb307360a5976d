using System.Text.Json.Nodes;
using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Tests.Pipeline;

/// <summary>
/// Document nodes are kept up to date batch by batch (no run re-reads the graph): after any sequence of
/// runs they must equal what counting every stored citation gives, and a fresh index of the same files.
/// </summary>
public class IncrementalNodesTests
{
    [Fact]
    public void NodesKeptUpToDateEqualNodesCountedFromScratch()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Write("extra/a.txt", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 77/KH-UBND\nGia Lai, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\n"
            + "Thực hiện Chỉ thị số 13/CT-UBND ngày 18/7/2017 của Ủy ban nhân dân tỉnh; Chương trình số 348-CTr/BDVTU-UBND ngày 24/01/2017.");
        corpus.Index();

        // Edit one plan (drops its citations of 33/CT-TTg), delete another, add a plan citing the first undated.
        var edited = Path.Combine(corpus.Corpus, "004_82944d6273abc2bf.txt");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("33/CT-TTg", "34/CT-TTg", StringComparison.Ordinal));
        File.Delete(Path.Combine(corpus.Corpus, "002_7af13d52a2337a5a.txt"));
        corpus.Write("extra/b.txt", "Số: 5/KH-UBND\nGia Lai, ngày 05 tháng 5 năm 2023\nKẾ HOẠCH\nThực hiện Kế hoạch số 77/KH-UBND của Ủy ban nhân dân tỉnh.");
        corpus.Index();

        using var fresh = new TestCorpus();
        CopyFolder(corpus.Corpus, fresh.Corpus);
        fresh.Index();

        using var kept = LiteDbCitationGraph.Open(corpus.Data);
        using var scratch = LiteDbCitationGraph.Open(fresh.Data);
        var keys = kept.DocumentsWithSymbol().Select(d => d.Id).Concat(scratch.DocumentsWithSymbol().Select(d => d.Id)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(keys.Count > 50, "too few documents to show anything");
        foreach (var key in keys)
        {
            var citing = kept.CitationsTo(key).ToList();
            var node = kept.Document(key);
            Assert.True(node is not null, $"{key}: no node");
            Assert.Equal((key, citing.Count, citing.Select(c => c.Plan).Distinct().Count()), (key, node.Citations, node.CitingPlans));
            var other = scratch.Document(key);
            Assert.True(other is not null, $"{key}: only in the graph kept up to date");
            Assert.Equal((key, other.Kind, other.Type, other.Date, other.Issuer, other.Title, other.Citations, other.CitingPlans),
                (key, node.Kind, node.Type, node.Date, node.Issuer, node.Title, node.Citations, node.CitingPlans));
        }

        // The undated "Kế hoạch số 77/KH-UBND" found the plan added in the same run as its candidate.
        Assert.Equal("77/KH-UBND@2022@Gia Lai", kept.CitationsOf("extra/b.txt").Single(c => c.Symbol == "77/KH-UBND").Key);
        Assert.False(kept.Dirty);
    }

    [Fact]
    public void EveryKeyGivesExactlyTheCitationsPointingToItAfterEditsDeletionsAndMoves()
    {
        // "a" cites 77/KH-UBND without a year: the plan of 2022 alone, then also one of 2021 (ambiguous), then 2022 again.
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Write("a.txt", "Số: 5/KH-UBND\nGia Lai, ngày 05 tháng 5 năm 2023\nKẾ HOẠCH\nThực hiện Kế hoạch số 77/KH-UBND và Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.");
        corpus.Write("b.txt", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 77/KH-UBND\nGia Lai, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\nThực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016.");
        corpus.Index();
        AssertCitationsByKey(corpus, "77/KH-UBND@2022@Gia Lai");

        corpus.Write("c.txt", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 77/KH-UBND\nGia Lai, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nVề công tác dân vận.");
        var edited = Path.Combine(corpus.Corpus, "004_82944d6273abc2bf.txt");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("33/CT-TTg", "34/CT-TTg", StringComparison.Ordinal));
        File.Delete(Path.Combine(corpus.Corpus, "002_7af13d52a2337a5a.txt"));
        corpus.Index();
        AssertCitationsByKey(corpus, null);

        File.Delete(Path.Combine(corpus.Corpus, "c.txt"));
        corpus.Write("b.txt", File.ReadAllText(Path.Combine(corpus.Corpus, "b.txt")) + "\nTiếp tục thực hiện Chỉ thị số 16/CT-TTg.");
        corpus.Index();
        AssertCitationsByKey(corpus, "77/KH-UBND@2022@Gia Lai");
    }

    /// <summary>For every key, `cites`'s reading by key (its index) gives the citations whose key it is, each once; "a"'s undated mention points to <paramref name="undatedKey"/>.</summary>
    private static void AssertCitationsByKey(TestCorpus corpus, string? undatedKey)
    {
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        var all = graph.PlanIds().SelectMany(graph.CitationsOf).ToList();
        Assert.Equal(undatedKey, all.Single(c => c.Plan == "a.txt" && c.Symbol == "77/KH-UBND").Key);
        var keys = all.Select(c => c.Key).OfType<string>().Concat(graph.DocumentsWithSymbol().Select(d => d.Id)).Distinct().ToList();
        Assert.Contains("77/KH-UBND@2022@Gia Lai", keys);
        foreach (var key in keys)
        {
            var expected = string.Join(' ', all.Where(c => c.Key == key).Select(c => c.Id).Order());
            Assert.Equal((key, expected), (key, string.Join(' ', graph.CitationsTo(key).Select(c => c.Id).Order())));
        }
    }

    [Fact]
    public void AFirstRunResolvesAnUndatedMentionOfAPlanWrittenAfterItAsItWritesIt()
    {
        // Walked in path order: "a" cites plans 77/KH-UBND without a year before "b" and "c" (the plans numbered so) are read.
        using var corpus = new TestCorpus();
        corpus.Write("a.txt", "Số: 5/KH-UBND\nGia Lai, ngày 05 tháng 5 năm 2023\nKẾ HOẠCH\nThực hiện Kế hoạch số 77/KH-UBND và Kế hoạch số 78/KH-UBND của Ủy ban nhân dân tỉnh.");
        corpus.Write("b.txt", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 77/KH-UBND\nGia Lai, ngày 02 tháng 3 năm 2022\nKẾ HOẠCH\nVề công tác dân vận.");
        corpus.Write("c.txt", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 78/KH-UBND\nGia Lai, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\nThực hiện Kế hoạch số 78/KH-UBND ngày 4/4/2019 của Ủy ban nhân dân tỉnh.");
        var first = corpus.Index();

        // Nothing was left for the end of the run to rewrite: the answers were right when written.
        Assert.Equal((3, 0), (first.Added, first.Reresolved));
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        var cited = graph.CitationsOf("a.txt").ToDictionary(c => c.Symbol!);
        Assert.Equal(("77/KH-UBND@2022@Gia Lai", "resolved"), (cited["77/KH-UBND"].Key, cited["77/KH-UBND"].State));
        Assert.Equal(["78/KH-UBND@2019@Gia Lai", "78/KH-UBND@2021@Gia Lai"], cited["78/KH-UBND"].Candidates);
        Assert.Equal(1, graph.Document("77/KH-UBND@2022@Gia Lai")!.CitingPlans);
    }

    [Fact]
    public void AGraphFromAnOlderSchemaIsIndexedAgainFromScratch()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        SetState(corpus, "Schema", 1);

        var again = corpus.Index();
        Assert.Equal((5, 0, 0), (again.Added, again.Unchanged, again.Failed));
        using var stores = DanVan.Pipeline.DataStores.OpenForSearch(corpus.Data);
        Assert.False(stores.Graph.Outdated);
        Assert.Equal(5, stores.Search.Search(new SearchRequest("", PageSize: 1)).Total);
    }

    [Fact]
    public void UndatedCitationsResolvedByOlderRulesAreResolvedAgainByTheNextRun()
    {
        // As the rules before the registry answered alone: an undated 16/CT-TTg of 2019 made ambiguous by a cited 2017.
        using var corpus = new TestCorpus();
        corpus.Write("undated.txt", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 8/KH-UBND\nGia Lai, ngày 10 tháng 3 năm 2019\nKẾ HOẠCH\nVề công tác dân vận\n"
            + "Tiếp tục thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về công tác dân vận.\n");
        corpus.Index();
        using (var graph = RawGraph(corpus))
        {
            var citations = graph.GetCollection("citations");
            var undated = citations.FindAll().Single();
            undated["Key"] = LiteDB.BsonValue.Null;
            undated["State"] = "ambiguous";
            undated["Candidates"] = new LiteDB.BsonArray(new LiteDB.BsonValue("16/CT-TTg@2016"), new LiteDB.BsonValue("16/CT-TTg@2017"));
            citations.Update(undated);

            // Its row under the symbol as an older DanVan wrote it: the number and the symbol only (read from the citation).
            var rows = graph.GetCollection("undated");
            rows.DeleteAll();
            rows.Insert(new LiteDB.BsonDocument { ["_id"] = undated["_id"], ["Symbol"] = "16/CT-TTg" });
        }

        SetState(corpus, "Resolution", 0);

        var again = corpus.Index();
        Assert.Equal((0, 1, 1), (again.Added, again.Unchanged, again.Reresolved));
        using var stores = DanVan.Pipeline.DataStores.OpenForSearch(corpus.Data);
        var citation = stores.Graph.CitationsOf("undated.txt").Single();
        Assert.Equal(("16/CT-TTg@2016", "resolved"), (citation.Key, citation.State));
        Assert.False(stores.Graph.Dirty);
    }

    [Fact]
    public void AGraphWrittenWithTheOldCollationIsRebuiltWhenOpened()
    {
        using var corpus = new TestCorpus();
        var path = Path.Combine(corpus.Data, LiteDbCitationGraph.FileName);
        Directory.CreateDirectory(corpus.Data);
        using (var old = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = path, Connection = LiteDB.ConnectionType.Direct }))
        {
            old.GetCollection<PlanRecord>("plans").Insert(new PlanRecord { Id = "a.txt", Hash = "H" });
        }

        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        Assert.Equal("H", graph.Plan("a.txt")!.Hash);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>The graph's file opened as LiteDB documents, to write what an older DanVan would have written.</summary>
    private static LiteDB.LiteDatabase RawGraph(TestCorpus corpus) =>
        new(new LiteDB.ConnectionString
        {
            Filename = Path.Combine(corpus.Data, LiteDbCitationGraph.FileName),
            Connection = LiteDB.ConnectionType.Direct,
            Collation = LiteDB.Collation.Binary,
        });

    private static void SetState(TestCorpus corpus, string field, int value)
    {
        using var graph = RawGraph(corpus);
        var state = graph.GetCollection("state");
        var st = state.FindById("state");
        st[field] = value;
        state.Update(st);
    }
}
