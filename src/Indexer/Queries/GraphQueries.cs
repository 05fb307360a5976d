using DanVan.Places;
using System.Globalization;
using DanVan.Citations;
using DanVan.Graph;
using DanVan.Ingest;
using DanVan.Resolution;

namespace DanVan.Queries;

/// <summary>
/// The product's questions over the citation graph, for the CLI and the web alike: which plans cite a
/// directive, what a plan cites, all we know about a document, which plans cite a superseded one.
/// </summary>
public sealed class GraphQueries(ICitationGraph graph, Registry registry)
{
    /// <summary>Opens the queries over a graph with the registry it was last indexed with.</summary>
    public static GraphQueries Over(ICitationGraph graph)
    {
        var snapshot = graph.Registry();
        var registry = snapshot is null ? Registry.Empty : Registry.Parse(snapshot.Documents, "stored registry", snapshot.Provinces, "stored provinces");
        return new GraphQueries(graph, registry);
    }

    /// <summary>
    /// At most this many mentions (and undated mentions) are listed in an answer by default, in index order; the counts of
    /// citing plans per province and year are always whole (from the document nodes), so a directive cited by a
    /// hundred thousand plans answers as fast as one cited by ten.
    /// </summary>
    public const int DefaultMaxMentions = 500;

    /// <summary>Mentions listed per answer (<see cref="DefaultMaxMentions"/>).</summary>
    public int MaxMentions { get; init; } = DefaultMaxMentions;

    /// <summary>The same queries listing at most <paramref name="mentions"/> mentions or findings an answer.</summary>
    public GraphQueries Listing(int mentions) => new(graph, registry) { MaxMentions = mentions };

    /// <summary>The registry in use.</summary>
    public Registry Registry => registry;

    /// <summary>Plans citing <paramref name="symbolText"/> ("16/CT-TTg", "16/ct-ttg"), optionally of one year and province (either name).</summary>
    public CitesResult Cites(string symbolText, int? year = null, string? province = null)
    {
        var symbol = ParseSymbol(symbolText);
        var provinces = province is null ? null : registry.Provinces.Expand(province).ToHashSet(StringComparer.Ordinal);
        bool InPlace(string? planProvince) => provinces is null || (planProvince is not null && provinces.Contains(planProvince));
        var keys = graph.DocumentKeysWithSymbol(symbol.Official).Where(k => year is null || DocumentKey.Parse(k).Year == year)
            .Order(StringComparer.Ordinal).ToList();
        var mentions = graph.CitationsToSymbol(symbol.Official, year).Where(c => InPlace(c.PlanProvince)).Take(MaxMentions);
        var ambiguous = graph.AmbiguousMentions(symbol.Official, r => InPlace(r.PlanProvince) && (year is null || r.Candidates.Any(k => DocumentKey.Parse(k).Year == year)))
            .Take(MaxMentions).Select(Mention).ToList();
        var documents = registry.WithSymbol(symbol.Official).Where(e => year is null || e.Date?.Year == year)
            .Select(e => FactsOf.From(e, registry)).ToList();
        return new CitesResult(symbol.Official, year, province, documents, Group(keys, provinces, mentions), ambiguous);
    }

    /// <summary>What a plan cites: by its path relative to the corpus, or by its own symbol.</summary>
    public RefsResult Refs(string plan)
    {
        var record = FindPlan(plan);
        var (date, bound) = (Parse(record.Date), Parse(record.DateLowerBound));
        var citations = graph.CitationsOf(record.Id).Select(c =>
        {
            var entry = c.Key is null ? null : registry.Find(c.Key);
            return new PlanCitation(c.Type, c.Symbol, c.Written, c.Date, c.Issuer, c.Text, c.Start, c.End, c.Form, c.Key, c.State, c.Candidates,
                entry is null ? null : FactsOf.From(entry, registry),
                entry?.Status == DocumentStatus.Superseded ? Judge(date, bound, registry.ReplacedOn(entry)) : null);
        }).ToList();
        return new RefsResult(ToRef(record), citations, new PlanDetails(record.Type, record.Agency, record.Place, record.Signer, record.Key));
    }

