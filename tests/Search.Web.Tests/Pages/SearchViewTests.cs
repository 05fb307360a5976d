using DanVan.Search;
using DanVan.Web.Components;

namespace DanVan.Web.Tests.Pages;

/// <summary>How the search page words an answer estimated from a sample, and an exact one.</summary>
public class SearchViewTests
{
    private static SearchResult Result(int total, int oneIn, int? listed) =>
        new(total, [], new Dictionary<string, IReadOnlyList<FacetValue>> { ["province"] = [new("Gia Lai", 12_834)] },
            new QueryUnderstanding([], [], [], ["dân", "vận"]), null, null, null, oneIn, listed);

    [Fact]
    public void AnEstimateSaysKhoangAndHowItWasMade()
    {
        var best = new SearchView(new SearchRequest("dân vận"), Result(984_832, 128, 7_694));
        Assert.Equal("khoảng 985.000", best.TotalLabel);
        Assert.Equal("≈ 12.800", best.CountLabel(12_834));
        Assert.Contains("1/128", best.EstimateNote, StringComparison.Ordinal);
        Assert.Contains("7.694 kế hoạch", best.EstimateNote, StringComparison.Ordinal); // best-first: ranked within the sample
        Assert.Equal(770, best.Pages); // only the sample's plans can be listed

        var newest = new SearchView(new SearchRequest("dân vận", Sort: SearchSort.Date), Result(984_832, 128, 984_832));
        Assert.Contains("Danh sách mới nhất vẫn đầy đủ", newest.EstimateNote, StringComparison.Ordinal);
        Assert.Equal(1_000, newest.Pages); // as far as pages go (10,000 results)
    }

    [Fact]
    public void AnExactAnswerIsPlain()
    {
        var exact = new SearchView(new SearchRequest("dân vận"), Result(31_215, 1, 31_215));
        Assert.Equal("31.215", exact.TotalLabel);
        Assert.Equal("12.834", exact.CountLabel(12_834));
        Assert.Null(exact.EstimateNote);
    }
}
