using DanVan.Graph;
using DanVan.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DanVan.Tests.Search;

/// <summary>
/// Facets are counted by value number per segment and added up over the whole index; only the 30
/// most frequent values are named. Checked against counts made directly from the plans put in,
/// on an index of several segments (one per commit) whose segments share some values and not others.
/// </summary>
public sealed class FacetCountTests : IDisposable
{
    private static readonly string[] Provinces = ["Gia Lai", "Bình Định", "Vĩnh Long", "Trà Vinh", "Hà Nội", "Đắk Lắk", "Lào Cai"];
    private static readonly string[] Agencies = ["UBND", "TU", "BDVTU", "STTTT", "SNV"];

    private readonly string data = System.IO.Directory.CreateTempSubdirectory("danvan-facets-").FullName;
    private readonly List<PlanDocument> plans = [];

    public FacetCountTests()
    {
        using var index = LuceneSearchIndex.OpenForWriting(data);
        var random = new Random(11);
        for (var commit = 0; commit < 5; commit++)
        {
            var batch = new List<PlanDocument>();
            for (var i = 0; i < 60; i++)
            {
                // Cited keys: a skewed pool, and a range that differs per segment (values some segments lack).
                var cited = Enumerable.Range(0, random.Next(1, 6)).Select(_ => $"{(int)Math.Pow(random.Next(1, 90), 1.4) % 70 + commit * 7}/KH-UBND@2020").Distinct().ToList();
                var plan = new PlanRecord
                {
                    Id = $"{commit}-{i}.txt",
                    Hash = "h",
                    Province = Provinces[random.Next(Provinces.Length)],
                    Agency = Agencies[random.Next(Agencies.Length)],
                    Type = i % 3 == 0 ? "Kế hoạch" : "Chương trình",
                    Year = 2015 + random.Next(10),
                };
                batch.Add(new PlanDocument(plan, i % 2 == 0 ? "Kế hoạch công tác dân vận." : "Kế hoạch chuyển đổi số.", cited, [], CitesSuperseded: i % 4 == 0, Stale: false));
            }

            index.Put(batch);
            index.Commit(commit + 1);
            plans.AddRange(batch);
        }
    }

    public void Dispose() => System.IO.Directory.Delete(data, recursive: true);

    [Fact]
    public void TheIndexHasSeveralSegments()
    {
        using var directory = FSDirectory.Open(Path.Combine(data, LuceneSearchIndex.FolderName));
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1, $"{reader.Leaves.Count} segment(s)");
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("dân vận", null)]
    [InlineData("", "Gia Lai")]
    [InlineData("chuyen doi so", "Hà Nội")]
    public void FacetsAreTheCountsOfTheMatchingPlans(string query, string? province)
    {
        using var index = LuceneSearchIndex.OpenForReading(data);
        var result = index.Search(new SearchRequest(query, Province: province, PageSize: 1));
        var matching = plans.Where(p => (province is null || p.Plan.Province == province)
            && (query == "" || p.Text.Contains(query == "dân vận" ? "dân vận" : "chuyển đổi số", StringComparison.Ordinal))).ToList();

        Assert.Equal(matching.Count, result.Total);
        Assert.Equal(Top(matching.SelectMany(p => p.CitedKeys)), Named(result, "cites"));
        Assert.Equal(Top(matching.Select(p => p.Plan.Agency!)), Named(result, "agency"));
        Assert.Equal(Top(matching.Select(p => p.Plan.Province!)), Named(result, "province"));
        Assert.Equal(Top(matching.Select(p => p.Plan.Type!)), Named(result, "type"));
        Assert.Equal(Top(matching.Select(p => p.CitesSuperseded ? "1" : "0")), Named(result, "superseded"));
        Assert.Equal(
            matching.GroupBy(p => p.Plan.Year!.Value).OrderByDescending(g => g.Key).Select(g => $"{g.Key}={g.Count()}"),
            Named(result, "year"));
    }

    /// <summary>The 30 most frequent values, the first in order among equal counts (the cited keys have more than 30).</summary>
    private static List<string> Top(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(30).Select(g => $"{g.Key}={g.Count()}")];

    private static List<string> Named(SearchResult result, string facet) =>
        [.. result.Facets.GetValueOrDefault(facet, []).Select(v => $"{v.Value}={v.Count}")];
}
