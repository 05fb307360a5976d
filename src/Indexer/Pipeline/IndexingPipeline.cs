using System.Globalization;
using System.Security.Cryptography;
using DanVan.Citations;
using DanVan.Graph;
using DanVan.Ingest;
using DanVan.Resolution;
using DanVan.Search;
using DanVan.Text;

namespace DanVan.Pipeline;

/// <summary>A file that could not be indexed, and why.</summary>
public sealed record IndexFailure(string Path, string Reason);

/// <summary>What one `danvan index` run did.</summary>
public sealed record IndexSummary(int Added, int Changed, int Removed, int Unchanged, int Failed, long Bytes, int Citations,
    int Reresolved, double Seconds, string? RegistryProblem, IReadOnlyList<IndexFailure> Failures);

/// <summary>Told how the run goes (a progress bar, plain lines, nothing).</summary>
public interface IIndexProgress
{
    /// <summary>The run will read <paramref name="files"/> files of <paramref name="bytes"/> bytes in all.</summary>
    void Begin(int files, long bytes);

    /// <summary>One file done.</summary>
    void Advance(string path, long bytes);

    /// <summary>One file could not be indexed.</summary>
    void Failed(IndexFailure failure);
}

/// <summary>Progress nobody watches: benchmarks and tests.</summary>
public sealed class NoProgress : IIndexProgress
{
    /// <summary>The one instance.</summary>
    public static readonly NoProgress Instance = new();

    private NoProgress()
    {
    }

    /// <inheritdoc/>
    public void Begin(int files, long bytes)
    {
    }

    /// <inheritdoc/>
    public void Advance(string path, long bytes)
    {
    }

    /// <inheritdoc/>
    public void Failed(IndexFailure failure)
    {
    }
}

/// <summary>
/// The only place that calls the stages in order: read each new or changed file, extract, resolve,
/// store, in batches that commit whole; then remove deleted files and re-resolve what new documents
/// may have changed. Unchanged files (same size and time, or same content hash) are not extracted.
/// A run killed at any point leaves the graph as of its last commit; the next run finishes the job.
/// </summary>
public sealed class IndexingPipeline(string corpus, ICitationGraph graph, ISearchIndex search, IIndexProgress progress)
{
    private const int BatchSize = 64;
    private const int MaxSentence = 360;

    /// <summary>Files the indexer reads; others in the corpus folder are reported as unsupported.</summary>

    /// <summary>Runs one incremental index of the corpus folder.</summary>
    public IndexSummary Run()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (!Directory.Exists(corpus))
        {
            throw new DanVanException($"{corpus}: no such folder");
        }

        var (registry, registryProblem, registryChanged) = LoadRegistry();
        Consistency.Reconcile(graph, search);
        var stored = graph.Plans();
        var generation = Math.Max(graph.Generation, search.Generation);
        var files = CorpusFiles().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<(string Id, FileInfo File)>();
        var touched = new List<PlanRecord>();
        var failures = new List<IndexFailure>();
        foreach (var file in files)
        {
            var id = Path.GetRelativePath(corpus, file.FullName).Replace('\\', '/');
            seen.Add(id);
            if (stored.TryGetValue(id, out var plan) && plan.Size == file.Length && plan.Modified == file.LastWriteTimeUtc.Ticks)
            {
                continue;
            }

            work.Add((id, file));
        }

        var removed = stored.Keys.Where(id => !seen.Contains(id)).ToList();
        progress.Begin(work.Count, work.Sum(w => w.File.Length));
        var resolver = new CitationResolver(registry, new GraphCandidates(registry, graph));
        int added = 0, changed = 0, unchanged = files.Count - work.Count, citationCount = 0;
        long bytes = 0;
        var batchPlans = new List<PlanRecord>();
        var batchCitations = new List<CitationRecord>();
        var batchDocuments = new List<PlanDocument>();

        // The search index commits first, the graph second: after a crash the graph never holds a plan the index lacks.
        void Commit(IReadOnlyList<string> removedIds)
        {
            generation++;
            search.Put(batchDocuments);
            search.Remove(removedIds);
            search.Commit(generation);
            graph.Write(batchPlans, batchCitations, removedIds, generation);
            batchPlans.Clear();
            batchCitations.Clear();
            batchDocuments.Clear();
        }

