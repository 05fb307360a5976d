using System.Text.RegularExpressions;
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

    /// <summary>A step of the run other than the walk begins (reading ahead, catching up at the end).</summary>
    void Step(string what)
    {
    }
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
/// Memory does not grow with the corpus: files are walked, read and written as a stream, a few batches
/// at a time; reading, extraction and search analysis run on every core, the graph is written on one.
/// </summary>
public sealed partial class IndexingPipeline(string corpus, ICitationGraph graph, ISearchIndex search, IIndexProgress progress)
{
    // Plans whose search fields are refreshed per commit at the end of a run.
    private const int BatchSize = 2_000;
    private const int MaxSentence = 360;

    /// <summary>Plans per commit (<see cref="Batch.DefaultPlans"/>).</summary>
    public int BatchPlans { get; init; } = Batch.DefaultPlans;

    /// <summary>Runs one incremental index of the corpus folder.</summary>
    public IndexSummary Run()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (!Directory.Exists(corpus))
        {
            throw new DanVanException($"{corpus}: no such folder");
        }

        if (graph.Outdated)
        {
            // Written by an older DanVan whose layout this one cannot keep up to date: start again, both stores.
            search.Clear();
            search.Commit(graph.Generation + 1);
            graph.Reset();
        }

        graph.ResolveAgainIfOlder();
        graph.CompleteAmbiguousRows(() => progress.Step("once: the rows of ambiguous mentions get what lists show of them (a graph of an older version)"));
        graph.CountPlansOnce(() => progress.Step("once: the plans counted per province (a graph of an older version)"));
        var (registry, registryProblem) = LoadRegistry();
        Consistency.Reconcile(graph, search);
        var batch = new Batch(graph, search, Math.Max(graph.Generation, search.Generation), Math.Max(1, BatchPlans));
        var (count, total) = CountFiles();
        var plansAtStart = graph.PlanCount; // counted once: LiteDB counts by reading the whole index
        var foreseen = Foresee(count, plansAtStart, registry);
        progress.Begin(count, total);

        // From an empty graph, what it will hold as candidates is all foreseen: nothing is looked up in it (at 100k plans
        // the lookups were 6% of the run's CPU, and at 1M they read the disk). Whether a key is a plan then goes
        // unasked: indexing stores plans and cited documents alike, as resolved.
        var fromEmpty = plansAtStart == 0;
        var candidates = new GraphCandidates(registry, fromEmpty && foreseen is not null ? null : graph, foreseen);
        var resolver = new CitationResolver(registry, candidates);
        var failures = new List<IndexFailure>();
        int added = 0, changed = 0, unchanged = 0, citationCount = 0;
        long bytes = 0;
        var inFlight = new Queue<Task<Prepared>>();
        var depth = 4 * Environment.ProcessorCount;

        void Handle(Prepared prepared)
        {
            var (id, file, stored) = (prepared.Id, prepared.File, prepared.Stored);
            if (prepared.Failure is { } failure)
            {
                failures.Add(failure);
                progress.Failed(failure);
            }
            else if (prepared.Built is null)
            {
                // Same content, new time stamp: nothing to extract.
                stored!.Modified = file.LastWriteTimeUtc.Ticks;
                batch.Touch(stored);
                unchanged++;
                bytes += file.Length;
            }
            else
            {
                var (plan, edges, document) = prepared.Built!.Value;
                batch.Add(plan, edges, document, file.Length, replaces: stored is not null);
                citationCount += edges.Count;
                _ = stored is null ? added++ : changed++;
                bytes += file.Length;
            }

            progress.Advance(id, file.Length);
            if (batch.Full)
            {
                // Plans resolved from now on see the documents this batch brings.
                batch.Commit([]);
                candidates.Forget();
            }
        }

        // A graph empty at the start holds none of the files the walk meets, and none of them can be gone.
        var root = Path.GetFullPath(corpus);
        var storedPlans = fromEmpty ? null : new StoredPlans(graph, id => !IsCorpusFile(new FileInfo(Path.Combine(root, id)), root));
        foreach (var file in CorpusFiles())
        {
            var id = IdOf(file);
            var stored = storedPlans?.Of(id);
            if (Unchanged(stored, file))
            {
                unchanged++;
                progress.Advance(id, file.Length);
                continue;
            }

            // Read and extracted on the thread pool, a few files ahead; handled here in corpus order.
            inFlight.Enqueue(Task.Run(() => Prepare(id, file, stored, registry, resolver)));
            while (inFlight.Count >= depth)
            {
                Handle(inFlight.Dequeue().GetAwaiter().GetResult());
            }
        }

