using DanVan.Graph;
using DanVan.Resolution;

namespace DanVan.Pipeline;

/// <summary>
/// Candidates for an undated symbol from the registry, the corpus's plans and the dated citations in the graph;
/// from the registry alone when there is no graph yet (the draft checker before a first index).
/// </summary>
internal sealed class GraphCandidates(Registry registry, ICitationGraph? graph) : ICandidateSource
{
    private readonly Dictionary<(string, string?), IReadOnlyCollection<string>> cache = [];

    public IReadOnlyCollection<string> Keys(string officialSymbol, string? province)
    {
        if (cache.TryGetValue((officialSymbol, province), out var known))
        {
            return known;
        }

        var keys = registry.WithSymbol(officialSymbol).Select(e => e.Key)
            .Concat(graph?.PlansWithSymbol(officialSymbol).Select(p => p.Key).OfType<string>() ?? [])
            .Concat(graph?.DatedKeys(officialSymbol) ?? [])
            .Where(k => DocumentKey.Parse(k) is var parsed && parsed.Year is not null && parsed.Province == province)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        cache[(officialSymbol, province)] = keys;
        return keys;
    }

    public bool IsPlan(string key) => graph?.HasPlanKey(key) ?? false;
}
