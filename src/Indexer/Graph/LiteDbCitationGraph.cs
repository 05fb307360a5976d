using LiteDB;
using LiteDB.Engine;
using DanVan.Resolution;

namespace DanVan.Graph;

/// <summary>The citation graph in one LiteDB file (danvan.db in the data folder), indexed on every key the queries use.</summary>
public sealed partial class LiteDbCitationGraph : ICitationGraph
{
    /// <summary>The database file's name inside the data folder.</summary>
    public const string FileName = "danvan.db";

    // 2: document nodes carry their tallies and are kept up to date per batch; pending work has its own collections.
    // 3: stale findings are kept with the citations; registry facts say what is superseded and since when.
    // 4: the search index holds the pairs of words standing together (quoted phrases are narrowed by them).
    private const int Schema = 4;

    // 1: the registry alone answers undated citations of the symbols it has. A graph resolved by older rules keeps its
    // layout; the indexer resolves its undated citations again (ResolveAgainIfOlder).
    private const int Resolution = 1;

    // 1: ambiguous rows carry the mention. Older rows are completed in place by the next index run (CompleteAmbiguousRows).
    private const int AmbiguousRows = 1;

    // 1: plans are counted per province as they are written (an index count read every plan's record: 17-26 s at 1M).
    // Older graphs are counted once by the next index run (CountPlansOnce) and counted on the index until then.
    private const int PlanCounts = 1;
    private readonly LiteDatabase database;
    private readonly DurableFiles files;

    // LiteDB 5.0.20 does not keep reads on other threads apart from a write transaction in progress, nor from each other:
    // its page cache can hand a page being read to another read ("Page type must be data page" in index runs at a million
    // plans; within seconds under load in a test). The reads an index run makes on several threads (candidates looked up
    // on every core, the stored plans beside the walk) take turns with each other and with the writing thread's transactions.
    private readonly Lock turns = new();
    private bool closed;
    private readonly ILiteCollection<PlanRecord> plans;
    private readonly ILiteCollection<CitationRecord> citations;
    private readonly ILiteCollection<RegistrySnapshot> registry;
    private readonly ILiteCollection<DocumentRecord> documents;
    private readonly ILiteCollection<StateRecord> state;
    private readonly ILiteCollection<PendingRecord> pendingSymbols;
    private readonly ILiteCollection<PendingRecord> pendingSearch;
    private readonly ILiteCollection<UndatedRow> undated;
    private readonly ILiteCollection<AmbiguousRow> ambiguous;
    private readonly ILiteCollection<FindingRecord> findings;
    private readonly ILiteCollection<FindingCount> findingCounts;
    private readonly ILiteCollection<ProvincePlans> planCounts;

    private LiteDbCitationGraph((LiteDatabase Database, DurableFiles Files) opened, bool readOnly = false)
    {
        (database, files) = opened;
        plans = database.GetCollection<PlanRecord>("plans");
        citations = database.GetCollection<CitationRecord>("citations");
        registry = database.GetCollection<RegistrySnapshot>("registry");
        documents = database.GetCollection<DocumentRecord>("documents");
        state = database.GetCollection<StateRecord>("state");
        pendingSymbols = database.GetCollection<PendingRecord>("pendingSymbols");
        pendingSearch = database.GetCollection<PendingRecord>("pendingSearch");
        undated = database.GetCollection<UndatedRow>("undated");
        ambiguous = database.GetCollection<AmbiguousRow>("ambiguous");
        findings = database.GetCollection<FindingRecord>("findings");
        findingCounts = database.GetCollection<FindingCount>("findingCounts");
        planCounts = database.GetCollection<ProvincePlans>("planCounts");
        if (readOnly)
        {
            // Opened beside a writable opening that made the indexes and the state: a read-only file takes no writes.
            Outdated = state.FindById("state") is { } current && current.Schema != Schema;
            return;
        }

        documents.EnsureIndex(d => d.Symbol);
        documents.EnsureIndex(d => d.Kind);
        documents.EnsureIndex(d => d.SymbolIn);
        plans.EnsureIndex(p => p.Key);
        plans.EnsureIndex(p => p.Symbol);
        plans.EnsureIndex(p => p.Province);
        // Each index costs tens of microseconds a citation: citations are indexed by the key they point to only.
        citations.EnsureIndex(c => c.Key);
        undated.EnsureIndex(r => r.Symbol);
        ambiguous.EnsureIndex(r => r.Symbol);
        findings.EnsureIndex(f => f.Order);
        if (state.FindById("state") is not { } st)
        {
            state.Upsert(FreshState());
        }
        else
        {
            Outdated = st.Schema != Schema;
        }
    }

