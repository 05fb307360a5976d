using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Tests.Search;

/// <summary>
/// Searches matching more plans than the budget are read on a sample: counts are estimates and say so,
/// newest-first lists stay exact, best-first lists are the sample's best. The budget is made small here
/// (100 matches, samples of 40) so 1,200 plans show what 1M plans do with the real one. Also the
/// re-ranking of the first hits by nearness, across the boundary of the hits it re-ranks.
/// </summary>
public sealed class BroadSearchTests : IDisposable
{
    private static readonly string[] Provinces = ["Gia Lai", "Vĩnh Long", "Hà Nội", "Đắk Lắk", "Lào Cai", "Cà Mau"];

    private readonly string data = Directory.CreateTempSubdirectory("danvan-broad-").FullName;
    private readonly List<PlanDocument> plans = [];

    public BroadSearchTests()
    {
        using var index = LuceneSearchIndex.OpenForWriting(data);
        for (var i = 0; i < 1200; i++)
        {
            var year = 2010 + (i * 7 % 16);
            var text = (i % 10) switch
            {
                0 => "Kế hoạch về dân tộc và vận động quần chúng.",
                9 => "Kế hoạch chuyển đổi số.",
                _ => "Kế hoạch công tác dân vận." + string.Concat(Enumerable.Repeat(" Tăng cường dân vận chính quyền.", i % 4)),
            };
            if (i % 97 == 0)
            {
                text += " Lấy vận dân làm gốc.";
            }

            var plan = new PlanRecord
            {
                Id = $"{i:0000}.txt",
                Hash = "h",
                Province = Provinces[i * 5 % Provinces.Length],
                Year = year,
                Date = $"{year}-{1 + (i % 12):00}-{1 + (i * 3 % 28):00}",
            };
            plans.Add(new PlanDocument(plan, text, [], [], CitesSuperseded: false, Stale: false));
            if (i % 300 == 299)
            {
                index.Put(plans.Skip(i - 299));
                index.Commit(i);
            }
        }
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    private LuceneSearchIndex Open(bool small)
    {
        var index = LuceneSearchIndex.OpenForReading(data);
        if (small)
        {
            index.Budget = (100, 40);
        }

        return index;
    }

    [Fact]
    public void ABroadSearchEstimatesItsCountsFromASampleAndSaysSo()
    {
        using var exact = Open(small: false);
        using var sampled = Open(small: true);
        var truth = exact.Search(new SearchRequest("dân vận"));
        var estimate = sampled.Search(new SearchRequest("dân vận"));

        Assert.Equal(1, truth.SampledOneIn);
        Assert.False(truth.Estimated);
        Assert.Equal(plans.Count(p => p.Text.Contains("dân", StringComparison.Ordinal) && p.Text.Contains("vận", StringComparison.Ordinal)), truth.Total);
        Assert.True(estimate.Estimated);
        Assert.InRange(estimate.Total, truth.Total * 0.8, truth.Total * 1.2);
        Assert.InRange(estimate.Listed!.Value, 20, 80); // about the sample's size: what can be paged through
        Assert.Equal(estimate.Total, estimate.Listed * estimate.SampledOneIn);

        // Facet counts are the sample's times n: the largest province within a third of its true count.
        var largest = truth.Facets["province"][0];
        var estimated = estimate.Facets["province"].Single(v => v.Value == largest.Value).Count;
        Assert.InRange(estimated, largest.Count * 0.67, largest.Count * 1.33);
        Assert.All(estimate.Facets["province"], v => Assert.Equal(0, v.Count % estimate.SampledOneIn));
    }

    [Fact]
    public void WordsThatMustStandTogetherKeepToAFifthOfTheBudget()
    {
        // About 60 plans: counted exactly as words (budget 100), estimated as a phrase (whose budget is 20, and its sample 40).
        using var sampled = Open(small: false);
        sampled.Budget = (100, 200);
        var words = sampled.Search(new SearchRequest("chuyển đổi số", YearFrom: 2010, YearTo: 2017));
        var phrase = sampled.Search(new SearchRequest("\"chuyển đổi số\"", YearFrom: 2010, YearTo: 2017));
        Assert.False(words.Estimated);
        Assert.InRange(words.Total, 21, 100);
        Assert.Equal(plans.Count(p => p.Text.Contains("chuyển đổi số", StringComparison.Ordinal) && p.Plan.Year <= 2017), words.Total);
        Assert.True(phrase.Estimated);
        Assert.InRange(phrase.Total, words.Total * 0.5, words.Total * 1.5);
        Assert.InRange(phrase.Listed!.Value, 1, 40); // at most a fifth of the sample
    }

    [Fact]
    public void EveryPlanOfTheSampleCanBePagedThroughAndMatches()
    {
        using var sampled = Open(small: true);
        var seen = new List<string>();
        string? cursor = null;
        SearchResult page;
        do
        {
            page = sampled.Search(new SearchRequest("dân vận", PageSize: 7, Cursor: cursor));
            seen.AddRange(page.Hits.Select(h => h.Path));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(page.Listed, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var matching = plans.Where(p => p.Text.Contains("dân", StringComparison.Ordinal) && p.Text.Contains("vận", StringComparison.Ordinal)).Select(p => p.Plan.Id).ToHashSet();
        Assert.All(seen, path => Assert.Contains(path, matching));
    }

    [Fact]
    public void NewestFirstStaysExactOnASample()
    {
        using var exact = Open(small: false);
        using var sampled = Open(small: true);
        foreach (var page in new[] { 1, 2, 9 })
        {
            var truth = exact.Search(new SearchRequest("dân vận", Sort: SearchSort.Date, Page: page));
            var fromSample = sampled.Search(new SearchRequest("dân vận", Sort: SearchSort.Date, Page: page));
            Assert.True(fromSample.Estimated);
            Assert.Equal(truth.Hits.Select(h => h.Path), fromSample.Hits.Select(h => h.Path));
        }

        // And with cursors, from the newest year into the older ones.
        var expected = exact.Search(new SearchRequest("dân vận", Sort: SearchSort.Date, PageSize: 100)).Hits.Select(h => h.Path).ToList();
        var seen = new List<string>();
        string? cursor = null;
        while (seen.Count < expected.Count)
        {
            var next = sampled.Search(new SearchRequest("dân vận", Sort: SearchSort.Date, PageSize: 9, Cursor: cursor));
            seen.AddRange(next.Hits.Select(h => h.Path));
            cursor = next.NextCursor;
        }

        Assert.Equal(expected, seen.Take(expected.Count));
        var dates = seen.Select(p => plans.Single(d => d.Plan.Id == p).Plan.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public void NewestFirstWithinYearsAskedListsTheirPlansOnly()
    {
        // Years in the middle of the index's (it holds 2010-2025): the spans of years start at the newest asked, and
        // no plan without a year or outside them is listed, page after page.
        using var exact = Open(small: false);
        using var sampled = Open(small: true);
        var inYears = plans.Where(p => p.Plan.Year is >= 2012 and <= 2019 && p.Text.Contains("dân", StringComparison.Ordinal) && p.Text.Contains("vận", StringComparison.Ordinal)).ToList();
        var expected = exact.Search(new SearchRequest("dân vận", YearFrom: 2012, YearTo: 2019, Sort: SearchSort.Date, PageSize: 100)).Hits.Select(h => h.Path).ToList();
        Assert.Equal(inYears.Select(p => p.Plan.Date).OrderDescending(StringComparer.Ordinal).Take(100),
            expected.Select(path => plans.Single(p => p.Plan.Id == path).Plan.Date));

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var next = sampled.Search(new SearchRequest("dân vận", YearFrom: 2012, YearTo: 2019, Sort: SearchSort.Date, PageSize: 40, Cursor: cursor));
            seen.AddRange(next.Hits.Select(h => h.Path));
            cursor = next.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(expected, seen.Take(expected.Count));
        Assert.Equal(inYears.Select(p => p.Plan.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Theory]
    // Years a caller of the index (the CLI's --year-from) may pass: day numbers of such years do not fit an int
    [InlineData(-300_000, 300_000)]
    [InlineData(int.MinValue, int.MaxValue)]
    public void NewestFirstWithinYearsFarOutOfRangeListsEveryYear(int from, int to)
    {
        using var sampled = Open(small: true);
        var everyYear = sampled.Search(new SearchRequest("dân vận", Sort: SearchSort.Date, PageSize: 30));
        var outOfRange = sampled.Search(new SearchRequest("dân vận", YearFrom: from, YearTo: to, Sort: SearchSort.Date, PageSize: 30));
        Assert.Equal(30, everyYear.Hits.Count);
        Assert.Equal(everyYear.Hits.Select(h => h.Path), outOfRange.Hits.Select(h => h.Path));
    }

    [Fact]
    public void ASampleThatFindsFewMatchesIsReadAgainExactly()
    {
        // "vận dân" as a phrase: its words are in most plans (a broad bound), the phrase in 13.
        using var sampled = Open(small: true);
        var result = sampled.Search(new SearchRequest("\"vận dân\""));
        Assert.False(result.Estimated);
        Assert.Equal(plans.Count(p => p.Text.Contains("vận dân", StringComparison.Ordinal)), result.Total);
    }

    [Fact]
    public void PagingByCursorCrossesTheReRankedHitsIntoTheRest()
    {
        // 1,080 matches: the first 50 are re-ranked by nearness, the rest keep their order.
        using var exact = Open(small: false);
        var byNumber = Enumerable.Range(1, 30).SelectMany(n => exact.Search(new SearchRequest("dân vận", Page: n, PageSize: 7)).Hits).Select(h => h.Path).ToList();
        var byCursor = new List<string>();
        string? cursor = null;
        for (var n = 0; n < 30; n++)
        {
            var page = exact.Search(new SearchRequest("dân vận", PageSize: 7, Cursor: cursor));
            Assert.Null(page.Message);
            byCursor.AddRange(page.Hits.Select(h => h.Path));
            cursor = page.NextCursor;
        }

        Assert.Equal(byNumber, byCursor);
        Assert.Equal(byCursor.Count, byCursor.Distinct().Count());

        // Near words first: the plans writing "dân vận" together come before those with the words apart.
        var first = exact.Search(new SearchRequest("dân vận", PageSize: 100)).Hits.Select(h => h.Path).ToList();
        Assert.DoesNotContain(first, path => plans.Single(p => p.Plan.Id == path).Text.StartsWith("Kế hoạch về dân tộc", StringComparison.Ordinal));
    }
}
