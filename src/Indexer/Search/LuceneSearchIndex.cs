using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DanVan.Search;

/// <summary>
/// The search index in data/search (Lucene.Net, read with positional reads: <see cref="PositionalReadDirectory"/>).
/// One IndexWriter when writing, a SearcherManager for reads.
/// </summary>
public sealed partial class LuceneSearchIndex : ISearchIndex
{
    /// <summary>The index folder's name inside the data folder.</summary>
    public const string FolderName = "search";

    private readonly LuceneDirectory directory;
    private readonly IndexWriter? writer;
    private readonly SearcherManager searchers;
    private readonly Func<string, IReadOnlyList<string>>? expandProvince;

    // True while every plan written has word pairs: from an empty index on (a commit says so; one made before pairs does not).
    private bool pairsComplete;
    private bool writtenPairsComplete;

    private LuceneSearchIndex(LuceneDirectory directory, IndexWriter? writer, Func<string, IReadOnlyList<string>>? expandProvince = null)
    {
        this.directory = directory;
        this.writer = writer;
        this.expandProvince = expandProvince;
        searchers = writer is null ? new SearcherManager(directory, null) : new SearcherManager(writer, applyAllDeletes: true, null);
    }

    /// <summary>Opens the index for writing (creating it), for the indexer.</summary>
    public static LuceneSearchIndex OpenForWriting(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FolderName);
        try
        {
            var directory = new PositionalReadDirectory(new DirectoryInfo(path));
            var config = new IndexWriterConfig(SearchSchema.Version, SearchSchema.PerField) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 };
            var empty = !DirectoryReader.IndexExists(directory);
            var last = empty ? null : DirectoryReader.ListCommits(directory)[^1].UserData;
            var writer = new IndexWriter(directory, config);
            var index = new LuceneSearchIndex(directory, writer)
            {
                pairsComplete = last is null || Says(last, SearchSchema.PairsComplete),
                writtenPairsComplete = last is null || Says(last, SearchSchema.WrittenPairsComplete),
            };
            if (empty)
            {
                index.Commit(0);
            }

            return index;
        }
        catch (Exception e) when (e is IOException or LockObtainFailedException or CorruptIndexException or UnauthorizedAccessException)
        {
            throw new DanVanException($"{path}: cannot open the search index for writing ({e.Message})", e);
        }
    }

    /// <summary>Opens the index for searching; a clear message when there is none yet. <paramref name="expandProvince"/> gives the names a province is found by.</summary>
    public static LuceneSearchIndex OpenForReading(string dataFolder, Func<string, IReadOnlyList<string>>? expandProvince = null)
    {
        var path = Path.Combine(dataFolder, FolderName);
        try
        {
            var directory = new PositionalReadDirectory(new DirectoryInfo(path), BlockCache.Shared);
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new DanVanException($"{dataFolder}: no search index here yet; run `danvan index --data {dataFolder}` first");
            }

            return new LuceneSearchIndex(directory, null, expandProvince);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or UnauthorizedAccessException)
        {
            throw new DanVanException($"{path}: cannot open the search index ({e.Message})", e);
        }
    }

    /// <inheritdoc/>
    public long Generation
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                var data = ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData;
                return data.TryGetValue(SearchSchema.Generation, out var value) && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var g) ? g : 0;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <inheritdoc/>
    public void Put(IEnumerable<PlanDocument> documents)
    {
        var w = Writer();
        foreach (var document in documents)
        {
            w.UpdateDocument(new Term(SearchSchema.Id, document.Plan.Id), document.ToLucene());
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Replacing buffers a delete of the plan's Id that each commit looks up in every segment (hundreds at a million
    /// plans); a first run has nothing to replace.
    /// </remarks>
    public void Add(IEnumerable<PlanDocument> documents)
    {
        var w = Writer();
        foreach (var document in documents)
        {
            w.AddDocument(document.ToLucene());
        }
    }

    /// <inheritdoc/>
    public void Remove(IEnumerable<string> ids)
    {
        var w = Writer();
        foreach (var id in ids)
        {
            w.DeleteDocuments(new Term(SearchSchema.Id, id));
        }
    }

    /// <inheritdoc/>
    public void Clear()
    {
        Writer().DeleteAll();
        (pairsComplete, writtenPairsComplete) = (true, true);
    }

    /// <inheritdoc/>
    public void Commit(long generation)
    {
        var w = Writer();
        var data = new Dictionary<string, string> { [SearchSchema.Generation] = generation.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (pairsComplete)
        {
            data[SearchSchema.PairsComplete] = "1";
        }

        if (writtenPairsComplete)
        {
            data[SearchSchema.WrittenPairsComplete] = "1";
        }

        w.SetCommitData(data);
        w.Commit();
        searchers.MaybeRefreshBlocking();
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> Hashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var liveDocs = MultiFields.GetLiveDocs(reader);
            var fields = new HashSet<string> { SearchSchema.Id, SearchSchema.Hash };
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (liveDocs is null || liveDocs.Get(doc))
                {
                    var stored = reader.Document(doc, fields);
                    hashes[stored.Get(SearchSchema.Id)] = stored.Get(SearchSchema.Hash);
                }
            }
        });
        return hashes;
    }

    /// <inheritdoc/>
    public string? Body(string id)
    {
        string? body = null;
        WithSearcher(searcher =>
        {
            var hits = searcher.Search(new TermQuery(new Term(SearchSchema.Id, id)), 1);
            body = hits.TotalHits == 0 ? null : searcher.Doc(hits.ScoreDocs[0].Doc).Get(SearchSchema.Body);
        });
        return body;
    }

    /// <summary>True when the commit says every plan has what <paramref name="key"/> names (word pairs, pairs as written).</summary>
    private static bool Says(IDictionary<string, string> commitData, string key) => commitData.TryGetValue(key, out var value) && value == "1";

    /// <summary>
    /// The word pairs a search may ask for: those every plan of <paramref name="reader"/> has (tests turn them off). An index
    /// made before pairs as written has folded ones only.
    /// </summary>
    private WordPairs PairsUsable(IndexReader reader)
    {
        var said = CommitData(reader); // read once a question: the reader's commit lists every file of the index
        return !UsePairs || !Says(said, SearchSchema.PairsComplete) ? WordPairs.None
            : Says(said, SearchSchema.WrittenPairsComplete) ? WordPairs.FoldedAndWritten : WordPairs.Folded;
    }

    private static IDictionary<string, string> CommitData(IndexReader reader) => ((DirectoryReader)reader).IndexCommit.UserData;

    /// <summary>True when every plan of the index as last committed has word pairs (<see cref="SearchSchema.Pairs"/>).</summary>
    internal bool HasWordPairs
    {
        get
        {
            var has = false;
            WithSearcher(searcher => has = Says(CommitData(searcher.IndexReader), SearchSchema.PairsComplete));
            return has;
        }
    }

    /// <summary>Whether phrases are narrowed by word pairs when the index has them; tests compare answers without.</summary>
    internal bool UsePairs { get; set; } = true;

    private IndexWriter Writer() => writer ?? throw new InvalidOperationException("the search index was opened for reading");

    private void WithSearcher(Action<IndexSearcher> work)
    {
        var searcher = searchers.Acquire();
        try
        {
            work(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Closes the index. Writes not yet committed are rolled back: IndexWriter.Dispose would commit
    /// them under the last commit's generation, and the graph would not know those plans.
    /// </summary>
    public void Dispose()
    {
        searchers.Dispose();
        writer?.Rollback();
        directory.Dispose();
    }
}
