using System.Text.Json;
using DanVan.Cli;

namespace DanVan.Tests.Cli;

public class QueryBenchCommandTests
{
    [Fact]
    public void TheFiveSeedsIndexedGiveEveryKindOfQueryTimedAndFindingSomething()
    {
        using var corpus = new TestCorpus().WithSeeds();
        corpus.Index();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DanVanCli.Run(["bench-query", "--data", corpus.Data, "--corpus", corpus.Corpus, "--queries", "21", "--graph-queries", "10", "--json"], output, error);

        Assert.True(exit == 0, error.ToString());
        using var report = JsonDocument.Parse(output.ToString());
        var root = report.RootElement;
        Assert.Equal(5, root.GetProperty("sampledPlans").GetInt32());
        var search = root.GetProperty("search");
        Assert.Equal(21, search.GetProperty("overall").GetProperty("count").GetInt32());
        foreach (var kind in QueryMix.SearchKinds)
        {
            Assert.Equal(3, search.GetProperty("kinds").GetProperty(kind).GetProperty("count").GetInt32());
        }

        // Words drawn from the plans themselves, and symbols they cite, must find them.
        foreach (var kind in new[] { "accented", "unaccented", "phrase", "symbol" })
        {
            Assert.True(search.GetProperty("kinds").GetProperty(kind).GetProperty("meanResults").GetDouble() >= 1, kind + " finds nothing: it is not measuring search");
        }

        var graph = root.GetProperty("graph");
        Assert.Equal(10, graph.GetProperty("overall").GetProperty("count").GetInt32());
        foreach (var kind in QueryBenchCommand.GraphKinds)
        {
            Assert.Equal(2, graph.GetProperty("kinds").GetProperty(kind).GetProperty("count").GetInt32());
        }

        // 16/CT-TTg is cited by four of the five seeds: among the most cited, and "cites" finds its citations.
        Assert.Contains(root.GetProperty("popularSymbols").EnumerateArray(), p => p.GetProperty("symbol").GetString() == "16/CT-TTg");
        Assert.True(graph.GetProperty("kinds").GetProperty("cites-popular").GetProperty("meanResults").GetDouble() >= 2);
        Assert.Empty(search.GetProperty("cutShort").EnumerateArray());
    }

    [Fact]
    public void AFolderWithoutAnIndexIsAClearMessage()
    {
        using var corpus = new TestCorpus().WithSeeds();
        var error = new StringWriter();

        var exit = DanVanCli.Run(["bench-query", "--data", corpus.Data, "--corpus", corpus.Corpus], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("no index here yet", error.ToString());
    }

    [Fact]
    public void TheSampleIsTheSameWhateverTheOrderFilesWereWrittenIn()
    {
        using var first = new TestCorpus(withRegistry: false);
        using var second = new TestCorpus(withRegistry: false);
        for (var i = 0; i < 30; i++)
        {
            first.Write($"{i / 10:D3}/{i:D6}.txt", "Kế hoạch " + i);
            second.Write($"{(29 - i) / 10:D3}/{29 - i:D6}.txt", "Kế hoạch " + (29 - i));
        }

        var a = CorpusSample.Paths(first.Corpus, 7).Select(p => Path.GetRelativePath(first.Corpus, p));
        var b = CorpusSample.Paths(second.Corpus, 7).Select(p => Path.GetRelativePath(second.Corpus, p));

        Assert.Equal(a, b);
        Assert.Equal(7, a.Count());
    }
}