        while (inFlight.Count > 0)
        {
            Handle(inFlight.Dequeue().GetAwaiter().GetResult());
        }

        var removed = storedPlans?.Removed() ?? [];
        batch.Commit(removed);
        var reresolved = CatchUp(registry);
        return new IndexSummary(added, changed, removed.Count, unchanged, failures.Count, bytes, citationCount, reresolved,
            clock.Elapsed.TotalSeconds, registryProblem, failures);
    }

    /// <summary>
    /// Reads, hashes, normalizes, extracts and resolves one file, and makes its search document; never throws for a bad file.
    /// Runs on the thread pool: the resolver's graph lookups take their turns with each other and with the walking thread's reads and batches.
    /// </summary>
    private static Prepared Prepare(string id, FileInfo file, PlanRecord? stored, Registry registry, CitationResolver resolver)
    {
        try
        {
            if (!DocumentReader.Supports(file.Name))
            {
                throw new DanVanException($"{id}: not a supported format ({(file.Extension.Length == 0 ? "no extension" : file.Extension)}; "
                    + $"one of {string.Join(", ", DocumentReader.Extensions)})");
            }

            var bytes = DocumentReader.ReadBytes(id, file);
            var hash = Convert.ToHexString(SHA256.HashData(bytes));
            if (stored is not null && stored.Hash == hash)
            {
                return new Prepared(id, file, stored);
            }

            // Normalized once, for the extractor and for the search index.
            var text = TextNormalizer.Normalize(DocumentReader.FromBytes(id, bytes).Text);
            var (plan, edges) = Build(id, file, hash, text, CitationExtractor.Extract(text), registry, resolver);
            var document = SearchDocument(plan, text.Original, edges, registry) with { NormalizedText = text.Text };
            return new Prepared(id, file, stored) { Built = (plan, edges, document) };
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            var reason = e switch
            {
                DanVanException => e.Message[(e.Message.StartsWith(id, StringComparison.Ordinal) ? id.Length + 2 : 0)..],
                RegexMatchTimeoutException => "reading its citations took too long (a pattern ran past its time limit); the file is skipped",
                _ => e.Message,
            };
            return new Prepared(id, file, stored) { Failure = new IndexFailure(id, reason) };
        }
    }

    /// <summary>One file made ready off the writing thread: built, unchanged (nothing built), or failed.</summary>
    private sealed record Prepared(string Id, FileInfo File, PlanRecord? Stored)
    {
        public (PlanRecord Plan, List<CitationRecord> Citations, PlanDocument Document)? Built { get; init; }

        public IndexFailure? Failure { get; init; }
    }

    /// <summary>
    /// Before a run that writes most of the corpus (the graph holds fewer plans than half its files): the documents its
    /// end will have as candidates, read from every new or changed file on every core (about an eighth of a first run
    /// at 1M). Undated mentions are then resolved once, as they are written, instead of again at the end of the run.
    /// </summary>
    private ForeseenCandidates? Foresee(int files, int planCount, Registry registry)
    {
        if (planCount * 2 >= files)
        {
            return null;
        }

        progress.Step($"a first run: reading the numbers of the {files} files and the documents they cite with a year, to resolve undated mentions once");
        var foreseen = new ForeseenCandidates();
        var resolver = new CitationResolver(registry, new GraphCandidates(registry, null)); // dated mentions need no candidates
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var fromEmpty = planCount == 0;
        Parallel.ForEach(CorpusFiles(), options, file =>
        {
            var id = IdOf(file);
            if (!fromEmpty && Unchanged(graph.Plan(id), file))
            {
                return; // its documents are in the graph
            }

            foreseen.Add(KeysOf(id, file, resolver));
        });
        return foreseen;
    }

    /// <summary>
    /// The documents one file will make candidates (its own key, the keys it cites with a year), read as <see cref="Prepare"/>
    /// reads it but nothing else made: no hash, no sentences, no search document. None for a file that cannot be read.
    /// </summary>
    private static List<string> KeysOf(string id, FileInfo file, CitationResolver resolver)
    {
        try
        {
            if (!DocumentReader.Supports(file.Name))
            {
                return [];
            }

            var text = TextNormalizer.Normalize(DocumentReader.FromBytes(id, DocumentReader.ReadBytes(id, file)).Text);
            var extraction = CitationExtractor.Extract(text);
            var d = extraction.Document;
            var keys = resolver.Resolve(extraction.Citations, new CitingPlan(d.Province, d.Date)).Where(r => !r.YearInferred).Select(r => r.Key).OfType<string>().ToList();
            if (PlanKey(d) is { } own)
            {
                keys.Add(own);
            }

            return keys;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            return []; // the walk reads it again and says why it failed
        }
    }

    /// <summary>A plan's own key: its symbol, with its year and, for a local issuer, its province; null without a symbol.</summary>
    private static string? PlanKey(DocumentInfo d) => d.Symbol is null || DocumentSymbol.TryParse(d.Symbol) is not { } own ? null
        : DocumentKey.For(own.Official, d.Date?.Year ?? own.Year, DocumentKey.IsCentral(own) ? null : d.Province);

    /// <summary>What reading one file may throw that makes it a failed file, not a failed run.</summary>
    private static bool IsFileProblem(Exception e) => e is DanVanException or IOException or UnauthorizedAccessException or RegexMatchTimeoutException;

    /// <summary>A file's Id: its path relative to the corpus, with "/".</summary>
    private string IdOf(FileInfo file) => Path.GetRelativePath(corpus, file.FullName).Replace('\\', '/');

    /// <summary>True when the stored plan has the file's size and time: not read again.</summary>
    private static bool Unchanged(PlanRecord? stored, FileInfo file) =>
        stored is not null && stored.Size == file.Length && stored.Modified == file.LastWriteTimeUtc.Ticks;

    /// <summary>
    /// The end of a run: undated citations of symbols that gained or lost a candidate are resolved again,
    /// and plans whose citations changed (all, after a registry change) get their search fields again;
    /// each step commits, and what is not done yet stays pending in the graph for the next run.
    /// </summary>
    private int CatchUp(Registry registry)
    {
        if (graph.Dirty)
        {
            progress.Step("catching up: undated mentions whose candidates changed, and the search fields of their plans");
        }

        var resolver = new CitationResolver(registry, new GraphCandidates(registry, graph));
        var reresolved = graph.Reresolve(c =>
        {
            var planDate = c.PlanDate is null ? (DateOnly?)null : DateOnly.Parse(c.PlanDate, CultureInfo.InvariantCulture);
            var (key, kind, candidates) = resolver.ResolveUndated(c.Symbol, c.Province, planDate);
            return (key, StateOf(kind), [.. candidates]);
        }, symbol => GraphCandidates.Settled(registry, symbol));

        if (graph.FindingsPendingAll)
        {
            graph.RebuildFindings();
        }

        var all = graph.SearchPendingAll;
        var generation = Math.Max(graph.Generation, search.Generation);

        // All plans are streamed (nothing else writes meanwhile); pending ones are listed first, as each chunk is struck off.
        foreach (var chunk in (all ? graph.PlanIds() : graph.SearchPendingPlans().ToList()).Chunk(BatchSize))
        {
            // Read here, analysed on every core (Lucene's writer takes documents from many threads).
            var documents = chunk.Select(id => (Plan: graph.Plan(id), Body: search.Body(id)))
                .Where(x => x.Plan is not null && x.Body is not null)
                .Select(x => SearchDocument(x.Plan!, x.Body!, [.. graph.CitationsOf(x.Plan!.Id)], registry))
                .ToList();
            Parallel.ForEach(documents, document => search.Put([document]));
            if (!all)
            {
                search.Commit(++generation);
                graph.SearchCaughtUp(chunk, generation);
            }
        }

        if (all)
        {
            search.Commit(++generation);
            graph.AllSearchCaughtUp(generation);
        }

        return reresolved;
    }

    /// <summary>
    /// The corpus's files, streamed in the ordinal order of their paths (the order of the plans' Ids, which
    /// <see cref="StoredPlans"/> reads beside the walk): not the registry, not hidden or dot files, no links (a link could
    /// loop, or index a file twice).
    /// </summary>
    private IEnumerable<FileInfo> CorpusFiles()
    {
        var root = Path.GetFullPath(corpus);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
        var registry = Path.Combine(root, "registry");
        var waiting = new Stack<FileSystemInfo>([new DirectoryInfo(root)]);
        while (waiting.TryPop(out var entry))
        {
            if (entry is FileInfo file)
            {
                yield return file;
                continue;
            }

            // A folder sorts as its name and "/": its files come where their full paths sort, among the files beside it.
            var entries = ((DirectoryInfo)entry).EnumerateFileSystemInfos("*", options)
                .Where(e => !e.Name.StartsWith('.') && !(e is DirectoryInfo && e.FullName == registry)).ToList();
            entries.Sort((a, b) => string.CompareOrdinal(b is DirectoryInfo ? b.Name + "/" : b.Name, a is DirectoryInfo ? a.Name + "/" : a.Name));
            foreach (var next in entries)
            {
                waiting.Push(next); // last first: popped in order
            }
        }
    }

    /// <summary>Files and bytes the walk will see, for the progress bar (a first, cheap walk).</summary>
    private (int Files, long Bytes) CountFiles()
    {
        var (files, bytes) = (0, 0L);
        foreach (var file in CorpusFiles())
        {
            files++;
            bytes += file.Length;
        }

        return (files, bytes);
    }

    /// <summary>True when the walk would visit this file.</summary>
    private static bool IsCorpusFile(FileInfo file, string root)
    {
        if (!file.Exists || file.LinkTarget is not null || (file.Attributes & FileAttributes.Hidden) != 0)
        {
            return false;
        }

        var relative = Path.GetRelativePath(root, file.FullName).Split(Path.DirectorySeparatorChar);
        return relative[0] != "registry" && !relative.Any(part => part.StartsWith('.'))
            && !relative[..^1].Select((_, i) => new DirectoryInfo(Path.Combine([root, .. relative[..(i + 1)]]))).Any(d => d.LinkTarget is not null);
    }

    /// <summary>The registry folder's files if they pass their checks; otherwise the last good registry, and the problem.</summary>
    private (Registry Registry, string? Problem) LoadRegistry()
    {
        var folder = Path.Combine(corpus, "registry");
        var last = graph.Registry();
        if (!File.Exists(Path.Combine(folder, Resolution.Registry.DocumentsFile)))
        {
            return (last is null ? Resolution.Registry.Empty : FromSnapshot(last), null);
        }

        try
        {
            var documents = File.ReadAllText(Path.Combine(folder, Resolution.Registry.DocumentsFile));
            var provincesPath = Path.Combine(folder, Resolution.Registry.ProvincesFile);
            var provinces = File.Exists(provincesPath) ? File.ReadAllText(provincesPath) : """{"provinces": []}""";
            var registry = Resolution.Registry.Parse(documents, Path.Combine(folder, Resolution.Registry.DocumentsFile), provinces, provincesPath);
            var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(documents + "\0" + provinces)));
            if (last?.Hash != hash)
            {
                graph.StoreRegistry(new RegistrySnapshot { Documents = documents, Provinces = provinces, Hash = hash },
                    [.. registry.Entries.Select(e => (e.Key, new DocumentFacts
                    {
                        Type = e.Type, Date = Format(e.Date), Issuer = e.Issuer, Title = e.Title,
                        Superseded = e.Status == DocumentStatus.Superseded, ReplacedOn = Format(registry.ReplacedOn(e)),
                    }))]);
            }

            return (registry, null);
        }
        catch (Exception e) when (e is DanVanException or IOException)
        {
            var keeping = last is null ? "no registry is in use" : "the last good registry stays in use";
            return (last is null ? Resolution.Registry.Empty : FromSnapshot(last), $"registry refused: {e.Message}; {keeping}");
        }
    }

    private static Registry FromSnapshot(RegistrySnapshot snapshot) =>
        Resolution.Registry.Parse(snapshot.Documents, "stored registry", snapshot.Provinces, "stored provinces");

    private static (PlanRecord Plan, List<CitationRecord> Citations) Build(string id, FileInfo file, string hash, NormalizedText text,
        ExtractionResult extraction, Registry registry, CitationResolver resolver)
    {
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
            Key = PlanKey(d),
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
