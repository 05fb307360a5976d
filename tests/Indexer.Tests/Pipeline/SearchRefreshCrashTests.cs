using System.Text.Json.Nodes;
using DanVan.Pipeline;
using DanVan.Search;

namespace DanVan.Tests.Pipeline;

/// <summary>
/// A run killed after the graph took in a registry change but before the search index caught up:
/// the next run must still rewrite the search fields (the "cites a superseded document" flag here).
/// </summary>
public class SearchRefreshCrashTests
{
    [Fact]
    public void ARegistryChangeReachesTheSearchIndexEvenWhenTheRunThatSawItDied()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        var before = Superseded(corpus.Data);
        NothingSuperseded(Path.Combine(corpus.Corpus, "registry", "documents.json"));

        using (var stores = DataStores.OpenForIndexing(corpus.Data))
        {
            var dying = new DiesAtCommit(stores.Search);
            Assert.Throws<IOException>(() => new IndexingPipeline(corpus.Corpus, stores.Graph, dying, NoProgress.Instance).Run());
        }

        corpus.Index();

        using var fresh = new TestCorpus().WithSeeds();
        File.Copy(Path.Combine(corpus.Corpus, "registry", "documents.json"), Path.Combine(fresh.Corpus, "registry", "documents.json"), overwrite: true);
        fresh.Index();
        var expected = Superseded(fresh.Data);
        Assert.NotEqual(before, expected); // the edit matters to the flag, or this test shows nothing
        Assert.Equal(expected, Superseded(corpus.Data));
    }

    private static List<string> Superseded(string data)
    {
        using var stores = DataStores.OpenForSearch(data);
        return [.. stores.Search.Search(new SearchRequest("", SupersededOnly: true, PageSize: 100)).Hits.Select(h => h.Path).Order(StringComparer.Ordinal)];
    }

    private static void NothingSuperseded(string registry)
    {
        var json = JsonNode.Parse(File.ReadAllText(registry))!;
        foreach (var entry in json["documents"]!.AsArray().Where(d => (string?)d!["status"] == "superseded"))
        {
            entry!["status"] = "in_force";
            entry["supersededBy"] = new JsonArray();
        }

        File.WriteAllText(registry, json.ToJsonString());
    }

    /// <summary>The search index of a process that dies the moment it would commit.</summary>
    internal sealed class DiesAtCommit(ISearchIndex inner) : ISearchIndex
    {
        public long Generation => inner.Generation;

        public void Put(IEnumerable<PlanDocument> documents) => inner.Put(documents);

        public void Add(IEnumerable<PlanDocument> documents) => inner.Add(documents);

        public void Remove(IEnumerable<string> ids) => inner.Remove(ids);

        public void Clear() => inner.Clear();

        public void Commit(long generation) => throw new IOException("killed");

        public IReadOnlyDictionary<string, string> Hashes() => inner.Hashes();

        public string? Body(string id) => inner.Body(id);

        public SearchResult Search(SearchRequest request) => inner.Search(request);

        public void Dispose()
        {
        }
    }
}
