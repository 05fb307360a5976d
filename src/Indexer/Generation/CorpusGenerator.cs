using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVan.Resolution;

namespace DanVan.Generation;

/// <summary>What to generate: `danvan generate --plans 100000 --out /tmp/gen --seed 1 [--registry corpus/registry]`.</summary>
public sealed record GenerationRequest(int Plans, string Out, int Seed, string RegistryFolder);

/// <summary>What was generated: 100000 plans, 640.2 MB of text, in 38.5 s.</summary>
public sealed record GenerationSummary(int Plans, long Bytes, int Citations, int Named, double Seconds);

/// <summary>
/// The generation stage's entry point. Writes OUT/corpus/NNN/NNNNNN.txt (plan i in folder i/1000),
/// OUT/corpus/registry/ (a copy of the registry used, so OUT/corpus can be indexed as it is) and
/// OUT/gold.jsonl, plan by plan: memory stays flat however many plans are asked for.
/// </summary>
public static class CorpusGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Checks the request; throws <see cref="DanVanException"/> with a one-line reason when it cannot be run.</summary>
    public static Registry Validate(GenerationRequest request)
    {
        if (request.Plans <= 0)
        {
            throw new DanVanException($"--plans {request.Plans}: give a positive number of plans");
        }

        if (File.Exists(request.Out) || (Directory.Exists(request.Out) && Directory.EnumerateFileSystemEntries(request.Out).Any()))
        {
            throw new DanVanException($"{request.Out}: the output folder must be new or empty (refusing to overwrite)");
        }

        foreach (var name in new[] { Registry.DocumentsFile, Registry.ProvincesFile })
        {
            if (!File.Exists(Path.Combine(request.RegistryFolder, name)))
            {
                throw new DanVanException($"{request.RegistryFolder}: no registry there ({name} is missing); give one with --registry");
            }
        }

        return Registry.Load(request.RegistryFolder);
    }

    /// <summary>Generates the corpus and its gold; <paramref name="onPlan"/> sees each plan as it is written.</summary>
    public static GenerationSummary Run(GenerationRequest request, Action<GeneratedPlan>? onPlan = null)
    {
        var registry = Validate(request);
        var clock = Stopwatch.StartNew();
        var corpus = Path.Combine(request.Out, "corpus");
        var target = Path.Combine(corpus, "registry");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(request.RegistryFolder).Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var generator = new PlanGenerator(new CitationSources(registry), request.Seed);
        long bytes = 0;
        int citations = 0, named = 0;
        using (var goldStream = new FileStream(Path.Combine(request.Out, "gold.jsonl"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var gold = new GoldWriter(goldStream))
        {
            var folder = "";
            for (var i = 0; i < request.Plans; i++)
            {
                var plan = generator.Next(i);
                var name = (i / 1000).ToString("D3", CultureInfo.InvariantCulture);
                if (name != folder)
                {
                    folder = name;
                    Directory.CreateDirectory(Path.Combine(corpus, folder));
                }

                var content = Utf8.GetBytes(plan.Text);
                File.WriteAllBytes(Path.Combine(corpus, folder, plan.Name), content);
                bytes += content.Length;
                gold.Write(plan);
                foreach (var reference in plan.References)
                {
                    _ = reference.Entry.IsNamed ? named++ : citations++;
                }

                onPlan?.Invoke(plan);
            }
        }

        return new GenerationSummary(request.Plans, bytes, citations, named, clock.Elapsed.TotalSeconds);
    }
}
