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
    /// <summary>The lock file: shared by readers, exclusive for the indexer (flock on Linux, sharing modes on Windows).</summary>
    public const string LockFileName = "danvan.lock";

    private readonly FileStream? dataLock;

    private DataStores(ICitationGraph graph, ISearchIndex search, FileStream? dataLock)
    {
        Graph = graph;
        Search = search;
        this.dataLock = dataLock;
    }

    public ICitationGraph Graph { get; }

    public ISearchIndex Search { get; }

    /// <summary>Both stores, the search index writable: for `danvan index`.</summary>
    public static DataStores OpenForIndexing(string data)
    {
        Directory.CreateDirectory(data);
        var dataLock = Lock(data, exclusive: true);
        ICitationGraph? graph = null;
        try
        {
            graph = LiteDbCitationGraph.Open(data);
            return new DataStores(graph, LuceneSearchIndex.OpenForWriting(data), dataLock);
        }
        catch
        {
            graph?.Dispose();
            dataLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Both stores for queries, in step, for callers on any threads (the graph answers through <see cref="GraphReaders"/>); the search
    /// index expands province names with the registry's merger map.
    /// </summary>
    public static DataStores OpenForSearch(string data)
    {
        if (!File.Exists(Path.Combine(data, LiteDbCitationGraph.FileName)))
        {
            throw new DanVanException($"{data}: no index here yet; run `danvan index --data {data}` first");
        }

        var dataLock = Lock(data, exclusive: false);
        LiteDbCitationGraph? graph = null;
        ISearchIndex? search = null;
        try
        {
            graph = LiteDbCitationGraph.Open(data);
            var provinces = GraphQueries.Over(graph).Registry.Provinces;
            search = LuceneSearchIndex.OpenForReading(data, provinces.Expand);
            if (!Consistency.InStep(graph, search))
            {
                search.Dispose();
                search = null;
                TryReconcile(graph, data);
                search = LuceneSearchIndex.OpenForReading(data, provinces.Expand);
            }

            return new DataStores(Readers(graph, data), search, dataLock); // once the graph is reconciled: the readers see it whole
        }
        catch
        {
            search?.Dispose();
            graph?.Dispose();
            dataLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The graph read through an opening for each core: LiteDB answers one thread at a time, and a web server's requests
    /// come together. At most four: a read of many rows can leave up to 100,000 pages (800 MB) in an opening's cache.
    /// </summary>
    private static GraphReaders Readers(LiteDbCitationGraph graph, string data)
    {
        graph.Checkpoint(); // what the reconciling wrote, whole in the file the other openings read
        List<ICitationGraph> openings = [graph];
        try
        {
            while (openings.Count < Math.Clamp(Environment.ProcessorCount, 1, MaxReaders))
            {
                openings.Add(LiteDbCitationGraph.OpenToRead(data));
            }
        }
        catch
        {
            openings.Skip(1).ToList().ForEach(g => g.Dispose());
            throw;
        }

        return new GraphReaders(openings);
    }

    private const int MaxReaders = 4;

    /// <summary>
    /// Takes the data folder's lock: readers (queries, the web app) share it, an index run holds it
    /// alone, so an index run never rewrites the graph under a running web app, whose caches would no
    /// longer match the file.
    /// </summary>
    private static FileStream Lock(string data, bool exclusive)
    {
        try
        {
            return new FileStream(Path.Combine(data, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite,
                exclusive ? FileShare.None : FileShare.ReadWrite, 1, FileOptions.None);
        }
        catch (IOException)
        {
            throw new DanVanException(exclusive
                ? $"{data}: in use by a running DanVan (the web app or a query); stop it before indexing this data folder"
                : $"{data}: an index run is writing to it; try again when it has finished");
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
        dataLock?.Dispose();
    }
}
