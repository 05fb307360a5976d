using DanVan.Cli;
using DanVan.Graph;
using DanVan.Pipeline;
using DanVan.Search;
using DanVan.Tests.Generation;
using Lucene.Net.Index;

namespace DanVan.Tests.Search;

/// <summary>
/// Quoted phrases (and a province named in a query, and the words of a query standing together when the best hits
/// are re-ranked) are read only where the pairs of their words stand: the answers must be exactly those of the phrases alone. An index made before pairs is still searched by phrases alone.
/// </summary>
public class PhrasePairsTests
{
    [Fact]
    public void PhrasesNarrowedByWordPairsAnswerAsThePhrasesAlone()
    {
        using var generated = new GeneratedCorpus(300, seed: 21);
        var (corpus, data) = (generated.Corpus, generated.Data);
        generated.Index();

        // Three- and two-word phrases from the plans, with and without accents, a province named, filters.
        var texts = CorpusSample.Texts(CorpusSample.Paths(corpus, 60), TextWriter.Null);
        var requests = QueryMix.Search(texts, 210).Where(q => q.Kind == "phrase").Select(q => q.Request).ToList();
        requests.AddRange(requests.Take(10).Select(r => r with { Query = DanVan.Text.Folding.Fold(r.Query) }));
        requests.AddRange(requests.Take(10).Select(r => r with { Query = r.Query.Trim('"').Split(' ')[0] + " Gia Lai" }));
        requests.AddRange(requests.Take(10).Select(r => r with { YearFrom = 2018, YearTo = 2022, Sort = SearchSort.Date }));

        // Words not quoted: the best hits are re-ranked by the words standing together, checked the same way.
        requests.AddRange(requests.Take(20).Select(r => r with { Query = r.Query.Trim('"') }));
        requests.Add(new SearchRequest("\"công tác dân vận\""));
        requests.Add(new SearchRequest("\"dân vận công tác\""));
        Assert.True(requests.Count > 50, $"{requests.Count} requests");

        using var index = LuceneSearchIndex.OpenForReading(data);
        Assert.True(index.HasWordPairs);
        var found = 0;
        foreach (var request in requests.Select(r => r with { PageSize = 100 }))
        {
            index.UsePairs = true;
            var paired = index.Search(request);
            index.UsePairs = false;
            var alone = index.Search(request);
            Assert.True(alone.Total == paired.Total, $"{request.Query}: {alone.Total} plans by the phrase, {paired.Total} with pairs");
            Assert.Equal(alone.Hits.Select(h => h.Path), paired.Hits.Select(h => h.Path));
            Assert.Equal(alone.Hits.Select(h => h.Score), paired.Hits.Select(h => h.Score));
            found += paired.Total > 0 ? 1 : 0;
        }

        Assert.True(found > requests.Count / 2, $"only {found} of {requests.Count} phrases found anything");
    }

    private static readonly PlanDocument Plan = new(new PlanRecord { Id = "a.txt", Hash = "h" }, "Kế hoạch công tác dân vận năm 2020.", [], [],
        CitesSuperseded: false, Stale: false);

    /// <summary>
    /// Writes <see cref="Plan"/> to a search index in <paramref name="data"/> as an older DanVan did: without word pairs, or
    /// with folded ones only (and the commit saying every plan has them).
    /// </summary>
    private static void WriteAsBefore(string data, bool withFoldedPairs)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(data, LuceneSearchIndex.FolderName));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchSchema.Version, SearchSchema.PerField));
        var document = Plan.ToLucene();
        document.RemoveField(SearchSchema.Pairs);
        var commit = new Dictionary<string, string> { [SearchSchema.Generation] = "1" };
        if (withFoldedPairs)
        {
            document.Add(new Lucene.Net.Documents.Field(SearchSchema.Pairs, SearchSchema.PairsAnalyzer.GetTokenStream(SearchSchema.Pairs, Plan.Text), SearchSchema.PairsField));
            commit[SearchSchema.PairsComplete] = "1";
        }

        writer.AddDocument(document);
        writer.SetCommitData(commit);
        writer.Commit();
    }

    [Fact]
    public void AnIndexMadeBeforePairsIsSearchedByPhrasesAlone()
    {
        var data = Directory.CreateTempSubdirectory("danvan-pairs-").FullName;
        try
        {
            // As an older DanVan wrote it: no pairs, and a commit that does not say every plan has them.
            WriteAsBefore(data, withFoldedPairs: false);

            using var index = LuceneSearchIndex.OpenForReading(data);
            Assert.False(index.HasWordPairs);
            Assert.Equal(1, index.Search(new SearchRequest("\"công tác dân vận\"")).Total);

            // Written to again, it still has plans without pairs: it does not claim them.
            using (var writing = LuceneSearchIndex.OpenForWriting(data))
            {
                writing.Put([Plan with { Plan = new PlanRecord { Id = "b.txt", Hash = "h" } }]);
                writing.Commit(2);
                Assert.False(writing.HasWordPairs);
                Assert.Equal(2, writing.Search(new SearchRequest("\"công tác dân vận\"")).Total);
                writing.Clear();
                writing.Put([Plan]);
                writing.Commit(3);
                Assert.True(writing.HasWordPairs);
                Assert.Equal(1, writing.Search(new SearchRequest("\"công tác dân vận\"")).Total);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void AnIndexMadeBeforePairsAsWrittenIsSearchedByFoldedPairs()
    {
        var data = Directory.CreateTempSubdirectory("danvan-pairs-").FullName;
        try
        {
            // As the DanVan before pairs as written wrote it: folded pairs only, and a commit saying every plan has them.
            WriteAsBefore(data, withFoldedPairs: true);

            using var index = LuceneSearchIndex.OpenForReading(data);
            Assert.True(index.HasWordPairs);
            Assert.Equal(1, index.Search(new SearchRequest("\"công tác dân vận\"")).Total);
            Assert.Equal(1, index.Search(new SearchRequest("\"cong tac dan van\"")).Total);
            Assert.Equal(0, index.Search(new SearchRequest("\"công tắc dân vận\"")).Total);

            // Written to again, it still has plans without pairs as written; made again, it has them.
            using var writing = LuceneSearchIndex.OpenForWriting(data);
            writing.Put([Plan with { Plan = new PlanRecord { Id = "b.txt", Hash = "h" } }]);
            writing.Commit(2);
            Assert.Equal(2, writing.Search(new SearchRequest("\"công tác dân vận\"")).Total);
            writing.Clear();
            writing.Put([Plan]);
            writing.Commit(3);
            Assert.Equal(1, writing.Search(new SearchRequest("\"công tác dân vận\"")).Total);
            Assert.Equal(0, writing.Search(new SearchRequest("\"công tắc dân vận\"")).Total);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
