using DanVan.Generation;
using DanVan.Pipeline;

namespace DanVan.Tests.Generation;

/// <summary>A generated corpus in a temporary folder, with the plans as the generator returned them; deleted with the test.</summary>
public sealed class GeneratedCorpus : IDisposable
{
    public GeneratedCorpus(int plans, int seed)
    {
        Root = Directory.CreateTempSubdirectory("danvan-gen-").FullName;
        Out = Path.Combine(Root, "out");
        var kept = new List<GeneratedPlan>();
        Summary = CorpusGenerator.Run(new GenerationRequest(plans, Out, seed, Registry), kept.Add);
        Plans = kept;
    }

    /// <summary>The repository's registry, the one generation cites from.</summary>
    public static string Registry => Path.Combine(RepoPaths.Corpus, "registry");

    public string Root { get; }

    /// <summary>The --out folder: corpus/ and gold.jsonl.</summary>
    public string Out { get; }

    public GenerationSummary Summary { get; }

    public IReadOnlyList<GeneratedPlan> Plans { get; }

    public string Gold => Path.Combine(Out, "gold.jsonl");

    /// <summary>The plans' folder, as `danvan index` is given it.</summary>
    public string Corpus => Path.Combine(Out, "corpus");

    /// <summary>A data folder beside it, for <see cref="Index"/>.</summary>
    public string Data => Path.Combine(Root, "data");

    /// <summary>Indexes <see cref="Corpus"/> into <see cref="Data"/> (as it now is: a test may change files and index again).</summary>
    public IndexSummary Index(int batchPlans = Batch.DefaultPlans)
    {
        using var stores = DataStores.OpenForIndexing(Data);
        return new IndexingPipeline(Corpus, stores.Graph, stores.Search, NoProgress.Instance) { BatchPlans = batchPlans }.Run();
    }

    /// <summary>Where plan "000042.txt" is: corpus/000/000042.txt.</summary>
    public string PathOf(string name) => Path.Combine(Out, "corpus", name[..3], name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
