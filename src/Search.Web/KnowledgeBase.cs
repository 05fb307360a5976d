using DanVan.Checking;
using DanVan.Cli;
using DanVan.Pipeline;
using DanVan.Queries;
using DanVan.Search;

namespace DanVan.Web;

/// <summary>
/// What the pages and the API read: the data folder's stores opened for queries, the graph questions,
/// and symbol autocomplete. Opened once at start, after the corpus is indexed into the data folder if
/// it is missing or behind (the same run as `danvan index`, with its progress in the console).
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly DataStores stores;
    private readonly DraftChecker checker;
    private readonly Task<SymbolSuggestions> symbols;
    private readonly Task<IReadOnlyList<ProvinceCount>> provinces;

    private KnowledgeBase(DataStores stores)
    {
        this.stores = stores;
        Queries = GraphQueries.Over(stores.Graph);
        checker = new DraftChecker(stores.Graph, Queries.Registry);

        // Read in the background: at 1M plans the symbols of every document take about half a minute to read, and the
        // pages should not wait for autocomplete. Until then suggestions are empty and provinces are read when asked.
        symbols = Task.Run(() => SymbolSuggestions.From(stores.Graph));
        provinces = Task.Run(() => (IReadOnlyList<ProvinceCount>)[.. Queries.Provinces().Where(p => p.Province is not null)]);
    }

    /// <summary>The search index.</summary>
    public ISearchIndex Search => stores.Search;

    /// <summary>Which plans cite what, documents, stale citations.</summary>
    public GraphQueries Queries { get; }

    /// <summary>The provinces with plans, by their names then and now (read once: the data folder does not change while the app runs).</summary>
    public IReadOnlyList<ProvinceCount> Provinces => provinces.GetAwaiter().GetResult();

    /// <summary>
    /// Document symbols for the search box: waits up to two seconds for them to be read, then offers none
    /// (at 1M plans, during the first half minute), or none if they could not be read (the graph's own pages say why).
    /// </summary>
    public SymbolSuggestions Symbols => ((IAsyncResult)symbols).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(2)) && symbols.IsCompletedSuccessfully ? symbols.Result : NoSymbols;

    private static readonly SymbolSuggestions NoSymbols = SymbolSuggestions.From([]);

    /// <summary>Checks a draft's references, judged at its own date or <paramref name="today"/> (as `danvan check`).</summary>
    public CheckReport Check(string text, DateOnly today) => checker.Check(text, today);

    /// <summary>Indexes <see cref="WebOptions.Corpus"/> if asked, then opens the data folder; throws <see cref="DanVanException"/> saying what is missing.</summary>
    public static KnowledgeBase Open(WebOptions options, TextWriter output, TextWriter error)
    {
        var data = Path.GetFullPath(options.Data);
        if (options.IndexOnStart)
        {
            if (Directory.Exists(options.Corpus))
            {
                output.WriteLine($"Indexing {Path.GetFullPath(options.Corpus)} into {data} (only new and changed files are read)…");
                if (IndexCommand.Run(options.Corpus, data, json: false, output, error) == 2)
                {
                    // Another DanVan holds the folder, or it cannot be written: what was indexed before is still worth serving.
                    error.WriteLine(File.Exists(Path.Combine(data, Graph.LiteDbCitationGraph.FileName))
                        ? $"Search.Web: could not index {options.Corpus} (see above); serving {data} as it was last indexed"
                        : $"Search.Web: could not index {options.Corpus} (see above)");
                }
            }
            else
            {
                error.WriteLine($"Search.Web: no corpus folder at {Path.GetFullPath(options.Corpus)}; serving {data} as it is");
            }
        }

        return new KnowledgeBase(DataStores.OpenForSearch(data));
    }

    /// <summary>Closes the stores.</summary>
    public void Dispose() => stores.Dispose();
}
