using DanVan.Graph;
using DanVan.Pipeline;

namespace DanVan.Tests.Pipeline;

/// <summary>The walk's order, and the stored plans read beside it instead of looked up one by one.</summary>
public class StoredPlansTests
{
    // Paths whose ordinal order a walk folder by folder would not keep: a file after a folder beside it ("z.txt", "ab.txt"
    // after "a/"), "-" and "." before "/", capitals before small letters, a letter with a mark after every ASCII one.
    private static readonly string[] Paths = ["z.txt", "a/b.txt", "a-b.txt", "a.txt", "a/c/d.txt", "ab.txt", "B.txt", "đ.txt", "e/f.txt", "0.txt"];

    [Fact]
    public void TheWalkVisitsFilesInTheOrdinalOrderOfTheirPaths()
    {
        using var corpus = Corpus();
        var walk = new WalkOrder();
        using (var stores = DataStores.OpenForIndexing(corpus.Data))
        {
            new IndexingPipeline(corpus.Corpus, stores.Graph, stores.Search, walk).Run();
        }

        Assert.Equal(Paths.Order(StringComparer.Ordinal), walk.Paths);
    }

    [Fact]
    public void StoredPlansAreReadInTheWalksOrderAndOnlyNewFilesAreLookedUp()
    {
        using var corpus = Corpus();
        corpus.Index();

        // Nothing changed: no plan looked up.
        var (unchanged, calls) = Index(corpus);
        Assert.Equal((0, 0, 0, Paths.Length), (unchanged.Added, unchanged.Changed, unchanged.Removed, unchanged.Unchanged));
        Assert.DoesNotContain(calls, c => c.Method == nameof(ICitationGraph.Plan));

        // Files added among the others and after the last, one edited, one removed from the middle and one from the end.
        corpus.Write("a/bb.txt", PlanText(20));
        corpus.Write("zz.txt", PlanText(21));
        File.AppendAllText(Path.Combine(corpus.Corpus, "a.txt"), "\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.");
        File.Delete(Path.Combine(corpus.Corpus, "a", "c", "d.txt"));
        File.Delete(Path.Combine(corpus.Corpus, "đ.txt"));
        var (changed, lookups) = Index(corpus);
        Assert.Equal((2, 1, 2, Paths.Length - 3), (changed.Added, changed.Changed, changed.Removed, changed.Unchanged));
        Assert.Equal(["a/bb.txt", "zz.txt"], lookups.Where(c => c.Method == nameof(ICitationGraph.Plan)).Select(c => c.Argument));

        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        Assert.Equal(Paths.Except(["a/c/d.txt", "đ.txt"]).Append("a/bb.txt").Append("zz.txt").Order(StringComparer.Ordinal), graph.PlanIds());
        Assert.Contains(graph.CitationsOf("a.txt"), c => c.Key == "33/CT-TTg@2021");
    }

    [Fact]
    public void PlansWhoseFilesMovedAreAllRemovedOverSeveralReads()
    {
        // More plans than one read brings: all but the last file moved to names the walk meets after it, so the walk passes
        // a thousand and more stored plans by (they go), reading on while the run writes the moved files' plans.
        using var corpus = new TestCorpus(withRegistry: false);
        for (var n = 0; n < 1_050; n++)
        {
            corpus.Write($"p{n:D4}.txt", PlanText(n));
        }

        corpus.Index();
        foreach (var n in Enumerable.Range(0, 1_049))
        {
            File.Move(Path.Combine(corpus.Corpus, $"p{n:D4}.txt"), Path.Combine(corpus.Corpus, $"q{1_048 - n:D4}.txt"));
        }

        var moved = corpus.Index();
        Assert.Equal((1_049, 0, 1_049, 1), (moved.Added, moved.Changed, moved.Removed, moved.Unchanged));
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        Assert.Equal(Enumerable.Range(0, 1_049).Select(n => $"q{n:D4}.txt").Prepend("p1049.txt"), graph.PlanIds());
    }

    [Fact]
    public void EveryAnswerIsALookupsWhateverTheOrderAskedAndOnlyGoneFilesAreRemoved()
    {
        using var corpus = Corpus();
        corpus.Index();
        using var graph = LiteDbCitationGraph.Open(corpus.Data);
        var stored = graph.PlanIds().ToHashSet();
        var asked = Paths.Reverse().Append("new.txt").Append("a/b.txt").ToList(); // against the order, one new, one asked twice
        var passed = new List<string>();
        var plans = new StoredPlans(graph, id =>
        {
            passed.Add(id);
            return id is "a.txt" or "z.txt";
        });

        foreach (var id in asked)
        {
            Assert.Equal(graph.Plan(id)?.Hash, plans.Of(id)?.Hash);
        }

        // Met in the order read: "0.txt" (the first), "e/f.txt" (passing the six before it), "đ.txt" (passing "z.txt");
        // every other plan was passed by once, and only those said gone are removed.
        Assert.Equal(["a.txt", "z.txt"], plans.Removed().Order(StringComparer.Ordinal));
        Assert.Equal(stored.Except(["0.txt", "e/f.txt", "đ.txt"]).Order(StringComparer.Ordinal), passed.Order(StringComparer.Ordinal));
    }

    private static TestCorpus Corpus()
    {
        var corpus = new TestCorpus(withRegistry: false);
        foreach (var (path, n) in Paths.Select((p, n) => (p, n)))
        {
            corpus.Write(path, PlanText(n));
        }

        return corpus;
    }

    private static (IndexSummary Summary, IReadOnlyList<(string Method, object? Argument)> Calls) Index(TestCorpus corpus)
    {
        using var stores = DataStores.OpenForIndexing(corpus.Data);
        var (graph, calls) = RecordingGraph.Over(stores.Graph);
        return (new IndexingPipeline(corpus.Corpus, graph, stores.Search, NoProgress.Instance).Run(), calls);
    }

    private static string PlanText(int n) => $"""
        ỦY BAN NHÂN DÂN TỈNH GIA LAI
        Số: {n + 1}/KH-UBND
        Gia Lai, ngày 5 tháng 3 năm 2021
        KẾ HOẠCH
        Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về đẩy mạnh công tác dân vận.
        """;

    /// <summary>The paths of the files a run went through, in its order.</summary>
    private sealed class WalkOrder : IIndexProgress
    {
        public List<string> Paths { get; } = [];

        public void Begin(int files, long bytes)
        {
        }

        public void Advance(string path, long bytes) => Paths.Add(path);

        public void Failed(IndexFailure failure)
        {
        }
    }
}
