using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DanVan.Graph;
using DanVan.Pipeline;
using DanVan.Places;
using DanVan.Queries;

namespace DanVan.Cli;

/// <summary>
/// `danvan bench-query --data DATA --corpus CORPUS`: query latency against an existing data folder,
/// opened read-only as the web app opens it. Search: the <see cref="QueryMix"/> drawn from at most
/// <c>--sample</c> plans of the corpus. Graph: <see cref="GraphQueries.Cites"/> for the symbols most
/// plans cite (at a million plans, 16/CT-TTg may be cited by a hundred thousand) and for rare ones,
/// and <see cref="GraphQueries.Stale"/> without a filter, for one province ("Gia Lai") and for one
/// year, each answered in full as the CLI and the web answer it. Hot: within each kind every query
/// runs once untimed, then timed; a kind stops early once it has used <c>--kind-seconds</c>, and the
/// report says how many of its queries were timed.
/// </summary>
public static class QueryBenchCommand
{
    /// <summary>Graph kinds, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> GraphKinds = ["cites-popular", "cites-rare", "stale", "stale-province", "stale-year"];

    /// <summary>Runs the benchmark and prints one line (or one JSON object); 2 when the data folder cannot be opened.</summary>
    public static int Run(string data, string corpus, int queries, int graphQueries, int sample, double kindSeconds, bool json, TextWriter output, TextWriter error)
    {
        var setup = Stopwatch.StartNew();
        var texts = CorpusSample.Texts(CorpusSample.Paths(corpus, sample), error);
        if (texts.Count == 0)
        {
            error.WriteLine($"danvan: {corpus}: no readable .txt plans");
            return 1;
        }

        var mix = QueryMix.Search(texts, queries);
        try
        {
            using var stores = DataStores.OpenForSearch(data);
            var graph = GraphQueries.Over(stores.Graph);
            var (graphMix, popular) = GraphMix(stores.Graph, graphQueries);
            var setupSeconds = setup.Elapsed.TotalSeconds;

            var search = KindTimes.Measure(mix.Select(q => (q.Kind, QueryMix.Describe(q.Request), (Func<long>)(() => stores.Search.Search(q.Request).Total))),
                QueryMix.SearchKinds, kindSeconds);
            var graphTimes = KindTimes.Measure(graphMix.Select(q => (q.Kind, q.Query, (Func<long>)(() => q.Run(graph)))), GraphKinds, kindSeconds);
            var report = new QueryBenchReport(data, texts.Count, Math.Round(setupSeconds, 1), kindSeconds, search, graphTimes, popular);
            output.WriteLine(json ? JsonSerializer.Serialize(report, CliJson.OneLine) : Line(report));
            return 0;
        }
        catch (Exception e) when (e is DanVanException or QueryException)
        {
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }
    }


