using DanVan.Graph;

namespace DanVan.Tests.Graph;

/// <summary>Reads on other threads while the graph writes, as an index run's candidates are looked up on every core.</summary>
public sealed class ReadsBesideWritesTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("danvan-beside-").FullName;

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public void CandidatesReadOnOtherThreadsDuringWritesAreNeverTornAndEveryWriteLands()
    {
        // Without the graph keeping them apart, LiteDB 5.0.20 failed such reads within a second or two ("page type must be
        // index page", "Page type must be data page"): plans of three thousand symbols written 2,000 at a time, rewritten half.
        using var graph = LiteDbCitationGraph.Open(data);
        var stop = DateTime.UtcNow.AddSeconds(6);
        var readers = Enumerable.Range(0, 3).Select(t => Task.Run(() =>
        {
            var (random, reads) = (new Random(t), 0);
            while (DateTime.UtcNow < stop)
            {
                var n = random.Next(3_000);
                _ = graph.CandidateKeys($"{n}/KH-UBND", "Gia Lai").Count();
                _ = graph.HasPlanKey($"{n}/KH-UBND@2020@Gia Lai");
                reads++;
            }

            return reads;
        })).ToList();

        var (batch, written) = (0, new HashSet<string>());
        while (DateTime.UtcNow < stop)
        {
            batch++;
            var plans = Enumerable.Range(0, 2_000).Select(i => Plan($"b{batch % 4}/p{i:0000}.txt", (batch * 2_000 + i) % 3_000, batch)).ToList();
            var edges = plans.Select(p => new CitationRecord
            {
                Plan = p.Id,
                Key = $"{batch % 300}/KH-UBND@2019@Gia Lai",
                Symbol = $"{batch % 300}/KH-UBND",
                Type = "Kế hoạch",
                Start = 0,
                End = 10,
                Text = "Kế hoạch số …",
                Sentence = new string('x', 40 * (batch % 7)),
                PlanProvince = "Gia Lai",
                PlanYear = 2020,
            }).ToList();
            graph.Write(plans, edges, [], batch, stored: written.Overlaps(plans.Select(p => p.Id)) ? plans.Select(p => p.Id).ToHashSet() : null);
            written.UnionWith(plans.Select(p => p.Id));
        }

        Assert.All(readers, r => Assert.True(r.GetAwaiter().GetResult() > 0)); // a torn read would have thrown here
        Assert.True(batch >= 4, $"only {batch} batches written in 6 s");
        Assert.Equal(written.Order(StringComparer.Ordinal), graph.PlanIds());
        Assert.Equal(batch, graph.Generation);
    }

    [Fact]
    public void ClosingTheGraphWhileOtherThreadsReadWaitsForTheirReadsAndThenRefusesMore()
    {
        // A run that fails (a full disk in a commit) closes the graph while files prepared on the pool still look up candidates.
        for (var round = 0; round < 10; round++)
        {
            var folder = Path.Combine(data, $"{round}");
            var graph = LiteDbCitationGraph.Open(folder);
            var plans = Enumerable.Range(0, 500).Select(i => Plan($"p{i:000}.txt", i % 50, 1)).ToList();
            graph.Write(plans, [], [], 1);
            using var started = new CountdownEvent(2);
            var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            {
                started.Signal();
                try
                {
                    while (true)
                    {
                        _ = graph.CandidateKeys("7/KH-UBND", "Gia Lai").Count();
                    }
                }
                catch (ObjectDisposedException)
                {
                    return "refused once closed";
                }
            })).ToList();

            started.Wait();
            Thread.Sleep(20);
            graph.Dispose(); // threw "The lock is being disposed while still being used" when a read was under way
            Assert.All(readers, r => Assert.Equal("refused once closed", r.GetAwaiter().GetResult()));
        }
    }

    private static PlanRecord Plan(string id, int number, int batch) => new()
    {
        Id = id,
        Hash = $"{batch}",
        Symbol = $"{number}/KH-UBND",
        Key = $"{number}/KH-UBND@2020@Gia Lai",
        Date = "2020-03-24",
        Year = 2020,
        Province = "Gia Lai",
        Title = new string('t', 30 * (batch % 5)),
        Citations = 1,
    };
}
