using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Pipeline;

/// <summary>
/// The plans of one commit. Their search documents are analysed on the thread pool as they come (Lucene's
/// writer takes documents from many threads); the commit waits for them, commits the search index, then the
/// graph, under one generation: after a crash the graph never holds a plan the search index lacks. A commit runs on a
/// thread of its own while the next batch is read and analysed (the graph is written on one thread, and at a million
/// plans writing was more than half of a run); commits run one at a time, in order.
/// </summary>
public sealed class Batch(ICitationGraph graph, ISearchIndex search, long generation, int maxPlans = Batch.DefaultPlans)
{
    /// <summary>
    /// Plans per commit. A commit makes a whole state durable (an fsync and a Lucene segment): often enough that a
    /// killed run loses seconds of work, seldom enough that syncing does not dominate; a batch holds a few tens of MB.
    /// </summary>
    public const int DefaultPlans = 2_000;

    private const long MaxBytes = 16_000_000;

    private List<PlanRecord> plans = [];
    private List<CitationRecord> citations = [];
    private List<PlanRecord> touched = [];
    private List<Task> analysing = [];
    private HashSet<string> replacing = new(StringComparer.Ordinal);
    private long bytes;
    private Task? writing;

    /// <summary>The last generation committed.</summary>
    internal long Generation { get; private set; } = generation;

    /// <summary>True when the batch should commit.</summary>
    internal bool Full => plans.Count + touched.Count >= maxPlans || bytes >= MaxBytes;

    /// <summary>A new or changed plan, its citations and its search document.</summary>
    internal void Add(PlanRecord plan, IReadOnlyList<CitationRecord> edges, PlanDocument document, long size, bool replaces)
    {
        plans.Add(plan);
        if (replaces)
        {
            replacing.Add(plan.Id);
        }

        citations.AddRange(edges);
        bytes += size;
        analysing.Add(Task.Run(() => search.Put([document])));
    }

    /// <summary>A plan whose file has a new time but the same content.</summary>
    internal void Touch(PlanRecord plan) => touched.Add(plan);

    /// <summary>
    /// Starts committing what the batch holds and removing <paramref name="removed"/>, once the commit before has
    /// finished (its failure is thrown here); nothing happens when there is nothing to do. <see cref="Finish"/> waits for it.
    /// </summary>
    internal void Commit(IReadOnlyList<string> removed)
    {
        if (plans.Count == 0 && removed.Count == 0 && touched.Count == 0)
        {
            return;
        }

        Finish();
        var (written, edges, times, analysed, replaced) = (plans, citations, touched, analysing, replacing);
        (plans, citations, touched, analysing, replacing, bytes) = ([], [], [], [], new(StringComparer.Ordinal), 0);
        writing = Task.Factory.StartNew(() =>
        {
            Task.WhenAll(analysed).GetAwaiter().GetResult();
            Generation++;
            search.Remove(removed);
            search.Commit(Generation);
            graph.Write(written, edges, removed, Generation, replaced);
            if (times.Count > 0)
            {
                graph.Touch(times);
            }
        }, TaskCreationOptions.LongRunning);
    }

    /// <summary>Waits for the commit under way; its failure is thrown here.</summary>
    internal void Finish()
    {
        var commit = writing;
        writing = null;
        commit?.GetAwaiter().GetResult();
    }

    /// <summary>After a failure elsewhere: waits for the commit under way, so nothing is closed under it; its own failure is left unthrown.</summary>
    internal void Settle()
    {
        try
        {
            Finish();
        }
        catch (Exception)
        {
            // The failure being thrown is the one to report; this commit's state is whatever it committed.
        }
    }
}
