using System.Globalization;
using System.Text.Json.Nodes;
using DanVan.Graph;
using DanVan.Pipeline;
using DanVan.Queries;
using DanVan.Resolution;
using DanVan.Tests.Generation;

namespace DanVan.Tests.Queries;

/// <summary>
/// `stale` answers from findings kept at write time. Checked against the answer worked out the slow way (every
/// citation of every superseded document, grouped by plan and judged), on a generated corpus, after a first index,
/// after plans change and go, and after the registry changes what is superseded.
/// </summary>
public class StaleFindingsTests
{
    private sealed record Expected(string Plan, string Key, StaleVerdict Verdict, int Mentions, string? Province, int? Year, string? When);

    [Fact]
    public void FindingsFollowTheCitationsThroughChangesRemovalsAndARegistryEdit()
    {
        using var generated = new GeneratedCorpus(400, seed: 11);
        var corpus = Path.Combine(generated.Out, "corpus");
        var data = Path.Combine(generated.Root, "data");
        Index(corpus, data);
        var first = AssertSameAsCitations(data);
        Assert.Contains(first, f => f.Verdict == StaleVerdict.Stale);
        Assert.Contains(first, f => f.Verdict == StaleVerdict.BeforeReplacement);

        // Five plans cite 290-QĐ/TW (superseded) once more, five others go.
        var plans = Directory.GetFiles(Path.Combine(corpus, "000"), "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var path in plans.Take(5))
        {
            File.AppendAllText(path, "\n\nTiếp tục quán triệt Quy định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị về công tác dân vận.\n");
        }

        var gone = plans.Skip(100).Where(p => first.Any(f => p.EndsWith(f.Plan, StringComparison.Ordinal))).Take(5).ToList();
        Assert.Equal(5, gone.Count);
        gone.ForEach(File.Delete);
        Index(corpus, data);
        var second = AssertSameAsCitations(data);
        Assert.DoesNotContain(second, f => gone.Any(p => p.EndsWith(f.Plan, StringComparison.Ordinal)));
        Assert.All(plans.Take(5), p => Assert.Contains(second, f => p.EndsWith(f.Plan, StringComparison.Ordinal) && f.Key == "290-QĐ/TW@2010"));

        // The registry no longer says 16/CT-TTg of 2016 is superseded: its findings go, the others stay.
        Assert.Contains(second, f => f.Key == "16/CT-TTg@2016");
        EditRegistry(corpus, documents =>
        {
            var entry = Entry(documents, "16/CT-TTg@2016");
            entry["status"] = "unknown";
            entry["supersededBy"] = new JsonArray();
        });
        Index(corpus, data);
        var third = AssertSameAsCitations(data);
        Assert.DoesNotContain(third, f => f.Key == "16/CT-TTg@2016");
        Assert.Equal(second.Count(f => f.Key != "16/CT-TTg@2016"), third.Count);
    }

    [Fact]
    public void ARegistryEntryTakenOutLeavesTheRegistryItsNodeAndItsFindings()
    {
        using var generated = new GeneratedCorpus(300, seed: 14);
        var corpus = Path.Combine(generated.Out, "corpus");
        var data = Path.Combine(generated.Root, "data");
        Index(corpus, data);
        string uncited;
        using (var graph = LiteDbCitationGraph.Open(data))
        {
            Assert.Equal("registry", graph.Document("16/CT-TTg@2016")!.Kind);
            uncited = GraphQueries.Over(graph).Registry.Entries.Select(e => e.Key).First(k => graph.Document(k) is { Citations: 0, Plans: 0 });
        }

        // A cited superseded entry and an entry nothing cites are taken out of the registry.
        EditRegistry(corpus, documents =>
        {
            documents.Remove(Entry(documents, "16/CT-TTg@2016"));
            documents.Remove(Entry(documents, uncited));
        });
        Index(corpus, data);
        using (var graph = LiteDbCitationGraph.Open(data))
        {
            var node = graph.Document("16/CT-TTg@2016")!;
            Assert.Equal(("cited", null), (node.Kind, node.Registered));
            Assert.True(node.Citations > 0);
            Assert.Null(graph.Document(uncited));
            Assert.DoesNotContain(GraphQueries.Over(graph).Listing(int.MaxValue).AllStale(), f => f.Document.Key == "16/CT-TTg@2016");
        }

        AssertSameAsCitations(data);
    }

    [Fact]
    public void AnOpenGraphCountsWhatItsOwnWritesChanged()
    {
        // The counts are read once and kept: the graph that wrote the findings must not answer with the counts of before.
        using var generated = new GeneratedCorpus(200, seed: 13);
        var corpus = Path.Combine(generated.Out, "corpus");
        using var stores = DataStores.OpenForIndexing(Path.Combine(generated.Root, "data"));
        var pipeline = new IndexingPipeline(corpus, stores.Graph, stores.Search, NoProgress.Instance) { BatchPlans = 50 };
        pipeline.Run();
        var queries = GraphQueries.Over(stores.Graph);
        var before = queries.AllStale().ToList();
        Assert.Equal(before.Count, queries.Stale().Total);

        var gone = before.Select(f => f.Plan.Path).Distinct().Take(3).ToList();
        gone.ForEach(plan => File.Delete(Path.Combine(corpus, plan)));
        pipeline.Run();
        var after = queries.Stale();
        Assert.Equal(before.Count(f => !gone.Contains(f.Plan.Path)), after.Total);
        Assert.Equal(after.Total, queries.AllStale().Count());
    }

    [Fact]
    public void AnAnswerListsItsFirstFindingsInOrderAndCountsThemAll()
    {
        using var generated = new GeneratedCorpus(300, seed: 12);
        var data = Path.Combine(generated.Root, "data");
        Index(Path.Combine(generated.Out, "corpus"), data);
        using var graph = LiteDbCitationGraph.Open(data);
        var queries = GraphQueries.Over(graph);
        var all = queries.AllStale().ToList();
        Assert.True(all.Count > 20, $"{all.Count} findings");

        var page = queries.Listing(7).Stale();
        Assert.Equal(all.Count, page.Total);
        Assert.Equal(all.Count, page.Matching);
        Assert.Equal(all.Take(7).Select(Id), page.Findings.Select(Id));
        Assert.Equal(Enum.GetValues<StaleVerdict>().Select(v => all.Count(f => f.Verdict == v)), page.Counts.Select(c => c.Findings));

        // By verdict, province and date (or lower bound), then path.
        var ordered = all.OrderBy(f => f.Verdict).ThenBy(f => f.Plan.Province ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Plan.Date ?? f.Plan.DateLowerBound ?? "", StringComparer.Ordinal).ThenBy(f => f.Plan.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(ordered.Select(Id), all.Select(Id));

        // One verdict: counts of every verdict still, the list and Matching of that verdict only.
        var stale = queries.Listing(3).Stale(verdict: StaleVerdict.Stale);
        Assert.Equal(page.Counts, stale.Counts);
        Assert.Equal(all.Count(f => f.Verdict == StaleVerdict.Stale), stale.Matching);
        Assert.Equal(all.Where(f => f.Verdict == StaleVerdict.Stale).Take(3).Select(Id), stale.Findings.Select(Id));
    }

    /// <summary>Rewrites the corpus's registry documents after <paramref name="edit"/> changed their list.</summary>
    private static void EditRegistry(string corpus, Action<JsonArray> edit)
    {
        var documentsFile = Path.Combine(corpus, "registry", Registry.DocumentsFile);
        var registry = JsonNode.Parse(File.ReadAllText(documentsFile))!;
        edit(registry["documents"]!.AsArray());
        File.WriteAllText(documentsFile, registry.ToJsonString());
    }

    private static JsonNode Entry(JsonArray documents, string key) => documents.Single(d => (string?)d!["key"] == key)!;

    private static void Index(string corpus, string data)
    {
        using var stores = DataStores.OpenForIndexing(data);
        var summary = new IndexingPipeline(corpus, stores.Graph, stores.Search, NoProgress.Instance) { BatchPlans = 50 }.Run();
        Assert.Null(summary.RegistryProblem);
    }

    /// <summary>The stored findings, unfiltered and filtered every way, against the citations judged one by one; returns them.</summary>
    private static List<Expected> AssertSameAsCitations(string data)
    {
        using var graph = LiteDbCitationGraph.Open(data);
        var queries = GraphQueries.Over(graph).Listing(int.MaxValue);
        var registry = queries.Registry;
        var expected = registry.Entries.Where(e => e.Status == DocumentStatus.Superseded)
            .SelectMany(e => graph.CitationsTo(e.Key).GroupBy(c => c.Plan).Select(mentions =>
            {
                var c = mentions.First();
                var verdict = GraphQueries.Judge(Day(c.PlanDate), Day(c.PlanDateLowerBound), registry.ReplacedOn(e));
                return new Expected(c.Plan, e.Key, verdict, mentions.Count(), c.PlanProvince, c.PlanYear, c.PlanDate ?? c.PlanDateLowerBound);
            }))
            .ToList();
        Assert.NotEmpty(expected);

        static List<Expected> Seen(IEnumerable<StaleFinding> findings) =>
            [.. findings.Select(f => new Expected(f.Plan.Path, f.Document.Key, f.Verdict, f.Mentions, f.Plan.Province,
                (f.Plan.Date ?? f.Plan.DateLowerBound) is { } d ? int.Parse(d[..4], CultureInfo.InvariantCulture) : null, f.Plan.Date ?? f.Plan.DateLowerBound))];

        void Same(IEnumerable<Expected> wanted, StaleResult answer, string filter)
        {
            var list = wanted.ToList();
            var seen = Seen(answer.Findings);
            Assert.True(list.Count == seen.Count && !list.Except(seen).Any(), $"{filter}: missing {string.Join("; ", list.Except(seen).Take(3))}, extra {string.Join("; ", seen.Except(list).Take(3))}");
            Assert.True(Enum.GetValues<StaleVerdict>().Select(v => list.Count(e => e.Verdict == v)).SequenceEqual(answer.Counts.Select(c => c.Findings)), filter);
            Assert.Equal(list.Count, answer.Total);
        }

        Same(expected, queries.Stale(), "none");
        Assert.Equal(queries.Stale().Findings.Select(Id), queries.AllStale().Select(Id));
        var province = expected.GroupBy(e => e.Province).OrderByDescending(g => g.Count()).First(g => g.Key is not null).Key!;
        // A province asks for every province merged into it in 2025 too.
        var names = registry.Provinces.Expand(province).ToHashSet(StringComparer.Ordinal);
        Same(expected.Where(e => e.Province is not null && names.Contains(e.Province)), queries.Stale(province: province), province);
        var year = expected.GroupBy(e => e.Year).OrderByDescending(g => g.Count()).First(g => g.Key is not null).Key!.Value;
        Same(expected.Where(e => e.Year == year), queries.Stale(year: year), $"{year}");
        Same(expected.Where(e => e.Year == year && e.Province is not null && names.Contains(e.Province)), queries.Stale(province: province, year: year), $"{province} {year}");
        var day = new DateOnly(year, 6, 15);
        Same(expected.Where(e => e.When is null || string.CompareOrdinal(e.When, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) >= 0),
            queries.Stale(after: day), $"after {day}");
        return expected;
    }

    private static string Id(StaleFinding f) => $"{f.Verdict} {f.Plan.Path} {f.Document.Key}";

    private static DateOnly? Day(string? date) => date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
