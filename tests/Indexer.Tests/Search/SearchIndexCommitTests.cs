using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Tests.Search;

public class SearchIndexCommitTests
{
    private static PlanDocument Plan(string id) =>
        new(new PlanRecord { Id = id, Hash = "hash-" + id }, "Kế hoạch thực hiện Chỉ thị số 16/CT-TTg.", [], [], CitesSuperseded: false, Stale: false);

    [Fact]
    public void WritesNotCommittedAreGoneAfterDispose()
    {
        var data = Directory.CreateTempSubdirectory("danvan-search-").FullName;
        try
        {
            using (var index = LuceneSearchIndex.OpenForWriting(data))
            {
                index.Put([Plan("a.txt")]);
                index.Commit(5);
                index.Put([Plan("b.txt")]);
                index.Remove(["a.txt"]);
            }

            using var reopened = LuceneSearchIndex.OpenForReading(data);
            Assert.Equal(5, reopened.Generation);
            Assert.Equal(["a.txt"], reopened.Hashes().Keys);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
