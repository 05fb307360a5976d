using DanVan.Citations;
using System.Collections.Concurrent;
using DanVan.Graph;
using DanVan.Resolution;

namespace DanVan.Pipeline;

/// <summary>
/// Candidates for an undated symbol: the registry's documents of that symbol when it has any (verified facts: one
/// plan writing "16/CT-TTg ngày 5/3/2017" by mistake does not make every undated "Chỉ thị 16/CT-TTg" ambiguous);
/// otherwise the graph's document nodes (plans of the corpus, documents cited with their year), with those the run
/// foresees (<see cref="ForeseenCandidates"/>); from the registry alone when there is no graph yet (the draft checker
/// before a first index), and from the registry and the foreseen ones when the graph starts empty. Answers are
/// remembered for a while; the indexer's last pass corrects what a remembered answer missed. Safe to ask from many
/// threads.
/// </summary>
internal sealed class GraphCandidates(Registry registry, ICitationGraph? graph, ForeseenCandidates? foreseen = null) : ICandidateSource
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

        var registered = InProvince(registry.WithSymbol(officialSymbol).Select(e => e.Key), province);
        var found = registered.Count > 0 ? registered
            : InProvince((graph?.CandidateKeys(officialSymbol, province) ?? []).Concat(foreseen?.Keys(officialSymbol, province) ?? []), province);
        Remember(keys, (officialSymbol, province), found);
        return found;
    }

    /// <summary>
    /// True when every undated citation of <paramref name="officialSymbol"/> is answered by the registry alone (a central
    /// symbol the registry has): what the corpus adds or removes cannot move them.
    /// </summary>
    public static bool Settled(Registry registry, string officialSymbol) =>
        DocumentSymbol.TryParse(officialSymbol) is { } symbol && DocumentKey.IsCentral(symbol)
        && registry.WithSymbol(officialSymbol).Any(e => DocumentKey.Parse(e.Key) is { Year: not null, Province: null });

    private static List<string> InProvince(IEnumerable<string> keys, string? province) =>
        [.. keys.Where(k => DocumentKey.Parse(k) is var parsed && parsed.Year is not null && parsed.Province == province).Distinct(StringComparer.Ordinal)];

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