        foreach (var (id, file) in work)
        {
            try
            {
                if (!DocumentReader.Supports(file.Name))
                {
                    throw new DanVanException($"{id}: not a supported format ({(file.Extension.Length == 0 ? "no extension" : file.Extension)}; "
                        + $"one of {string.Join(", ", DocumentReader.Extensions)})");
                }

                var bytesRead = DocumentReader.ReadBytes(id, file);
                var hash = Convert.ToHexString(SHA256.HashData(bytesRead));
                if (stored.TryGetValue(id, out var previous) && previous.Hash == hash)
                {
                    // Same content, new time stamp: nothing to extract.
                    previous.Modified = file.LastWriteTimeUtc.Ticks;
                    touched.Add(previous);
                    unchanged++;
                }
                else
                {
                    // Normalized once, for the extractor and for the search index.
                    var text = TextNormalizer.Normalize(DocumentReader.FromBytes(id, bytesRead).Text);
                    var (plan, edges) = Build(id, file, hash, text, registry, resolver);
                    batchPlans.Add(plan);
                    batchCitations.AddRange(edges);
                    batchDocuments.Add(SearchDocument(plan, text.Original, edges, registry) with { NormalizedText = text.Text });
                    citationCount += edges.Count;
                    _ = previous is null ? added++ : changed++;
                }

                bytes += file.Length;
            }
            catch (Exception e) when (e is DanVanException or IOException or UnauthorizedAccessException)
            {
                var failure = new IndexFailure(id, e is DanVanException ? e.Message[(e.Message.StartsWith(id, StringComparison.Ordinal) ? id.Length + 2 : 0)..] : e.Message);
                failures.Add(failure);
                progress.Failed(failure);
            }

            progress.Advance(id, file.Length);
            if (batchPlans.Count >= BatchSize)
            {
                Commit([]);
            }
        }

        Commit(removed);
        if (touched.Count > 0)
        {
            graph.Touch(touched);
        }

