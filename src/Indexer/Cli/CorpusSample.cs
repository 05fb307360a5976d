using DanVan.Ingest;
using DanVan.Text;

namespace DanVan.Cli;

/// <summary>
/// A deterministic sample of a corpus's plans for the benchmarks, drawn without holding the corpus in
/// memory: folders and files are walked in ordinal order (the registry/ folder left out) and a seeded
/// reservoir keeps at most <c>count</c> paths, so a million files cost a walk, not a million texts.
/// Example: <c>CorpusSample.Paths("W/corpus", 200)</c> gives the same 200 of "W/corpus/000/000000.txt" …
/// "W/corpus/999/999999.txt" on every machine, and <see cref="Texts"/> reads them normalized
/// ("Ðảng uỷ" in a file becomes "Đảng ủy", NFC), as the indexer reads them.
/// </summary>
public static class CorpusSample
{
    /// <summary>Up to <paramref name="count"/> .txt paths of <paramref name="corpus"/>, in walk order; every file when <paramref name="count"/> ≤ 0.</summary>
    public static IReadOnlyList<string> Paths(string corpus, int count, int seed = 7)
    {
        var random = new Random(seed);
        var kept = new List<string>();
        long seen = 0;
        foreach (var file in Walk(corpus))
        {
            seen++;
            if (count <= 0 || kept.Count < count)
            {
                kept.Add(file);
            }
            else if (random.NextInt64(seen) is var slot && slot < count)
            {
                kept[(int)slot] = file;
            }
        }

        return [.. kept.Order(StringComparer.Ordinal)];
    }

    /// <summary>The sampled plans' text, normalized; unreadable files are named on <paramref name="error"/> and skipped.</summary>
    public static List<string> Texts(IEnumerable<string> paths, TextWriter error, bool normalize = true)
    {
        var texts = new List<string>();
        foreach (var file in paths)
        {
            try
            {
                var text = DocumentReader.Read(file).Text;
                texts.Add(normalize ? TextNormalizer.Normalize(text).Text : text);
            }
            catch (DanVanException e)
            {
                error.WriteLine($"danvan: skipped {e.Message}");
            }
        }

        return texts;
    }

    /// <summary>Every .txt plan under <paramref name="corpus"/> except the registry, folders and files in ordinal order.</summary>
    public static IEnumerable<string> Walk(string corpus)
    {
        if (!Directory.Exists(corpus))
        {
            yield break;
        }

        var folders = new Stack<string>([corpus]);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                yield return file;
            }

            var children = Directory.GetDirectories(folder)
                .Where(d => !(folder == corpus && Path.GetFileName(d) == "registry"))
                .Order(StringComparer.Ordinal).ToArray();
            for (var i = children.Length - 1; i >= 0; i--)
            {
                folders.Push(children[i]);
            }
        }
    }
}
