using System.Globalization;
using DanVan.Generation;

namespace DanVan.Cli;

/// <summary>`danvan generate --plans N --out DIR --seed S [--registry FOLDER]`: a synthetic corpus with gold citations.</summary>
public static class GenerateCommand
{
    /// <summary>The registry copied into the corpus unless --registry names another.</summary>
    public static readonly string DefaultRegistry = Path.Combine("corpus", "registry");

    /// <summary>Generates; prints one summary line. Exit 2 on a bad request (no plans, a non-empty folder, no registry).</summary>
    public static int Run(int? plans, string? target, int seed, string registry, TextWriter output, TextWriter error)
    {
        if (plans is null || target is null)
        {
            error.WriteLine($"danvan: generate needs {(plans is null ? "--plans N" : "--out DIR")} (danvan generate --plans N --out DIR [--seed S] [--registry FOLDER])");
            return 2;
        }

        var request = new GenerationRequest(plans.Value, target, seed, registry);
        try
        {
            var s = CorpusGenerator.Run(request);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {s.Plans} plans, {s.Bytes / 1_000_000.0:F1} MB, {s.Citations} citations and {s.Named} named references in {s.Seconds:F1} s ({s.Plans / Math.Max(s.Seconds, 1e-9):F0} plans/s) → {request.Out}"));
            return 0;
        }
        catch (DanVanException e)
        {
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }
    }
}
