using System.Collections.Concurrent;
using DanVan.Graph;
using DanVan.Resolution;

namespace DanVan.Pipeline;

/// <summary>
/// Candidates for an undated symbol from the registry and the graph's document nodes (plans of the corpus,
/// documents cited with their year); from the registry alone when there is no graph yet (the draft checker
/// before a first index). Answers are remembered for a while; the indexer's last pass corrects what a
/// remembered answer missed. Safe to ask from many threads.
/// </summary>
internal sealed class GraphCandidates(Registry registry, ICitationGraph? graph) : ICandidateSource
{
    // Enough for every symbol of a batch several times over; cleared, not grown, past it.
    private const int MaxRemembered = 50_000;

    private readonly ConcurrentDictionary<(string, string?), IReadOnlyCollection<string>> keys = new();
    private readonly ConcurrentDictionary<string, bool> plans = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys(string officialSymbol, string? province)
    {
        if (keys.TryGetValue((officialSymbol, province), out var known))
        {
            return known;
        }

        var found = registry.WithSymbol(officialSymbol).Select(e => e.Key)
            .Concat(graph?.CandidateKeys(officialSymbol, province) ?? [])
            .Where(k => DocumentKey.Parse(k) is var parsed && parsed.Year is not null && parsed.Province == province)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Remember(keys, (officialSymbol, province), found);
        return found;
    }

    /// <summary>Forgets every answer: the graph committed new documents.</summary>
    public void Forget()
    {
        keys.Clear();
        plans.Clear();
    }

    public bool IsPlan(string key)
    {
        if (graph is null)
        {
            return false;
        }

        if (!plans.TryGetValue(key, out var isPlan))
        {
            isPlan = graph.HasPlanKey(key);
            Remember(plans, key, isPlan);
        }

        return isPlan;
    }

    private static void Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        if (cache.Count >= MaxRemembered)
        {
            cache.Clear();
        }

        cache[key] = value;
    }
}
