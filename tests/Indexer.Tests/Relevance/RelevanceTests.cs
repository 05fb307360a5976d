using System.Globalization;
using System.Text.Json;
using DanVan.Search;
using DanVan.Tests.Search;
using Xunit.Abstractions;

namespace DanVan.Tests.Relevance;

/// <summary>
/// Judged queries (queries.json: accented, unaccented, mixed, symbols, phrases, provinces old and new)
/// scored by mean reciprocal rank and recall at 10. The suite fails if either drops below baseline.json.
/// </summary>
public class RelevanceTests(SearchFixture fixture, ITestOutputHelper output) : IClassFixture<SearchFixture>
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Indexer.Tests", "Relevance");

    [Fact]
    public void JudgedQueriesKeepTheirScores()
    {
        using var queries = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "queries.json")));
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "baseline.json")));
        double reciprocal = 0, recall = 0;
        var count = 0;
        foreach (var q in queries.RootElement.GetProperty("queries").EnumerateArray())
        {
            var query = q.GetProperty("query").GetString()!;
            var relevant = q.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
            var top = fixture.Search(new SearchRequest(query, PageSize: 10)).Hits.Select(h => h.Path).ToList();
            var rank = top.FindIndex(relevant.Contains) + 1;
            var rr = rank == 0 ? 0 : 1.0 / rank;
            var r10 = relevant.Count == 0 ? 1 : top.Count(relevant.Contains) / (double)Math.Min(10, relevant.Count);
            reciprocal += rr;
            recall += r10;
            count++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rr:F2} {r10:F2}  {query}  [{q.GetProperty("kind").GetString()}]"));
        }

        var mrr = reciprocal / count;
        var recallAt10 = recall / count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} queries: MRR {mrr:F3}, recall@10 {recallAt10:F3}"));
        Assert.True(count >= 30, $"only {count} judged queries");
        Assert.True(mrr >= baseline.RootElement.GetProperty("mrr").GetDouble(), $"MRR {mrr:F3} fell below the recorded value");
        Assert.True(recallAt10 >= baseline.RootElement.GetProperty("recallAt10").GetDouble(), $"recall@10 {recallAt10:F3} fell below the recorded value");
    }
}
