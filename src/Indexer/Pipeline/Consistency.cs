using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Pipeline;

/// <summary>
/// Keeps the graph and the search index holding the same plans. Each batch commits the search index
/// first, then the graph, under one generation number; a run killed between the two leaves the search
/// index one generation ahead. Reconciling compares content hashes and drops what either holds that
/// the other does not; the next run adds those plans again, to both.
/// </summary>
public static class Consistency
{
    /// <summary>True when both stores committed the same generation.</summary>
    public static bool InStep(ICitationGraph graph, ISearchIndex search) => graph.Generation == search.Generation;

    /// <summary>Makes both stores hold the same plans (by Id and hash); returns how many were dropped.</summary>
    public static int Reconcile(ICitationGraph graph, ISearchIndex search)
    {
        if (InStep(graph, search))
        {
            return 0;
        }

        // Only after a crash between the two commits: the index's hashes in memory, the graph's plans streamed.
        var indexed = search.Hashes();
        var fromSearch = indexed.Where(i => graph.Plan(i.Key)?.Hash != i.Value).Select(i => i.Key).ToList();
        var fromGraph = graph.PlanIds().Where(id => !indexed.ContainsKey(id)).ToList();
        var generation = Math.Max(graph.Generation, search.Generation) + 1;
        search.Remove(fromSearch);
        search.Commit(generation);
        graph.Write([], [], fromGraph, generation);
        return fromSearch.Count + fromGraph.Count;
    }
}