    /// <summary>Opens (or creates) the graph in <paramref name="dataFolder"/>; a clear message when it cannot.</summary>
    public static LiteDbCitationGraph Open(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        try
        {
            Directory.CreateDirectory(dataFolder);
            RefuseForeignFile(path);
            return new LiteDbCitationGraph(OpenFiles(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            throw new DanVanException($"{path}: cannot open the citation graph ({e.Message})", e);
        }
    }

    /// <summary>
    /// Opens the graph in <paramref name="dataFolder"/> to read only, beside an opening that may write (which made it whole
    /// first): LiteDB answers one thread at a time, so readers on several threads each read through an opening of their own.
    /// A write, or a LiteDB checkpoint on closing, fails here rather than change the file.
    /// </summary>
    public static LiteDbCitationGraph OpenToRead(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        try
        {
            RefuseForeignFile(path);
            var files = new DurableFiles(path, readOnly: true);
            try
            {
                return new LiteDbCitationGraph((Over(files), files), readOnly: true);
            }
            catch
            {
                files.Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            throw new DanVanException($"{path}: cannot open the citation graph to read ({e.Message})", e);
        }
    }

    /// <summary>
    /// LiteDB over our own file streams. LiteDB fsyncs every time its writer queue drains, which made fsync
    /// 60% of indexing; here its flushes reach the operating system (a killed process loses nothing written)
    /// and <see cref="InTransaction"/> fsyncs once per commit. Keys compare by ordinal (binary collation):
    /// symbols and paths are not words, and culture-aware comparison was a tenth of the write time.
    /// </summary>
    private static (LiteDatabase, DurableFiles) OpenFiles(string path)
    {
        var files = new DurableFiles(path);
        try
        {
            return (Over(files), files);
        }
        catch (LiteException e) when (e.Message.Contains("collation", StringComparison.OrdinalIgnoreCase))
        {
            // A graph from before the binary collation: rebuilt in place once, then opened again.
            files.Dispose();
            using (var old = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
            {
                old.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = Collation.Binary });
            }

            File.Delete(Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-backup" + Path.GetExtension(path)));
            files = new DurableFiles(path);
            return (Over(files), files);
        }
        catch
        {
            files.Dispose();
            throw;
        }
    }

    private static LiteDatabase Over(DurableFiles files) => new(new LiteEngine(files.Settings()), mapper: null, disposeOnClose: true);

    /// <summary>A file that is not a LiteDB database is never opened (LiteDB could overwrite it).</summary>
    private static void RefuseForeignFile(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
        {
            return;
        }

        var head = new byte[64];
        using (var stream = file.OpenRead())
        {
            stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (!System.Text.Encoding.ASCII.GetString(head).Contains("This is a LiteDB file", StringComparison.Ordinal))
        {
            throw new DanVanException($"{path}: not a citation graph (not a LiteDB file); move it away or choose another --data folder");
        }
    }

    // Queries are expressions with parameters, the same text every time: LiteDB caches an expression by its text, and
    // both a lambda capturing the value (compiled to read it) and Query.EQ (the value written into the text) made it
    // compile a new one per call — a DynamicMethod each, then its finalizer: a fifth of a `cites` answer.
    private static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);

    private static BsonExpression Between(string field, BsonValue from, BsonValue to) => BsonExpression.Create($"$.{field} BETWEEN @0 AND @1", from, to);

    /// <inheritdoc/>
    public DocumentRecord? Document(string key)
    {
        if (nodesRead.TryGetValue(key, out var known))
        {
            return known;
        }

        var node = documents.FindById(key);
        if (nodesRead.Count >= MaxNodesRead)
        {
            nodesRead.Clear();
        }

        nodesRead[key] = node;
        return node;
    }

    /// <inheritdoc/>
    public IEnumerable<DocumentRecord> DocumentsWithSymbol() => documents.Find(Query.Not("Symbol", BsonValue.Null));

    /// <inheritdoc/>
    public IEnumerable<(string Key, int Citations)> SymbolKeys() =>
        database.GetCollection("documents").Query().Where(Query.Not(nameof(DocumentRecord.Symbol), BsonValue.Null))
            .Select(BsonExpression.Create($"{{ k: $._id, c: $.{nameof(DocumentRecord.Citations)} }}")).ToEnumerable()
            .Select(d => (d["k"].AsString, d["c"].AsInt32));

    /// <inheritdoc/>
    public IEnumerable<string> DocumentKeysWithSymbol(string symbol) => documents.Query().Where(Equal(nameof(DocumentRecord.Symbol), symbol)).Select(d => d.Id).ToEnumerable();

    /// <inheritdoc/>
    public RegistrySnapshot? Registry() => registry.FindById("registry");

    /// <inheritdoc/>
    public PlanRecord? Plan(string id) => InTurn(() => plans.FindById(id));

    /// <inheritdoc/>
    public IEnumerable<string> PlanIds() => plans.Query().Select(p => p.Id).ToEnumerable();

    /// <inheritdoc/>
    public IEnumerable<PlanRecord> AllPlans() => plans.FindAll();

    /// <inheritdoc/>
    public IReadOnlyList<PlanRecord> PlansAfter(string? after, int count) => InTurn(() =>
        (after is null ? plans.Query() : plans.Query().Where(BsonExpression.Create("$._id > @0", after))).OrderBy(p => p.Id).Limit(count).ToList());

    /// <inheritdoc/>
    public int PlanCount => PlansCounted ? planCounts.FindAll().Sum(p => p.Plans) : plans.Count();

    /// <inheritdoc/>
    public int PlansIn(string? province) => PlansCounted
        ? planCounts.FindById(ProvincePlans.IdOf(province))?.Plans ?? 0
        : plans.Count(Equal(nameof(PlanRecord.Province), province is null ? BsonValue.Null : new BsonValue(province)));

    /// <summary>True once the plans are counted per province (by every write since, or by <see cref="CountPlansOnce"/>).</summary>
    private bool PlansCounted => state.FindById("state") is { PlanCounts: >= PlanCounts };

    /// <inheritdoc/>
    public bool Outdated { get; }

    /// <inheritdoc/>
    public bool HasPlanKey(string key) => InTurn(() => documents.FindById(key) is { Plans: > 0 });

    /// <inheritdoc/>
    public IEnumerable<PlanRecord> PlansWithSymbol(string symbol) => plans.Find(Equal(nameof(PlanRecord.Symbol), symbol));

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsOf(string plan) => plans.FindById(plan) is { } p ? CitationsOf(p).OrderBy(c => c.Start) : [];

    /// <summary>A plan's citations, by their Ids in a row: one range of the index (FindById runs a whole query per record, ~20 µs).</summary>
    private List<CitationRecord> CitationsOf(PlanRecord plan) => plan.Citations == 0 ? [] :
        [.. citations.Find(Between("_id", plan.FirstCitation, plan.FirstCitation + plan.Citations - 1)).Where(c => c.Plan == plan.Id).OrderBy(c => c.Id)];

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsTo(string key) => citations.Find(Equal(nameof(CitationRecord.Key), key));

    /// <inheritdoc/>
    /// <remarks>
    /// Keys are "symbol@year" and "symbol@year@province" (DocumentKey.For), so a symbol's keys, or one year's, stand
    /// together in the index. A query per key cost ~150 µs even hot: a symbol every province numbers alike
    /// ("125/KH-SGDĐT", 257 documents at 1M plans) took 35–48 ms; one range reads the same citations in the same order.
    /// </remarks>
    public IEnumerable<CitationRecord> CitationsToSymbol(string symbol, int? year)
    {
        var from = year is { } y ? DocumentKey.For(symbol, y, null) : symbol + "@";
        var to = year is null ? from + "\uffff" : from + "@\uffff";
        return citations.Find(Between(nameof(CitationRecord.Key), from, to))
            .Where(c => c.Key is { } key && (year is null || DocumentKey.Parse(key) is var (s, ky, _) && s == symbol && ky == year));
    }

    /// <inheritdoc/>
    public IEnumerable<AmbiguousRow> AmbiguousMentions(string symbol, Func<AmbiguousRow, bool>? where = null) =>
        ambiguous.Find(Equal(nameof(AmbiguousRow.Symbol), symbol))
            .Where(r => where is null || r.Candidates.Length == 0 || where(r)) // rows without candidates: judged once completed
            .Chunk(100).SelectMany(rows =>
            {
                // Rows of older versions are completed from their citations, a hundred in one query.
                var older = rows.Where(r => !r.Complete).Select(r => r.Id).ToList();
                var found = older.Count == 0 ? [] : CitationsWithIds(older).ToDictionary(c => c.Id);
                return rows.Select(r => r.Complete ? r : found.GetValueOrDefault(r.Id) is { } c ? AmbiguousRow.Of(c) : null)
                    .OfType<AmbiguousRow>().Where(r => where is null || where(r));
            });

    /// <summary>Citations by Id, a few at a time in one query: FindById runs a whole query per record (~20 µs).</summary>
    private IEnumerable<CitationRecord> CitationsWithIds(IEnumerable<long> ids) =>
        citations.Find(BsonExpression.Create("$._id IN @0", Numbers(ids)));

    private static BsonArray Numbers(IEnumerable<long> ids) => new(ids.Select(id => new BsonValue(id)));

    /// <inheritdoc/>
    public IEnumerable<string> CandidateKeys(string symbol, string? province)
    {
        var at = DocumentTally.SymbolIn(symbol, province);
        return InTurn(() => documents.Find(Equal(nameof(DocumentRecord.SymbolIn), at)).Where(DocumentTally.IsCandidate).Select(d => d.Id).ToList());
    }

    /// <summary>
    /// Copies the log into the data file and forces both to disk. LiteDB's commit returns before its writer queue has
    /// written the log: an opening made right after a commit (<see cref="OpenToRead"/>) did not always see it; after this,
    /// it sees every commit.
    /// </summary>
    public void Checkpoint()
    {
        lock (turns)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            database.Checkpoint();
            files.Sync();
        }
    }

    /// <summary>A read that may run beside other threads' reads and writes: done whole, in its turn.</summary>
    private T InTurn<T>(Func<T> read)
    {
        lock (turns)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            return read();
        }
    }

    /// <summary>What was read and kept for answers (counts, nodes): a write may change any of it.</summary>
    private void Forget()
    {
        countsRead = null;
        nodesRead.Clear();
    }

    private void InTransaction(Action work, Action? beforeCommit = null)
    {
        lock (turns)
        {
            Forget();
            database.BeginTrans();
            try
            {
                work();
                beforeCommit?.Invoke();
                database.Commit();
                files.Sync();
                Forget();
            }
            catch
            {
                database.Rollback();
                throw;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // A run that fails closes the graph while files prepared on the pool may still be reading it: their reads end
        // first, later ones are refused.
        lock (turns)
        {
            if (!closed)
            {
                closed = true;
                database.Dispose();
                files.Dispose();
            }
        }
    }
}