    /// <summary>All we know about a document, by key ("290-QĐ/TW@2010") or by symbol when it names one document.</summary>
    public DocResult Doc(string keyOrSymbol)
    {
        var key = keyOrSymbol.Contains('@') ? keyOrSymbol : KeyOfSymbol(keyOrSymbol);
        var (symbol, _, _) = DocumentKey.Parse(key);
        var node = graph.Document(key);
        var entry = registry.Find(key);
        var plans = graph.PlansWithSymbol(symbol).Where(p => p.Key == key).Select(ToRef).ToList();
        if (entry is null && node is not { Citations: > 0 } && plans.Count == 0)
        {
            throw new QueryException(QueryProblem.NotFound, $"no document {key} in the registry or the corpus");
        }

        // The variants are the node's tallies: what citations write of its date, issuer and subject, most frequent first.
        var dates = Variants(node?.Dates);
        var issuers = Variants(node?.Issuers);
        var titles = Variants(node?.Titles);
        var maybe = graph.AmbiguousMentions(symbol, r => r.Candidates.Contains(key)).Take(MaxMentions).Select(Mention).ToList();
        return new DocResult(key, symbol, entry is null ? null : FactsOf.From(entry, registry), plans, Group([key], null, graph.CitationsTo(key).Take(MaxMentions)),
            dates, issuers, titles, dates.FirstOrDefault()?.Value, issuers.FirstOrDefault()?.Value, maybe);
    }

    /// <summary>Every mention of a document key, streamed (for exports: an answer lists at most <see cref="MaxMentions"/>).</summary>
    public IEnumerable<Mention> Mentions(string key) => graph.CitationsTo(key).Select(Mention);

    /// <summary>
    /// Plans citing superseded documents, each with a verdict: stale (dated on or after the replacement
    /// took effect, or known to be from its lower bound), before replacement, or undetermined. Counted whole
    /// per verdict; at most <see cref="MaxMentions"/> findings listed, by verdict, province, date and plan.
    /// </summary>
    /// <param name="after">Only plans dated (or bounded) on or after this day; undated plans without a bound stay.</param>
    /// <param name="province">Only plans of this province (either name, before or after the 2025 merger).</param>
    /// <param name="year">Only plans of this year.</param>
    /// <param name="verdict">Only findings with this verdict (the counts are of every verdict).</param>
    public StaleResult Stale(DateOnly? after = null, string? province = null, int? year = null, StaleVerdict? verdict = null)
    {
        var groups = StaleGroups(after, province, year);
        var counts = Enum.GetValues<StaleVerdict>().Select(v => new VerdictCount(v, groups.Where(g => g.Verdict == v).Sum(g => g.Count()))).ToList();
        var findings = StaleFindings(groups.Where(g => verdict is null || g.Verdict == verdict)).Take(MaxMentions).ToList();
        return new StaleResult(counts.Sum(c => c.Findings), counts.Where(c => verdict is null || c.Verdict == verdict).Sum(c => c.Findings), counts, findings);
    }

    /// <summary>Every finding <see cref="Stale"/> would count, in its order, streamed (for exports).</summary>
    public IEnumerable<StaleFinding> AllStale(DateOnly? after = null, string? province = null, int? year = null, StaleVerdict? verdict = null) =>
        StaleFindings(StaleGroups(after, province, year).Where(g => verdict is null || g.Verdict == verdict));

