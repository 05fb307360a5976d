using DanVan.Graph;
using DanVan.Resolution;

namespace DanVan.Pipeline;

/// <summary>
/// The candidates a run will have made by its end, read before it writes anything: each plan's own number and each
/// document cited with its year, as years by symbol and province. A run writing most of the corpus (the first one)
/// resolves undated mentions against them too, so a plan written before the plan it cites already finds it. Without
/// them the end of the run rewrites those mentions, reading back citations scattered over a graph many times larger
/// than what the system keeps in memory. Filled from many threads, then only read.
/// </summary>
internal sealed class ForeseenCandidates
{
    private readonly Dictionary<string, List<int>> years = new(StringComparer.Ordinal);

    /// <summary>Adds the documents one plan makes candidates: its own key and the keys it cites with a year.</summary>
    public void Add(IEnumerable<string> keys)
    {
        lock (years)
        {
            foreach (var key in keys.Where(k => !k.StartsWith('~')))
            {
                var (symbol, year, province) = DocumentKey.Parse(key);
                if (year is not { } known)
                {
                    continue;
                }

                var at = DocumentTally.SymbolIn(symbol, province);
                if (!years.TryGetValue(at, out var list))
                {
                    years[at] = list = [];
                }

                if (!list.Contains(known))
                {
                    list.Add(known);
                }
            }
        }
    }

    /// <summary>The foreseen documents of a symbol in a province (none for a central one), as keys.</summary>
    public IEnumerable<string> Keys(string symbol, string? province) =>
        years.TryGetValue(DocumentTally.SymbolIn(symbol, province), out var list) ? list.Select(y => DocumentKey.For(symbol, y, province)) : [];
}
