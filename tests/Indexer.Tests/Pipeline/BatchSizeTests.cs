using DanVan.Graph;
using DanVan.Pipeline;
using DanVan.Search;
using DanVan.Tests.Generation;

namespace DanVan.Tests.Pipeline;

/// <summary>
/// With commits every few plans the graph and the search index must end as with one commit for the whole corpus, on a
/// first run and on a run after changes (a new plan cited undated by plans before it in the walk, plans removed).
/// </summary>
public class BatchSizeTests
{
    [Fact]
    public void SmallBatchesEndAsOneCommit()
    {
        using var generated = new GeneratedCorpus(300, seed: 17);
        var corpus = Path.Combine(generated.Out, "corpus");
        var (small, whole) = (Path.Combine(generated.Root, "small"), Path.Combine(generated.Root, "whole"));
        Index(corpus, small, batch: 7);
        Index(corpus, whole, batch: 100_000);
        Same(Snapshot(whole), Snapshot(small));

        // New plans (one cited undated by the plans before it in the walk), and plans removed.
        var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(Path.Combine(corpus, "zz-new.txt"),
            "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 977/KH-UBND\nGia Lai, ngày 02 tháng 3 năm 2024\n\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2024\n");
        foreach (var path in files.Take(40).Where((_, i) => i % 8 == 0))
        {
            File.AppendAllText(path, "\nTiếp tục thực hiện Kế hoạch số 977/KH-UBND của Ủy ban nhân dân tỉnh Gia Lai.\n");
        }

        files.Skip(100).Take(6).ToList().ForEach(File.Delete);
        Index(corpus, small, batch: 7);
        Index(corpus, whole, batch: 100_000);
        var after = Snapshot(small);
        Same(Snapshot(whole), after);
        Assert.Contains(after.Citations, c => c.Contains("977/KH-UBND", StringComparison.Ordinal));
    }

    private static void Same((List<string> Citations, List<string> Search) expected, (List<string> Citations, List<string> Search) actual)
    {
        var missing = expected.Citations.Except(actual.Citations).Take(5);
        var extra = actual.Citations.Except(expected.Citations).Take(5);
        Assert.True(expected.Citations.SequenceEqual(actual.Citations), $"citations differ: missing {string.Join(" | ", missing)}; extra {string.Join(" | ", extra)}");
        Assert.Equal(expected.Search, actual.Search);
    }

    private static void Index(string corpus, string data, int batch)
    {
        using var stores = DataStores.OpenForIndexing(data);
        new IndexingPipeline(corpus, stores.Graph, stores.Search, NoProgress.Instance) { BatchPlans = batch }.Run();
    }

    /// <summary>Every plan's citations as resolved, and what search finds (totals; the plans, when a page holds them all).</summary>
    private static (List<string> Citations, List<string> Search) Snapshot(string data)
    {
        using var stores = DataStores.OpenForSearch(data);
        var citations = stores.Graph.AllPlans().SelectMany(p => stores.Graph.CitationsOf(p.Id)
            .Select(c => $"{p.Id} {p.Hash} {c.Start} {c.Symbol} {c.Key} {c.State} {string.Join(",", c.Candidates)}")).Order(StringComparer.Ordinal).ToList();
        // Scores are left out: Lucene counts deleted plans in its statistics until their segments merge, which batches change.
        var search = new[] { "dân vận", "\"công tác dân vận\"", "16/CT-TTg", "Gia Lai", "quan ly", "\"ban chỉ đạo\"", "977/KH-UBND" }
            .Select(q => stores.Search.Search(new SearchRequest(q, PageSize: 1000)))
            .Select(r => $"{r.Total}: " + (r.Total <= r.Hits.Count ? string.Join(",", r.Hits.Select(h => h.Path).Order(StringComparer.Ordinal)) : ""))
            .ToList();
        return (citations, search);
    }
}
