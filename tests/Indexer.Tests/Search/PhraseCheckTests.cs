using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Tests.Search;

/// <summary>
/// Where a search reads word positions: in the plans it answers from, not plan after plan past them. 2,000 plans all
/// hold the pairs of "kiểm tra công" ("kiem tra", "tra cong") and "chi thi" (from "chỉ thị"), so the pairs rule none
/// out; the phrase "kiểm tra công" stands in every eighth plan, "chi thi" without accents in none. Asked for its next
/// match after a plan, a phrase reads the positions of every plan up to one where it stands — up to the last plan,
/// for one that stands nowhere.
/// </summary>
public sealed class PhraseCheckTests : IDisposable
{
    private const int Plans = 2000;

    private static readonly string[] Provinces = ["Gia Lai", "Cà Mau", "Lào Cai", "Hà Nội"];

    private readonly string data = Directory.CreateTempSubdirectory("danvan-phrase-check-").FullName;

    public PhraseCheckTests()
    {
        using var index = LuceneSearchIndex.OpenForWriting(data);
        index.Put(Enumerable.Range(0, Plans).Select(i => new PlanDocument(
            new PlanRecord { Id = $"{i:0000}.txt", Hash = "h", Province = Provinces[i % 4], Year = 2015 + i % 5, Date = $"{2015 + i % 5}-05-01" },
            "Kiểm tra việc tra công tác chi tiêu và thi đua theo chỉ thị." + (i % 8 == 3 ? " Kiểm tra công khai." : ""),
            [], [], CitesSuperseded: false, Stale: false)));
        index.Commit(1);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public void A_sampled_phrase_reads_positions_in_the_sampled_plans_only()
    {
        using var index = LuceneSearchIndex.OpenForReading(data);
        index.Budget = (20, 1000); // a phrase keeps to a fifth: exact up to 4 matches, samples of about 200

        var checkedBefore = CheckedPhraseQuery.PlansChecked;
        var sampled = index.Search(new SearchRequest("\"kiểm tra công\""));
        var plansChecked = CheckedPhraseQuery.PlansChecked - checkedBefore;

        Assert.True(sampled.SampledOneIn > 1, "the search was not sampled");
        Assert.InRange(sampled.Total, Plans / 8 / 2, Plans / 8 * 2);
        Assert.True(plansChecked <= 2 * Plans / sampled.SampledOneIn,
            $"{plansChecked} plans checked for a sample of one plan in {sampled.SampledOneIn} of {Plans}");
        AnswersAsThePhraseAlone(index, sampled, new SearchRequest("\"kiểm tra công\""));
    }

    [Fact]
    public void Re_ranking_the_best_hits_reads_positions_in_those_hits_only()
    {
        using var index = LuceneSearchIndex.OpenForReading(data);

        var checkedBefore = CheckedPhraseQuery.PlansChecked;
        var result = index.Search(new SearchRequest("chi thi"));
        var plansChecked = CheckedPhraseQuery.PlansChecked - checkedBefore;

        // Two phrases re-rank them: the words as typed ("chi thi", nowhere) and folded ("chi thi", from "chỉ thị").
        Assert.Equal(Plans, result.Total);
        Assert.True(plansChecked <= 2 * LuceneSearchIndex.RescoreWindow,
            $"{plansChecked} plans checked to re-rank the best {LuceneSearchIndex.RescoreWindow}");
        AnswersAsThePhraseAlone(index, result, new SearchRequest("chi thi"));
    }

    [Fact]
    public void A_phrase_in_a_province_reads_positions_in_its_plans_only()
    {
        using var index = LuceneSearchIndex.OpenForReading(data);
        var request = new SearchRequest("\"kiểm tra công\"", Province: "Hà Nội");

        var checkedBefore = CheckedPhraseQuery.PlansChecked;
        var result = index.Search(request);
        var plansChecked = CheckedPhraseQuery.PlansChecked - checkedBefore;

        Assert.Equal(Plans / 8, result.Total); // i % 8 == 3: all in Hà Nội (i % 4 == 3)
        Assert.True(plansChecked <= Plans / 4, $"{plansChecked} plans checked among the {Plans / 4} of one province");
        AnswersAsThePhraseAlone(index, result, request);
    }

    [Fact]
    public void A_phrase_newest_first_reads_positions_in_the_years_it_lists()
    {
        using var index = LuceneSearchIndex.OpenForReading(data);
        index.Budget = (20, 1000);
        var request = new SearchRequest("\"kiểm tra công\"", Sort: SearchSort.Date, PageSize: 10);

        var checkedBefore = CheckedPhraseQuery.PlansChecked;
        var result = index.Search(request);
        var plansChecked = CheckedPhraseQuery.PlansChecked - checkedBefore;

        // Counted on a sample; then listed exactly, span by span of days from the newest: 1 May 2019 (i % 5 == 4) holds
        // 400 plans, 50 of them the phrase's, and the list is full within it.
        Assert.True(result.SampledOneIn > 1, "the search was not sampled");
        Assert.Equal(10, result.Hits.Count);
        Assert.All(result.Hits, h => Assert.StartsWith("2019", h.Date, StringComparison.Ordinal));
        var bound = 2 * Plans / result.SampledOneIn + Plans / 5;
        Assert.True(plansChecked <= bound, $"{plansChecked} plans checked to count on a sample of one in {result.SampledOneIn} and list the newest of {Plans / 5} in a year");
        AnswersAsThePhraseAlone(index, result, request);
    }

    /// <summary>The same plans, order and scores as Lucene's phrase alone (no pairs, no check of ours) gives.</summary>
    private static void AnswersAsThePhraseAlone(LuceneSearchIndex index, SearchResult result, SearchRequest request)
    {
        index.UsePairs = false;
        var alone = index.Search(request);
        index.UsePairs = true;
        Assert.Equal((alone.Total, alone.SampledOneIn), (result.Total, result.SampledOneIn));
        Assert.Equal(alone.Hits.Select(h => (h.Path, h.Score)), result.Hits.Select(h => (h.Path, h.Score)));
    }
}
