using DanVan.Pipeline;

namespace DanVan.Tests.Pipeline;

/// <summary>An index run never rewrites the data folder under a running reader (the web app), and readers wait for no one but it.</summary>
public class DataLockTests
{
    [Fact]
    public void Indexing_is_refused_while_the_data_folder_is_read_and_reading_while_it_is_indexed()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();

        using (DataStores.OpenForSearch(corpus.Data))
        using (DataStores.OpenForSearch(corpus.Data)) // readers share it
        {
            var refused = Assert.Throws<DanVanException>(() => DataStores.OpenForIndexing(corpus.Data));
            Assert.Contains("in use by a running DanVan", refused.Message, StringComparison.Ordinal);
        }

        using (DataStores.OpenForIndexing(corpus.Data))
        {
            var refused = Assert.Throws<DanVanException>(() => DataStores.OpenForSearch(corpus.Data));
            Assert.Contains("an index run is writing", refused.Message, StringComparison.Ordinal);
        }

        using var again = DataStores.OpenForIndexing(corpus.Data); // released on dispose
    }
}
