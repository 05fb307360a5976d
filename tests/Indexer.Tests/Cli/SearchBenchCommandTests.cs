using System.Text.Json;
using DanVan.Cli;

namespace DanVan.Tests.Cli;

public class SearchBenchCommandTests
{
    [Fact]
    public void SmallRunIndexesEverySyntheticPlanReportsLatencyAndCleansUp()
    {
        using var corpus = new TestCorpus().WithSeeds();
        var work = Path.Combine(corpus.Root, "bench");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DanVanCli.Run(["bench-search", "--corpus", corpus.Corpus, "--plans", "40", "--queries", "30", "--work", work, "--json"], output, error);

        Assert.True(exit == 0, error.ToString());
        using var report = JsonDocument.Parse(output.ToString());
        var root = report.RootElement;
        Assert.Equal(40, root.GetProperty("plans").GetInt32());
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        Assert.Equal(30, root.GetProperty("queries").GetInt32());
        Assert.True(root.GetProperty("searchIndexMegabytes").GetDouble() > 0);
        var p50 = root.GetProperty("p50Milliseconds").GetDouble();
        Assert.InRange(p50, 0.0, root.GetProperty("p99Milliseconds").GetDouble());
        Assert.True(root.GetProperty("meanResults").GetDouble() > 0, "the query mix finds nothing: it is not measuring search");
        Assert.False(Directory.Exists(work), "the synthetic corpus was left behind");
    }

    [Fact]
    public void AWorkFolderThatHoldsFilesIsRefusedAndKept()
    {
        using var corpus = new TestCorpus().WithSeeds();
        var work = Directory.CreateDirectory(Path.Combine(corpus.Root, "precious")).FullName;
        File.WriteAllText(Path.Combine(work, "important.txt"), "keep");
        var error = new StringWriter();

        var exit = DanVanCli.Run(["bench-search", "--corpus", corpus.Corpus, "--plans", "5", "--queries", "5", "--work", work], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("the work folder must be new or empty", error.ToString());
        Assert.Equal("keep", File.ReadAllText(Path.Combine(work, "important.txt")));
    }

    [Fact]
    public void MissingCorpusIsAClearMessage()
    {
        var error = new StringWriter();
        var exit = DanVanCli.Run(["bench-search", "--corpus", "/no/such/folder"], new StringWriter(), error);
        Assert.Equal(1, exit);
        Assert.Contains("/no/such/folder: no readable .txt plans", error.ToString());
    }
}