    /// <summary>
    /// The findings to read, as ranges of their order, one per verdict and province, from the counts: with a year,
    /// that year's dates; after a day, the plans without a date and those from the day on.
    /// </summary>
    private List<StaleGroup> StaleGroups(DateOnly? after, string? province, int? year)
    {
        var provinces = province is null ? null : registry.Provinces.Expand(province).ToHashSet(StringComparer.Ordinal);
        var rows = graph.FindingCounts()
            .Where(c => provinces is null || (c.Province is not null && provinces.Contains(c.Province)))
            .Where(c => year is null || c.Year == year)
            .Where(c => after is null || c.Year is null || c.Year >= after.Value.Year)
            .ToList();
        var day = after?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. rows.GroupBy(c => ((StaleVerdict)c.Verdict, c.Province))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Province ?? "", StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var prefix = LiteDbCitationGraph.FindingPrefix(g.Key.Item1, g.Key.Province);
                if (year is { } y)
                {
                    var text = y.ToString("D4", CultureInfo.InvariantCulture);
                    var counted = g.Sum(c => c.Count);
                    return [new StaleGroup(g.Key.Item1, prefix + text, prefix + text + "\uffff", () => counted)];
                }

                if (day is null)
                {
                    var counted = g.Sum(c => c.Count);
                    return [new StaleGroup(g.Key.Item1, prefix, prefix + "\uffff", () => counted)];
                }

                // After a day: the plans without a date, then from the day on; the day's own year is counted by reading its findings.
                var undated = g.Where(c => c.Year is null).Sum(c => c.Count);
                var later = g.Where(c => c.Year > after!.Value.Year).Sum(c => c.Count);
                var yearEnd = prefix + after!.Value.Year.ToString("D4", CultureInfo.InvariantCulture) + "\uffff";
                IEnumerable<StaleGroup> parts =
                [
                    new StaleGroup(g.Key.Item1, prefix + "\u001f", prefix + "\u0020", () => undated),
                    new StaleGroup(g.Key.Item1, prefix + day, prefix + "\uffff", () => later + graph.CountFindings(prefix + day, yearEnd)),
                ];
                return parts;
            })];
    }

    private IEnumerable<StaleFinding> StaleFindings(IEnumerable<StaleGroup> groups)
    {
        // A few superseded documents, each in many findings: their facts are made once.
        var documents = new Dictionary<string, (Facts Facts, string? ReplacedOn)?>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var f in graph.Findings(group.From, group.To))
            {
                if (!documents.TryGetValue(f.Key, out var document))
                {
                    documents[f.Key] = document = registry.Find(f.Key) is { } entry ? (FactsOf.From(entry, registry), FactsOf.Format(registry.ReplacedOn(entry))) : null;
                }

                if (document is not { } known)
                {
                    continue;
                }

                var plan = new PlanRef(f.Plan, f.PlanSymbol, f.PlanTitle, f.PlanDate, f.PlanDateLowerBound, f.PlanProvince,
                    f.PlanProvince is null ? null : registry.Provinces.After(f.PlanProvince));
                yield return new StaleFinding(plan, known.Facts, known.ReplacedOn, (StaleVerdict)f.Verdict, f.Mentions, f.Sentence);
            }
        }
    }

    /// <summary>Findings of one verdict and province between two orders, and how to count them (from the counts, mostly).</summary>
    private sealed record StaleGroup(StaleVerdict Verdict, string From, string To, Func<int> Count);

    /// <summary>
    /// Whether a plan citing a superseded document did so after its replacement took effect: by the plan's
    /// date, else by its lower bound when that already passes the day; otherwise undetermined.
    /// </summary>
    public static StaleVerdict Judge(DateOnly? planDate, DateOnly? planDateLowerBound, DateOnly? replacedOn) => (planDate, planDateLowerBound, replacedOn) switch
    {
        (_, _, null) => StaleVerdict.Undetermined,
        ({ } d, _, { } r) => d >= r ? StaleVerdict.Stale : StaleVerdict.BeforeReplacement,
        (null, { } b, { } r) when b >= r => StaleVerdict.Stale,
        _ => StaleVerdict.Undetermined,
    };

    /// <summary>Plans per province, by its name at the time and after the 2025 merger.</summary>
    public IReadOnlyList<ProvinceCount> Provinces() =>
        [.. Gazetteer.Provinces.Append(null).Select(p => (Province: p, Plans: graph.PlansIn(p))).Where(p => p.Plans > 0)
            .Select(p => new ProvinceCount(p.Province, p.Province is null ? null : registry.Provinces.After(p.Province), p.Plans))
            .OrderBy(p => p.ProvinceNow ?? "\uFFFF", StringComparer.Ordinal).ThenBy(p => p.Province, StringComparer.Ordinal)];

    /// <summary>The keys of the documents a symbol names ("16/CT-TTg" → 16/CT-TTg@2016, 16/CT-TTg@2020), from the registry and the corpus.</summary>
    public IReadOnlyList<string> KeysOf(string symbolText)
    {
        var symbol = ParseSymbol(symbolText);
        return [.. registry.WithSymbol(symbol.Official).Select(e => e.Key)
            .Concat(graph.DocumentKeysWithSymbol(symbol.Official))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private string KeyOfSymbol(string text)
    {
        var symbol = ParseSymbol(text);
        var keys = KeysOf(text);
        return keys.Count switch
        {
            1 => keys[0],
            0 => throw new QueryException(QueryProblem.NotFound, $"no document {symbol.Official} in the registry or the corpus"),
            _ => throw new QueryException(QueryProblem.Ambiguous, $"{symbol.Official} names {keys.Count} documents: {string.Join(", ", keys)}; give one key", keys),
        };
    }

    private PlanRecord FindPlan(string plan)
    {
        var id = plan.Replace('\\', '/');
        if (graph.Plan(id) is { } exact)
        {
            return exact;
        }

        // "corpus/003_….txt" as typed from the repository root: its shorter paths, each looked up.
        for (var slash = id.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = id.IndexOf('/', slash + 1))
        {
            if (graph.Plan(id[(slash + 1)..]) is { } shorter)
            {
                return shorter;
            }
        }

        // A file's name without its folder ("751012.txt" for "751/751012.txt") is searched for among every plan's path
        // (every plan read); a plan's own number ("614/KH-UBND") never is: it was, on every plan asked for by number.
        if (DocumentReader.Supports(id))
        {
            var byPath = graph.AllPlans().Where(p => p.Id.EndsWith("/" + id, StringComparison.Ordinal)).Take(2).ToList();
            if (byPath.Count == 1)
            {
                return byPath[0];
            }
        }

        var symbol = DocumentSymbol.TryParseAnyCase(plan);
        var bySymbol = symbol is null ? [] : graph.PlansWithSymbol(symbol.Official).ToList();
        return bySymbol.Count switch
        {
            1 => bySymbol[0],
            > 1 => throw new QueryException(QueryProblem.Ambiguous, $"{plan} is the number of {bySymbol.Count} plans: {string.Join(", ", bySymbol.Select(p => p.Id))}", [.. bySymbol.Select(p => p.Id)]),
            _ => throw new QueryException(QueryProblem.NotFound, $"no plan {plan} in the index (give its path relative to the corpus, or its number)"),
        };
    }

    private static DocumentSymbol ParseSymbol(string text) =>
        DocumentSymbol.TryParseAnyCase(text)
        ?? throw new QueryException(QueryProblem.NotASymbol, $"\"{text}\" is not a document symbol (examples: 16/CT-TTg, 114-KL/TW, 04/2015/NĐ-CP)");

    /// <summary>
    /// Citing plans of <paramref name="keys"/> by province and year, counted from the nodes' tallies, each group with
    /// the listed <paramref name="mentions"/> that fall in it (a group may count plans none of whose mentions is listed).
    /// </summary>
    private List<CitingGroup> Group(IEnumerable<string> keys, HashSet<string>? provinces, IEnumerable<CitationRecord> mentions)
    {
        var counts = new Dictionary<(string? Province, int? Year), int>();
        foreach (var place in keys.Select(graph.Document).OfType<DocumentRecord>().SelectMany(n => n.Places))
        {
            var (province, year) = DocumentTally.ParsePlace(place.Value);
            if (provinces is null || (province is not null && provinces.Contains(province)))
            {
                counts[(province, year)] = counts.GetValueOrDefault((province, year)) + place.Count;
            }
        }

        var listed = mentions.ToLookup(c => (c.PlanProvince, c.PlanYear));
        return [.. counts.OrderBy(g => g.Key.Province ?? "\uFFFF", StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => new CitingGroup(g.Key.Province, g.Key.Province is null ? null : registry.Provinces.After(g.Key.Province), g.Key.Year,
                [.. listed[g.Key].OrderBy(c => c.Plan, StringComparer.Ordinal).ThenBy(c => c.Start).Select(Mention)], g.Value))];
    }

    private Mention Mention(CitationRecord c) => new(Ref(c), c.Text, c.Sentence, c.Key, c.Start, c.End);

    private Mention Mention(AmbiguousRow r) => new(
        new PlanRef(r.Plan, r.PlanSymbol, r.PlanTitle, r.PlanDate, r.PlanDateLowerBound, r.PlanProvince, r.PlanProvince is null ? null : registry.Provinces.After(r.PlanProvince)),
        r.Text, r.Sentence, null, r.Start, r.End);

    private PlanRef Ref(CitationRecord c) =>
        new(c.Plan, c.PlanSymbol, c.PlanTitle, c.PlanDate, c.PlanDateLowerBound, c.PlanProvince, c.PlanProvince is null ? null : registry.Provinces.After(c.PlanProvince));

    private PlanRef ToRef(PlanRecord p) => new(p.Id, p.Symbol, p.Title, p.Date, p.DateLowerBound, p.Province, p.Province is null ? null : registry.Provinces.After(p.Province));

    private static List<Variant> Variants(IEnumerable<ValueCount>? tally) =>
        [.. (tally ?? []).Select(v => new Variant(v.Value, v.Count)).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
