using System.Reflection;
using DanVan.Graph;
using DanVan.Pipeline;
using DanVan.Search;

namespace DanVan.Tests.Pipeline;

/// <summary>
/// A run that dies after the search index committed a batch and before the graph took it in: the search index is a
/// generation ahead. The next run adds those plans as new (nothing looked up to replace): each must be there once.
/// And one whose search index fails to commit: the graph takes nothing of the batch.
/// </summary>
public class GraphWriteCrashTests
{
    [Fact]
    public void PlansTheSearchIndexTookBeforeTheGraphDiedAreThereOnceAfterTheNextRun()
    {
        using var corpus = new TestCorpus().WithSeeds();
        using (var stores = DataStores.OpenForIndexing(corpus.Data))
        {
            var dying = DiesAtWrite.Over(stores.Graph);
            Assert.Throws<IOException>(() => new IndexingPipeline(corpus.Corpus, dying, stores.Search, NoProgress.Instance).Run());
            Assert.Equal(0, stores.Graph.PlanCount);
            Assert.Equal(5, stores.Search.Hashes().Count); // committed before the graph died
        }

        var summary = corpus.Index();

        Assert.Equal(5, summary.Added);
        using var searching = DataStores.OpenForSearch(corpus.Data);
        Assert.Equal(5, searching.Search.Search(new SearchRequest("", PageSize: 10)).Total);
        Assert.Equal(5, searching.Search.Search(new SearchRequest("\"dân vận\"", PageSize: 10)).Hits.Select(h => h.Path).Distinct().Count());
        Assert.True(Consistency.InStep(searching.Graph, searching.Search));
    }

    /// <summary>
    /// The graph's transaction is made while the search index commits, and waits for it: a search commit that fails leaves
    /// the graph without the batch (it would otherwise hold plans the search index lacks), and the next run indexes them.
    /// </summary>
    [Fact]
    public void WhenTheSearchIndexCannotCommitTheGraphTakesNothingOfTheBatch()
    {
        using var corpus = new TestCorpus().WithSeeds();
        using (var stores = DataStores.OpenForIndexing(corpus.Data))
        {
            var dying = new SearchRefreshCrashTests.DiesAtCommit(stores.Search);
            Assert.Throws<IOException>(() => new IndexingPipeline(corpus.Corpus, stores.Graph, dying, NoProgress.Instance).Run());
            Assert.Equal(0, stores.Graph.PlanCount);
            Assert.Equal(0, stores.Graph.Generation);
        }

        var summary = corpus.Index();

        Assert.Equal(5, summary.Added);
        using var searching = DataStores.OpenForSearch(corpus.Data);
        Assert.Equal(5, searching.Search.Search(new SearchRequest("", PageSize: 10)).Total);
        Assert.True(Consistency.InStep(searching.Graph, searching.Search));
    }

    /// <summary>A graph whose process dies the moment it would write plans.</summary>
    public class DiesAtWrite : DispatchProxy
    {
        private ICitationGraph inner = null!;

        public static ICitationGraph Over(ICitationGraph graph)
        {
            var proxy = Create<ICitationGraph, DiesAtWrite>();
            ((DiesAtWrite)(object)proxy).inner = graph;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(ICitationGraph.Write) && args![0] is IReadOnlyCollection<PlanRecord> { Count: > 0 })
            {
                throw new IOException("killed");
            }

            try
            {
                return method.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is { } thrown)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(thrown);
                throw;
            }
        }
    }
}
