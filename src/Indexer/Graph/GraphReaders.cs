using System.Collections.Concurrent;

namespace DanVan.Graph;

/// <summary>
/// A graph for callers on many threads (the web server's requests and its background reads): every call runs on one
/// thread of the graph's own, in turn, and every stream is read there a chunk at a time.
/// </summary>
/// <remarks>
/// LiteDB 5.0.20 cannot take two things at once from one database, even two reads (its page cache can hand a page being
/// read to another read), and a query must end on the thread that began it: its read lock belongs to that thread, so a
/// query a request's awaits carried to another thread (a CSV export written as it is read) left the first thread unable
/// to query ever again ("Recursive read lock acquisitions not allowed in this mode"). Here no LiteDB query ever sees
/// another thread, whoever calls and however their enumerations wander.
/// </remarks>
public sealed class OneThreadGraph : ICitationGraph
{
    // A stream's first chunk is small (most pages want a few hundred rows), later ones larger: each is one turn on the
    // graph's thread, which the other callers wait behind.
    private const int FirstChunk = 16;
    private const int LargestChunk = 1024;

    private readonly ICitationGraph graph;
    private readonly BlockingCollection<Action> asked = new();
    private readonly Thread thread;
    private bool closed; // read and written on the graph's thread only

    /// <summary>Starts the thread that serves <paramref name="graph"/>, which it owns from now on (and disposes).</summary>
    public OneThreadGraph(ICitationGraph graph)
    {
        this.graph = graph;
        thread = new Thread(Serve) { IsBackground = true, Name = "DanVan graph" };
        thread.Start();
    }

    private void Serve()
    {
        foreach (var work in asked.GetConsumingEnumerable())
        {
            work();
        }
    }