        var reresolved = 0;
        if (graph.Dirty || registryChanged)
        {
            // Plans whose citations now point elsewhere, or all when the registry changed, get their search fields again;
            // the graph remembers which until the final commit, so a run killed in between leaves the work to the next.
            reresolved = Reresolve(registry).Count;
            var (all, pending) = graph.SearchPending;
            var refresh = all ? graph.Plans().Keys.ToList() : [.. pending];
            foreach (var chunk in refresh.Chunk(BatchSize))
            {
                search.Put(chunk.Select(id => (Plan: graph.Plan(id), Body: search.Body(id)))
                    .Where(x => x.Plan is not null && x.Body is not null)
                    .Select(x => SearchDocument(x.Plan!, x.Body!, [.. graph.CitationsOf(x.Plan!.Id)], registry)));
            }

            generation++;
            search.Commit(generation);
            graph.ReplaceDocuments(Documents(registry), generation);
        }
        return new IndexSummary(added, changed, removed.Count, unchanged, failures.Count, bytes, citationCount, reresolved,
            clock.Elapsed.TotalSeconds, registryProblem, failures);
    }

    private IEnumerable<FileInfo> CorpusFiles()
    {
        var registryFolder = Path.GetFullPath(Path.Combine(corpus, "registry")) + Path.DirectorySeparatorChar;
        return new DirectoryInfo(corpus).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint })
            .Where(f => !f.FullName.StartsWith(registryFolder, StringComparison.Ordinal) && !f.Name.StartsWith('.'))
            .OrderBy(f => f.FullName, StringComparer.Ordinal);
    }

    /// <summary>The registry folder's files if they pass their checks; otherwise the last good registry, and the problem.</summary>
    private (Registry Registry, string? Problem, bool Changed) LoadRegistry()
    {
        var folder = Path.Combine(corpus, "registry");
        var last = graph.Registry();
        if (!File.Exists(Path.Combine(folder, Resolution.Registry.DocumentsFile)))
        {
            return (last is null ? Resolution.Registry.Empty : FromSnapshot(last), null, false);
        }

        try
        {
            var documents = File.ReadAllText(Path.Combine(folder, Resolution.Registry.DocumentsFile));
            var provincesPath = Path.Combine(folder, Resolution.Registry.ProvincesFile);
            var provinces = File.Exists(provincesPath) ? File.ReadAllText(provincesPath) : """{"provinces": []}""";
            var registry = Resolution.Registry.Parse(documents, Path.Combine(folder, Resolution.Registry.DocumentsFile), provinces, provincesPath);
            var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(documents + "\0" + provinces)));
            var changed = last?.Hash != hash;
            if (changed)
            {
                graph.StoreRegistry(new RegistrySnapshot { Documents = documents, Provinces = provinces, Hash = hash });
            }

            return (registry, null, changed);
        }
        catch (Exception e) when (e is DanVanException or IOException)
        {
            var keeping = last is null ? "no registry is in use" : "the last good registry stays in use";
            return (last is null ? Resolution.Registry.Empty : FromSnapshot(last), $"registry refused: {e.Message}; {keeping}", false);
        }
    }

    private static Registry FromSnapshot(RegistrySnapshot snapshot) =>
        Resolution.Registry.Parse(snapshot.Documents, "stored registry", snapshot.Provinces, "stored provinces");

    private static (PlanRecord Plan, List<CitationRecord> Citations) Build(string id, FileInfo file, string hash, NormalizedText text, Registry registry, CitationResolver resolver)
    {
        var extraction = CitationExtractor.Extract(text);
        var d = extraction.Document;
        var ownSymbol = d.Symbol is null ? null : DocumentSymbol.TryParse(d.Symbol);
        var year = d.Date?.Year ?? d.DateLowerBound?.Year;
        var plan = new PlanRecord
        {
            Id = id,
            Hash = hash,
            Size = file.Length,
            Modified = file.LastWriteTimeUtc.Ticks,
            Symbol = ownSymbol?.Official,
            Key = ownSymbol is null ? null : DocumentKey.For(ownSymbol.Official, d.Date?.Year ?? ownSymbol.Year, DocumentKey.IsCentral(ownSymbol) ? null : d.Province),
            Type = d.Type,
            Title = d.Title,
            Date = Format(d.Date),
            DateLowerBound = Format(d.DateLowerBound),
            Year = year,
            Place = d.Place,
            Province = d.Province,
            ProvinceNow = d.Province is null ? null : registry.Provinces.After(d.Province),
            Agency = d.Agency,
            Signer = d.Signer,
        };

        var resolved = resolver.Resolve(extraction.Citations, new CitingPlan(d.Province, d.Date));
        var edges = resolved.Select(r => new CitationRecord
        {
            Plan = id,
            Key = r.Key,
            State = StateOf(r.Kind),
            Candidates = [.. r.Candidates],
            Inferred = r.YearInferred,
            Symbol = r.Symbol,
            Written = r.Citation.Symbol,
            Type = r.Citation.Type,
            Date = Format(r.Citation.Date),
            Issuer = r.Citation.Issuer,
            Subject = r.Citation.Subject,
            Province = r.Province,
            Start = r.Citation.Span.Start,
            End = r.Citation.Span.End,
            Text = r.Citation.Text,
            Sentence = SentenceAround(text.Original, r.Citation.Span.Start, r.Citation.Span.End),
            Form = CitationForms.Name(r.Citation.Form),
            PlanSymbol = plan.Symbol,
            PlanTitle = plan.Title,
            PlanProvince = plan.Province,
            PlanDate = plan.Date,
            PlanDateLowerBound = plan.DateLowerBound,
            PlanYear = year,
        }).ToList();
        plan.Citations = edges.Count;
        return (plan, edges);
    }

    /// <summary>
    /// The plan's search document: its text, the keys and symbols it cites, whether one is superseded and
    /// whether the plan cites it after its replacement took effect (or is known to be later, from its lower bound).
    /// </summary>
    private static PlanDocument SearchDocument(PlanRecord plan, string text, IReadOnlyList<CitationRecord> citations, Registry registry)
    {
        var keys = citations.Select(c => c.Key).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var symbols = citations.Select(c => c.Symbol).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var superseded = keys.Select(registry.Find).OfType<RegistryEntry>().Where(e => e.Status == DocumentStatus.Superseded).ToList();
        var when = (plan.Date ?? plan.DateLowerBound) is { } date ? DateOnly.Parse(date, CultureInfo.InvariantCulture) : (DateOnly?)null;
        var stale = superseded.Any(e => registry.ReplacedOn(e) is { } replaced && when >= replaced);
        return new PlanDocument(plan, text, keys, symbols, superseded.Count > 0, stale);
    }

    /// <summary>Undated citations take their year from the candidates: new plans, dated citations or registry entries may change it.</summary>
    private IReadOnlyCollection<string> Reresolve(Registry registry)
    {
        var resolver = new CitationResolver(registry, new GraphCandidates(registry, graph));
        return graph.Reresolve(c =>
        {
            if (c.Symbol is null)
            {
                return (c.Key, c.State, c.Candidates);
            }

            var planDate = c.PlanDate is null ? (DateOnly?)null : DateOnly.Parse(c.PlanDate, CultureInfo.InvariantCulture);
            var (key, kind, candidates) = resolver.ResolveUndated(c.Symbol, c.Province, planDate);
            return (key, StateOf(kind), [.. candidates]);
        });
    }

    /// <summary>Every node: registry entries, numbered plans, cited documents, with what most citations say of them.</summary>
    private IEnumerable<DocumentRecord> Documents(Registry registry)
    {
        var nodes = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        DocumentRecord Node(string key, string kind)
        {
            if (!nodes.TryGetValue(key, out var node))
            {
                var (symbol, year, province) = DocumentKey.Parse(key);
                node = nodes[key] = new DocumentRecord { Id = key, Symbol = key.StartsWith('~') ? null : symbol, Year = year, Province = province, Kind = kind };
            }

            return node;
        }

        foreach (var entry in registry.Entries)
        {
            var node = Node(entry.Key, "registry");
            (node.Type, node.Date, node.Issuer, node.Title) = (entry.Type, Format(entry.Date), entry.Issuer, entry.Title);
        }

        foreach (var plan in graph.Plans().Values.Where(p => p.Key is not null))
        {
            var node = Node(plan.Key!, nodes.ContainsKey(plan.Key!) ? nodes[plan.Key!].Kind : "plan");
            (node.Type, node.Date, node.Title) = (node.Type ?? plan.Type, node.Date ?? plan.Date, node.Title ?? plan.Title);
        }

        foreach (var group in graph.AllCitations().Where(c => c.Key is not null).GroupBy(c => c.Key!))
        {
            var first = group.First();
            var node = Node(group.Key, first.State switch { "undated" => "undated", "named" => "named", _ => "cited" });
            node.Citations = group.Count();
            node.CitingPlans = group.Select(c => c.Plan).Distinct().Count();
            node.Type ??= MostCommon(group.Select(c => c.Type));
            node.Date ??= MostCommon(group.Select(c => c.Date));
            node.Issuer ??= MostCommon(group.Select(c => c.Issuer));
            node.Title ??= MostCommon(group.Select(c => c.Subject));
        }

        return nodes.Values;
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;

    private static string StateOf(ResolutionKind kind) => kind switch
    {
        ResolutionKind.Ambiguous => "ambiguous",
        ResolutionKind.Undated => "undated",
        ResolutionKind.Named => "named",
        _ => "resolved",
    };

    /// <summary>The sentence a citation stands in, for lists: from the last ".", ";" or paragraph break before it to the next after it.</summary>
    internal static string SentenceAround(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < MaxSentence && !IsSentenceEnd(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < MaxSentence && !IsSentenceEnd(text, to))
        {
            to++;
        }

        if (to < text.Length && text[to] is '.' or ';')
        {
            to++;
        }

        return Scan.Collapse(text.AsSpan(from, to - from));
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is ';' || (text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
        || (text[i] == '\n' && i + 1 < text.Length && text[i + 1] is '-' or '+' or '•');

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
