using DanVan.Graph;
using DanVan.Places;
using DanVan.Tests.Generation;

namespace DanVan.Tests.Graph;

/// <summary>Plans are counted per province as they are written, removed and replaced; an older graph is counted once, by the next run.</summary>
public class PlanCountsTests
{
    [Fact]
    public void CountsFollowEveryWrite()
    {
        using var generated = new GeneratedCorpus(200, seed: 13);
        var (corpus, data) = (generated.Corpus, generated.Data);
        generated.Index(batchPlans: 40);
        AssertCountsAreThePlans(data);

        // Removed, changed (read and written again) and copied files: each kind of write moves the counts.
        var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        files.Take(15).ToList().ForEach(File.Delete);
        files.Skip(15).Take(10).ToList().ForEach(f => File.AppendAllText(f, "\nMột câu thêm vào.\n"));
        files.Skip(30).Take(10).ToList().ForEach(f => File.Copy(f, f.Replace(".txt", "-copy.txt", StringComparison.Ordinal)));

        // Plans that name no province are counted too.
        File.WriteAllText(Path.Combine(corpus, "no-header-1.txt"), "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.");
        File.WriteAllText(Path.Combine(corpus, "no-header-2.txt"), "Căn cứ Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư.");
        generated.Index(batchPlans: 40);
        AssertCountsAreThePlans(data, expected: 200 - 15 + 10 + 2);
        using (var graph = LiteDbCitationGraph.Open(data))
        {
            Assert.True(graph.PlansIn(null) >= 2, $"{graph.PlansIn(null)} plans without a province");
        }
    }

    [Fact]
    public void AnOlderGraphIsCountedOnceByTheNextRun()
    {
        using var generated = new GeneratedCorpus(120, seed: 17);
        var data = generated.Data;
        generated.Index(batchPlans: 40);

        // As an older DanVan left it: no counts, and a state that does not say they are kept.
        using (var raw = new LiteDB.LiteDatabase(new LiteDB.ConnectionString
        {
            Filename = Path.Combine(data, LiteDbCitationGraph.FileName),
            Connection = LiteDB.ConnectionType.Direct,
            Collation = LiteDB.Collation.Binary,
        }))
        {
            Assert.True(raw.GetCollection("planCounts").DeleteAll() > 1);
            var state = raw.GetCollection("state").FindById("state");
            state.Remove("PlanCounts");
            raw.GetCollection("state").Update(state);
        }

        AssertCountsAreThePlans(data, expected: 120); // counted on the index meanwhile
        using (var graph = LiteDbCitationGraph.Open(data))
        {
            var started = 0;
            Assert.Equal(120, graph.CountPlansOnce(() => started++));
            Assert.Equal(0, graph.CountPlansOnce(() => started++));
            Assert.Equal(1, started);
        }

        AssertCountsAreThePlans(data, expected: 120);
    }

    private static void AssertCountsAreThePlans(string data, int? expected = null)
    {
        using var graph = LiteDbCitationGraph.Open(data);
        var plans = graph.AllPlans().ToList();
        var provinces = Gazetteer.Provinces.Append(null).ToList();
        Assert.Equal(provinces.Select(p => (p, plans.Count(x => x.Province == p))), provinces.Select(p => (p, graph.PlansIn(p))));
        Assert.Equal(plans.Count, graph.PlanCount);
        Assert.True(plans.Select(p => p.Province).Distinct().Count() > 10, "plans of few provinces");
        if (expected is { } count)
        {
            Assert.Equal(count, plans.Count);
        }
    }
}