    /// <summary>Runs <paramref name="call"/> on the graph's thread and waits for it; what it throws is thrown here.</summary>
    private T On<T>(Func<ICitationGraph, T> call)
    {
        if (Thread.CurrentThread == thread)
        {
            return call(graph); // a call back from work already on the thread (a predicate, a resolver)
        }

        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            asked.Add(() =>
            {
                try
                {
                    ObjectDisposedException.ThrowIf(closed, this); // asked before the graph closed, answered after
                    answer.SetResult(call(graph));
                }
                catch (Exception e)
                {
                    answer.SetException(e);
                }
            });
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(OneThreadGraph)); // closed: no more calls are taken
        }

        return answer.Task.GetAwaiter().GetResult();
    }

    private void On(Action<ICitationGraph> call) => On(g =>
    {
        call(g);
        return true;
    });

    /// <summary>
    /// A stream opened and read on the graph's thread, a chunk per turn, its enumerator disposed there when the caller's
    /// is (a caller that stops early, or whose client went away, ends the query).
    /// </summary>
    private IEnumerable<T> Stream<T>(Func<ICitationGraph, IEnumerable<T>> open)
    {
        IEnumerator<T>? source = null;
        try
        {
            for (var size = FirstChunk; ; size = Math.Min(size * 2, LargestChunk))
            {
                var chunk = On(g =>
                {
                    source ??= open(g).GetEnumerator();
                    var read = new List<T>(size);
                    while (read.Count < size && source.MoveNext())
                    {
                        read.Add(source.Current);
                    }

                    return read;
                });
                foreach (var item in chunk)
                {
                    yield return item;
                }

                if (chunk.Count < size)
                {
                    yield break;
                }
            }
        }
        finally
        {
            if (source is not null)
            {
                try
                {
                    On(_ => source.Dispose());
                }
                catch (ObjectDisposedException)
                {
                    // The graph closed meanwhile, and its queries with it.
                }
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerable<string> PlanIds() => Stream(g => g.PlanIds());

    /// <inheritdoc/>
    public IEnumerable<PlanRecord> AllPlans() => Stream(g => g.AllPlans());

    /// <inheritdoc/>
    public IReadOnlyList<PlanRecord> PlansAfter(string? after, int count) => On(g => g.PlansAfter(after, count));

    /// <inheritdoc/>
    public int PlanCount => On(g => g.PlanCount);

    /// <inheritdoc/>
    public int PlansIn(string? province) => On(g => g.PlansIn(province));

    /// <inheritdoc/>
    public bool Outdated => On(g => g.Outdated);

    /// <inheritdoc/>
    public void ResolveAgainIfOlder() => On(g => g.ResolveAgainIfOlder());

    /// <inheritdoc/>
    public int CompleteAmbiguousRows(Action? starting = null) => On(g => g.CompleteAmbiguousRows(starting));

    /// <inheritdoc/>
    public int CountPlansOnce(Action? starting = null) => On(g => g.CountPlansOnce(starting));

    /// <inheritdoc/>
    public void Reset() => On(g => g.Reset());

    /// <inheritdoc/>
    public long Generation => On(g => g.Generation);

    /// <inheritdoc/>
    public void Write(IReadOnlyList<PlanRecord> plans, IReadOnlyList<CitationRecord> citations, IReadOnlyList<string> removed, long generation,
        IReadOnlySet<string>? stored = null, Action? beforeCommit = null) =>
        On(g => g.Write(plans, citations, removed, generation, stored, beforeCommit));

    /// <inheritdoc/>
    public void Touch(IReadOnlyList<PlanRecord> plans) => On(g => g.Touch(plans));

    /// <inheritdoc/>
    public bool Dirty => On(g => g.Dirty);

    /// <inheritdoc/>
    public int Reresolve(Func<UndatedRow, (string? Key, string State, string[] Candidates)> resolve, Func<string, bool>? settled = null) =>
        On(g => g.Reresolve(resolve, settled));

    /// <inheritdoc/>
    public IEnumerable<string> SearchPendingPlans() => Stream(g => g.SearchPendingPlans());

    /// <inheritdoc/>
    public bool SearchPendingAll => On(g => g.SearchPendingAll);

    /// <inheritdoc/>
    public void SearchCaughtUp(IReadOnlyList<string> plans, long generation) => On(g => g.SearchCaughtUp(plans, generation));

    /// <inheritdoc/>
    public void AllSearchCaughtUp(long generation) => On(g => g.AllSearchCaughtUp(generation));

    /// <inheritdoc/>
    public DocumentRecord? Document(string key) => On(g => g.Document(key));

    /// <inheritdoc/>
    public IEnumerable<DocumentRecord> DocumentsWithSymbol() => Stream(g => g.DocumentsWithSymbol());

    /// <inheritdoc/>
    public IEnumerable<(string Key, int Citations)> SymbolKeys() => Stream(g => g.SymbolKeys());

    /// <inheritdoc/>
    public RegistrySnapshot? Registry() => On(g => g.Registry());

    /// <inheritdoc/>
    public void StoreRegistry(RegistrySnapshot snapshot, IReadOnlyList<(string Key, DocumentFacts Facts)> entries) => On(g => g.StoreRegistry(snapshot, entries));

    /// <inheritdoc/>
    public IEnumerable<string> DocumentKeysWithSymbol(string symbol) => Stream(g => g.DocumentKeysWithSymbol(symbol));

    /// <inheritdoc/>
    public PlanRecord? Plan(string id) => On(g => g.Plan(id));

    /// <inheritdoc/>
    public bool HasPlanKey(string key) => On(g => g.HasPlanKey(key));

    /// <inheritdoc/>
    public IEnumerable<PlanRecord> PlansWithSymbol(string symbol) => Stream(g => g.PlansWithSymbol(symbol));

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsOf(string plan) => Stream(g => g.CitationsOf(plan));

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsTo(string key) => Stream(g => g.CitationsTo(key));

    /// <inheritdoc/>
    public IEnumerable<CitationRecord> CitationsToSymbol(string symbol, int? year) => Stream(g => g.CitationsToSymbol(symbol, year));

    /// <inheritdoc/>
    public IEnumerable<AmbiguousRow> AmbiguousMentions(string symbol, Func<AmbiguousRow, bool>? where = null) => Stream(g => g.AmbiguousMentions(symbol, where));

    /// <inheritdoc/>
    public IEnumerable<FindingCount> FindingCounts() => Stream(g => g.FindingCounts());

    /// <inheritdoc/>
    public IEnumerable<FindingRecord> Findings(string from, string to) => Stream(g => g.Findings(from, to));

    /// <inheritdoc/>
    public int CountFindings(string from, string to) => On(g => g.CountFindings(from, to));

    /// <inheritdoc/>
    public bool FindingsPendingAll => On(g => g.FindingsPendingAll);

    /// <inheritdoc/>
    public void RebuildFindings() => On(g => g.RebuildFindings());

    /// <inheritdoc/>
    public IEnumerable<string> CandidateKeys(string symbol, string? province) => Stream(g => g.CandidateKeys(symbol, province));

    /// <summary>Closes the graph on its thread once the calls asked before are answered; later calls are refused (ObjectDisposedException).</summary>
    public void Dispose()
    {
        try
        {
            On(g =>
            {
                closed = true;
                asked.CompleteAdding();
                g.Dispose();
            });
        }
        catch (ObjectDisposedException)
        {
            return; // closed before
        }

        if (Thread.CurrentThread != thread)
        {
            thread.Join();
        }
    }
}
