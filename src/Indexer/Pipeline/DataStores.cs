using DanVan.Graph;
using DanVan.Queries;
using DanVan.Search;

namespace DanVan.Pipeline;

/// <summary>
/// The data folder's two stores opened together: the citation graph (data/danvan.db) and the search
/// index (data/search). Opening for search first brings them in step if a run was killed between
/// their commits (when no indexer holds the index).
/// </summary>
public sealed class DataStores : IDisposable
{
    private DataStores(ICitationGraph graph, ISearchIndex search)
    {
        Graph = graph;
        Search = search;
    }

    public ICitationGraph Graph { get; }

    public ISearchIndex Search { get; }

    /// <summary>Both stores, the search index writable: for `danvan index`.</summary>
    public static DataStores OpenForIndexing(string data)
    {
        var graph = LiteDbCitationGraph.Open(data);
        try
        {
            return new DataStores(graph, LuceneSearchIndex.OpenForWriting(data));
        }
        catch
        {
            graph.Dispose();
            throw;
        }
    }

    /// <summary>Both stores for queries, in step; the search index expands province names with the registry's merger map.</summary>
    public static DataStores OpenForSearch(string data)
    {
        if (!File.Exists(Path.Combine(data, LiteDbCitationGraph.FileName)))
        {
            throw new DanVanException($"{data}: no index here yet; run `danvan index --data {data}` first");
        }

        var graph = LiteDbCitationGraph.Open(data);
        try
        {
            var provinces = GraphQueries.Over(graph).Registry.Provinces;
            var search = LuceneSearchIndex.OpenForReading(data, provinces.Expand);
            if (!Consistency.InStep(graph, search))
            {
                search.Dispose();
                TryReconcile(graph, data);
                search = LuceneSearchIndex.OpenForReading(data, provinces.Expand);
            }

            return new DataStores(graph, search);
        }
        catch
        {
            graph.Dispose();
            throw;
        }
    }

    private static void TryReconcile(ICitationGraph graph, string data)
    {
        try
        {
            using var writer = LuceneSearchIndex.OpenForWriting(data);
            Consistency.Reconcile(graph, writer);
        }
        catch (DanVanException)
        {
            // An indexer holds the index: it reconciles at its start.
        }
    }

    public void Dispose()
    {
        Search.Dispose();
        Graph.Dispose();
    }
}
