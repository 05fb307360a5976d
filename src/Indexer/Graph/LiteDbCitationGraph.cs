using LiteDB;

namespace DanVan.Graph;

/// <summary>The citation graph in one LiteDB file (danvan.db in the data folder), indexed on every key the queries use.</summary>
public sealed class LiteDbCitationGraph : ICitationGraph
{
    /// <summary>The database file's name inside the data folder.</summary>
    public const string FileName = "danvan.db";

    private const int Schema = 1;
    private readonly LiteDatabase database;
    private readonly ILiteCollection<PlanRecord> plans;
    private readonly ILiteCollection<CitationRecord> citations;
    private readonly ILiteCollection<RegistrySnapshot> registry;
    private readonly ILiteCollection<DocumentRecord> documents;
    private readonly ILiteCollection<StateRecord> state;

    private LiteDbCitationGraph(LiteDatabase database)
    {
        this.database = database;
        plans = database.GetCollection<PlanRecord>("plans");
        citations = database.GetCollection<CitationRecord>("citations");
        registry = database.GetCollection<RegistrySnapshot>("registry");
        documents = database.GetCollection<DocumentRecord>("documents");
        documents.EnsureIndex(d => d.Symbol);
        state = database.GetCollection<StateRecord>("state");
        plans.EnsureIndex(p => p.Key);
        plans.EnsureIndex(p => p.Symbol);
        plans.EnsureIndex(p => p.Province);
        citations.EnsureIndex(c => c.Plan);
        citations.EnsureIndex(c => c.Key);
        citations.EnsureIndex(c => c.Symbol);
        citations.EnsureIndex(c => c.Inferred);
        if (state.FindById("state") is null)
        {
            state.Upsert(new StateRecord { Schema = Schema });
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
            var connection = new ConnectionString { Filename = path, Connection = ConnectionType.Direct };
            return new LiteDbCitationGraph(new LiteDatabase(connection));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            throw new DanVanException($"{path}: cannot open the citation graph ({e.Message})", e);
        }
    }

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

    /// <inheritdoc/>
    public bool Dirty => state.FindById("state")?.Dirty ?? false;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, PlanRecord> Plans() => plans.FindAll().ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <inheritdoc/>
    public long Generation => state.FindById("state")?.Generation ?? 0;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<PlanRecord> written, IReadOnlyList<CitationRecord> edges, IReadOnlyList<string> removed, long generation)
    {
        InTransaction(() =>
        {
            foreach (var id in written.Select(p => p.Id).Concat(removed))
            {
                citations.DeleteMany(c => c.Plan == id);
            }

            foreach (var id in removed)
            {
                plans.Delete(id);
            }

            plans.Upsert(written);
            citations.InsertBulk(edges);
            UpdateState(st =>
            {
                st.Dirty = true;
                st.Generation = generation;
            });
        });
    }

    /// <inheritdoc/>
    public void Touch(IReadOnlyList<PlanRecord> touched) => InTransaction(() => plans.Upsert(touched));

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Reresolve(Func<CitationRecord, (string? Key, string State, string[] Candidates)> resolve)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        InTransaction(() =>
        {
            foreach (var citation in citations.Find(c => c.Inferred).ToList())
            {
                var (key, status, candidates) = resolve(citation);
                if (key != citation.Key || status != citation.State || !candidates.SequenceEqual(citation.Candidates))
                {
                    citation.Key = key;
                    citation.State = status;
                    citation.Candidates = candidates;
                    citations.Update(citation);
                    changed.Add(citation.Plan);
                }
            }

            // Remembered with the change, so a run killed before the search index caught up still refreshes these plans.
            UpdateState(st => st.SearchPending = [.. st.SearchPending.Union(changed, StringComparer.Ordinal)]);
        });
        return changed;
    }

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> AllCitations() => citations.FindAll();

    /// <inheritdoc/>
    public void ReplaceDocuments(IEnumerable<DocumentRecord> nodes, long generation) => InTransaction(() =>
    {
        documents.DeleteAll();
        documents.InsertBulk(nodes);
        UpdateState(st =>
        {
            st.Dirty = false;
            st.Generation = generation;
            st.SearchPending = [];
            st.SearchPendingAll = false;
        });
    });

    /// <inheritdoc/>
    public (bool All, IReadOnlyCollection<string> Plans) SearchPending
    {
        get
        {
            var st = state.FindById("state");
            return (st?.SearchPendingAll ?? false, st?.SearchPending ?? []);
        }
    }

    private void UpdateState(Action<StateRecord> change)
    {
        var st = state.FindById("state") ?? new StateRecord { Schema = Schema };
        change(st);
        state.Upsert(st);
    }

    /// <inheritdoc/>
    public DocumentRecord? Document(string key) => documents.FindById(key);

    /// <inheritdoc/>
    public IEnumerable<DocumentRecord> DocumentsWithSymbol() => documents.Find(Query.Not("Symbol", BsonValue.Null));

    /// <inheritdoc/>
    public RegistrySnapshot? Registry() => registry.FindById("registry");

    /// <inheritdoc/>
    public void StoreRegistry(RegistrySnapshot snapshot) => InTransaction(() =>
    {
        registry.Upsert(snapshot);
        UpdateState(st =>
        {
            st.Dirty = true;
            st.SearchPendingAll = true;
        });
    });

    /// <inheritdoc/>
    public PlanRecord? Plan(string id) => plans.FindById(id);

    /// <inheritdoc/>
    public bool HasPlanKey(string key) => plans.Exists(p => p.Key == key);

    /// <inheritdoc/>
    public IEnumerable<PlanRecord> PlansWithSymbol(string symbol) => plans.Find(p => p.Symbol == symbol);

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsOf(string plan) => citations.Find(c => c.Plan == plan).OrderBy(c => c.Start);

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsTo(string key) => citations.Find(c => c.Key == key);

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsWithSymbol(string symbol) => citations.Find(c => c.Symbol == symbol);

    /// <inheritdoc/>
    public IEnumerable<string> DatedKeys(string symbol) =>
        citations.Find(c => c.Symbol == symbol && !c.Inferred && c.Key != null).Select(c => c.Key!).Distinct(StringComparer.Ordinal);

    private void InTransaction(Action work)
    {
        database.BeginTrans();
        try
        {
            work();
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => database.Dispose();
}
