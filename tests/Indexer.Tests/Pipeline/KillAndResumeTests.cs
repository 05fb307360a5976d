using System.Diagnostics;
using System.Text.RegularExpressions;
using DanVan.Graph;
using DanVan.Pipeline;
using DanVan.Search;

namespace DanVan.Tests.Pipeline;

public partial class KillAndResumeTests
{
    private const int Plans = 1500;

    [Fact]
    public void AKilledRunLeavesTheLastCommitReadableAndTheNextRunFinishesTheJob()
    {
        using var corpus = new TestCorpus();
        var seeds = Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var i = 0; i < Plans; i++)
        {
            corpus.Write($"plans/p{i:D5}.txt", seeds[i % seeds.Length] + $"\nThực hiện Kế hoạch số {i + 1}/KH-UBND ngày 01/01/2022 của Ủy ban nhân dân tỉnh.");
        }

        // A real `danvan index`, killed once its progress shows a few batches done.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "danvan.dll"), "index", corpus.Corpus, "--data", corpus.Data, "--batch", "64" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var progressed = new ManualResetEventSlim();
        var done = 0;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Progress().Match(line) is { Success: true } match && (done = int.Parse(match.Groups[1].Value)) >= 200)
            {
                progressed.Set();
            }
        };
        process.BeginErrorReadLine();
        process.StandardOutput.ReadToEndAsync();
        Assert.True(progressed.Wait(TimeSpan.FromSeconds(120)) || process.HasExited, "no progress within two minutes");
        Assert.False(process.HasExited, "the run ended before it could be killed: make the corpus larger");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        // The last complete state is readable: whole plans with all their citations, nothing half-written,
        // and every plan of the graph already in the search index (it commits first).
        int committed;
        using (var graph = LiteDbCitationGraph.Open(corpus.Data))
        {
            var stored = graph.AllPlans().ToList();
            committed = stored.Count;
            Assert.InRange(committed, 64, Plans - 1);
            Assert.All(stored, plan => Assert.Equal(plan.Citations, graph.CitationsOf(plan.Id).Count()));
            using var search = LuceneSearchIndex.OpenForReading(corpus.Data);
            var indexed = search.Hashes();
            Assert.All(stored, plan => Assert.Equal(plan.Hash, indexed.GetValueOrDefault(plan.Id)));
        }

        // Opened for search, the two stores hold exactly the same plans: in both or in neither.
        using (var stores = DataStores.OpenForSearch(corpus.Data))
        {
            Assert.Equal(stores.Graph.AllPlans().ToDictionary(p => p.Id, p => p.Hash).OrderBy(p => p.Key), stores.Search.Hashes().OrderBy(p => p.Key));
            committed = stores.Graph.PlanCount;
            Assert.Equal(committed, stores.Search.Search(new SearchRequest("", PageSize: 1)).Total);
        }

        // The next run finishes the job, without reading again what was committed.
        var summary = corpus.Index();
        Assert.Equal((Plans - committed, committed, 0), (summary.Added, summary.Unchanged, summary.Failed));
        using (var graph = LiteDbCitationGraph.Open(corpus.Data))
        {
            var stored = graph.AllPlans().ToList();
            Assert.Equal(Plans, stored.Count);
            Assert.All(stored, plan => Assert.Equal(plan.Citations, graph.CitationsOf(plan.Id).Count()));
            Assert.False(graph.Dirty);
        }

        using (var stores = DataStores.OpenForSearch(corpus.Data))
        {
            Assert.Equal(Plans, stores.Search.Hashes().Count);
            Assert.True(Consistency.InStep(stores.Graph, stores.Search));
        }
    }

    [GeneratedRegex(@"danvan: (\d+)/\d+ files")]
    private static partial Regex Progress();
}