    /// <summary>
    /// Graph queries, kinds in turn: the five symbols cited by the most plans (all years, as
    /// `danvan cites 16/CT-TTg`), documents cited by one to three plans (symbol and year, as
    /// `danvan cites 13/CT-UBND --year 2017`), and stale citations unfiltered, by province and by year. Documents are streamed,
    /// so only the chosen symbols are held.
    /// </summary>
    private static (List<GraphQuery> Mix, List<PopularSymbol> Popular) GraphMix(ICitationGraph graph, int count)
    {
        var random = new Random(7);
        var top = new List<DocumentRecord>();
        var rare = new List<(string Symbol, int? Year)>();
        long seenRare = 0;
        foreach (var document in graph.DocumentsWithSymbol())
        {
            if (document.Symbol is null || document.CitingPlans == 0)
            {
                continue;
            }

            if (document.CitingPlans <= 3)
            {
                // A seeded reservoir of 50 rare symbols.
                seenRare++;
                if (rare.Count < 50)
                {
                    rare.Add((document.Symbol, document.Year));
                }
                else if (random.NextInt64(seenRare) is var slot && slot < 50)
                {
                    rare[(int)slot] = (document.Symbol, document.Year);
                }
            }

            if (top.Count < 5 || document.CitingPlans > top[^1].CitingPlans)
            {
                top.Add(document);
                top = [.. top.OrderByDescending(d => d.CitingPlans).ThenBy(d => d.Id, StringComparer.Ordinal).Take(5)];
            }
        }

        var popular = top.Select(d => new PopularSymbol(d.Symbol!, d.Id, d.CitingPlans)).ToList();
        var popularSymbols = popular.Select(p => p.Symbol).Distinct(StringComparer.Ordinal).ToList();
        rare.Sort((a, b) => (StringComparer.Ordinal.Compare(a.Symbol, b.Symbol), Nullable.Compare(a.Year, b.Year)) switch { (0, var y) => y, (var c, _) => c });
        var mix = new List<GraphQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = GraphKinds[i % GraphKinds.Count];
            var province = Gazetteer.Provinces[random.Next(Gazetteer.Provinces.Count)];
            var year = random.Next(2015, 2025);
            (string Symbol, int? Year)? cited = kind switch
            {
                "cites-popular" when popularSymbols.Count > 0 => (popularSymbols[i / GraphKinds.Count % popularSymbols.Count], null),
                "cites-rare" when rare.Count > 0 => rare[random.Next(rare.Count)],
                _ => null,
            };
            Func<GraphQueries, long>? run = kind switch
            {
                "cites-popular" or "cites-rare" when cited is { } c => q => q.Cites(c.Symbol, c.Year).Groups.Sum(g => g.Mentions.Count),
                "stale" => q => q.Stale().Findings.Count,
                "stale-province" => q => q.Stale(province: province).Findings.Count,
                "stale-year" => q => q.Stale(year: year).Findings.Count,
                _ => null,
            };
            if (run is not null)
            {
                var query = cited is { } asked ? $"cites {asked.Symbol}{(asked.Year is { } y ? $" --year {y}" : "")}"
                    : $"stale{(kind == "stale-province" ? $" --province {province}" : "")}{(kind == "stale-year" ? $" --year {year}" : "")}";
                mix.Add(new GraphQuery(kind, query, run));
            }
        }

        return (mix, popular);
    }

    private static string Line(QueryBenchReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        var line = new StringBuilder();
        line.Append(inv, $"{r.Data}: {r.SampledPlans} sampled plans; ");
        foreach (var (name, times) in new[] { ("search", r.Search), ("graph", r.Graph) })
        {
            var o = times.Overall;
            line.Append(inv, $"{name} {o.Count} hot queries: p50 {o.P50} ms, p90 {o.P90} ms, p99 {o.P99} ms, max {o.Max} ms (");
            line.AppendJoin(", ", times.Kinds.Select(k => string.Create(inv, $"{k.Key} {k.Value.Count}× p50 {k.Value.P50}/p99 {k.Value.P99} ms, {k.Value.MeanResults} results")));
            line.Append(times.CutShort.Count > 0 ? $"; cut short by --kind-seconds: {string.Join(", ", times.CutShort)}" : "");
            line.Append(inv, $"; slowest: {string.Join(", ", times.Slowest.Take(3).Select(q => string.Create(inv, $"{q.Kind} [{q.Query}] {q.Milliseconds} ms")))}); ");
        }

        line.Append(inv, $"most cited: {string.Join(", ", r.PopularSymbols.Select(p => string.Create(inv, $"{p.Key} by {p.CitingPlans} plans")))}");
        return line.ToString();
    }

    private sealed record GraphQuery(string Kind, string Query, Func<GraphQueries, long> Run);
}

/// <summary>Latencies overall and per kind; <see cref="CutShort"/> names the kinds whose time ran out before all their queries were timed.</summary>


/// <summary>A symbol of the popular "cites" queries: "16/CT-TTg", key "16/CT-TTg@2016", cited by 1,250 plans.</summary>
public sealed record PopularSymbol(string Symbol, string Key, int CitingPlans);

/// <summary>What `danvan bench-query --json` prints.</summary>
public sealed record QueryBenchReport(string Data, int SampledPlans, double SetupSeconds, double KindSeconds, KindTimes Search, KindTimes Graph,
    IReadOnlyList<PopularSymbol> PopularSymbols);
