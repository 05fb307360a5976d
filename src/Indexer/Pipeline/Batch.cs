using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Pipeline;

/// <summary>
/// The plans of one commit. Their search documents are analysed on the thread pool as they come (Lucene's
/// writer takes documents from many threads); the commit waits for them and commits the search index while the
/// graph's transaction is made, then commits the graph, under one generation: after a crash the graph never holds
/// a plan the search index lacks.
/// </summary>
public sealed class Batch(ICitationGraph graph, ISearchIndex search, long generation, int maxPlans = Batch.DefaultPlans)
{
    /// <summary>
    /// Plans per commit. A commit makes a whole state durable (an fsync and a Lucene segment): often enough that a
    /// killed run loses seconds of work, seldom enough that syncing and flushing do not dominate (4,000 rather than 2,000 took
    /// 7% less CPU at 30k plans, 160 MB more memory); a batch holds at most 32 MB of text.
    /// </summary>
    public const int DefaultPlans = 4_000;

    private const long MaxBytes = 32_000_000;

    private readonly List<PlanRecord> plans = [];
    private readonly List<CitationRecord> citations = [];
    private readonly List<PlanRecord> touched = [];
    private readonly List<Task> analysing = [];
    private readonly HashSet<string> replacing = new(StringComparer.Ordinal);
    private long bytes;

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
        analysing.Add(Task.Run(() =>
        {
            if (replaces)
            {
                search.Put([document]);
            }
            else
            {
                search.Add([document]);
            }
        }));
    }

    /// <summary>A plan whose file has a new time but the same content.</summary>
    internal void Touch(PlanRecord plan) => touched.Add(plan);

    /// <summary>Commits what the batch holds and removes <paramref name="removed"/>; nothing happens when there is nothing to do.</summary>
    internal void Commit(IReadOnlyList<string> removed)
    {
        if (plans.Count == 0 && removed.Count == 0 && touched.Count == 0)
        {
            return;
        }

        // The search index commits (once its documents are analysed) while the graph's transaction is made on this thread;
        // the graph commits after it, so a crash between the two leaves the search index ahead, never behind.
        var generation = ++Generation;
        var analysed = analysing.ToArray();
        var searchCommitted = Task.Run(() =>
        {
            Task.WaitAll(analysed);
            search.Remove(removed);
            search.Commit(generation);
        });
        try
        {
            graph.Write(plans, citations, removed, generation, replacing, beforeCommit: () => searchCommitted.GetAwaiter().GetResult());
        }
        catch
        {
            Task.WhenAny(searchCommitted).GetAwaiter().GetResult(); // nothing left running behind a failed write, whatever the search's outcome
            throw;
        }

        if (touched.Count > 0)
        {
            graph.Touch(touched);
        }

        plans.Clear();
        citations.Clear();
        touched.Clear();
        replacing.Clear();
        analysing.Clear();
        bytes = 0;
    }
}
