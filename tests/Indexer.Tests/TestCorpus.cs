using DanVan.Graph;
using DanVan.Pipeline;

namespace DanVan.Tests;

/// <summary>A corpus and a data folder in a temporary directory, deleted with the test.</summary>
public sealed class TestCorpus : IDisposable
{
    public TestCorpus(bool withRegistry = true)
    {
        Root = Directory.CreateTempSubdirectory("danvan-corpus-").FullName;
        Corpus = Directory.CreateDirectory(Path.Combine(Root, "corpus")).FullName;
        Data = Path.Combine(Root, "data");
        if (withRegistry)
        {
            var registry = Directory.CreateDirectory(Path.Combine(Corpus, "registry")).FullName;
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "registry")))
            {
                File.Copy(file, Path.Combine(registry, Path.GetFileName(file)));
            }
        }
    }

    public string Root { get; }

    public string Corpus { get; }

    public string Data { get; }

    /// <summary>Copies the five seed plans in.</summary>
    public TestCorpus WithSeeds()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus, "*.txt"))
        {
            File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
        }

        return this;
    }

    /// <summary>Copies files from a folder of the test project in.</summary>
    public TestCorpus With(string testFolder)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Indexer.Tests", testFolder), "*.txt"))
        {
            File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
        }

        return this;
    }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Corpus, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs one index in process.</summary>
    public IndexSummary Index()
    {
        using var stores = DataStores.OpenForIndexing(Data);
        return new IndexingPipeline(Corpus, stores.Graph, stores.Search, NoProgress.Instance).Run();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a killed indexer may still hold a file for a moment; the temp folder is cleaned later
        }
    }
}
