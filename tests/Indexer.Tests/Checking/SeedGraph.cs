using DanVan.Checking;
using DanVan.Graph;

namespace DanVan.Tests.Checking;

/// <summary>The five seeds indexed once in a temporary folder, the graph left open for the checks of one test class.</summary>
public sealed class SeedGraph : IDisposable
{
    private readonly TestCorpus corpus = new TestCorpus().WithSeeds();

    public SeedGraph()
    {
        corpus.Index();
        Graph = LiteDbCitationGraph.Open(corpus.Data);
        Checker = DraftChecker.Over(Graph);
    }

    public ICitationGraph Graph { get; }

    public DraftChecker Checker { get; }

    public void Dispose()
    {
        Graph.Dispose();
        corpus.Dispose();
    }
}
