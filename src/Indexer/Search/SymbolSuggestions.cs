using DanVan.Graph;
using DanVan.Text;

namespace DanVan.Search;

/// <summary>A document symbol offered while typing: "16/CT-TTg" (2016), its title and how often plans cite it.</summary>
public sealed record SymbolSuggestion(string Symbol, string Key, int? Year, string? Province, string? Title, int Citations);

/// <summary>
/// Symbol autocomplete (the suggest package is not available): every document the graph knows by
/// symbol, matched however the user types it — "16/ct", "290-QĐ", "qd 290", "04/2015/nd". Held in
/// memory as one array sorted by the symbol's compact folded form ("290-QĐ/TW" → "290QDTW"); symbols
/// start with their number, so a query with a number looks only at that number's range.
/// </summary>
public sealed class SymbolSuggestions
{
    private readonly Entry[] entries;

    private SymbolSuggestions(Entry[] entries) => this.entries = entries;

    /// <summary>The symbols of every document in the graph.</summary>
    public static SymbolSuggestions From(ICitationGraph graph) =>
        From(graph.DocumentsWithSymbol().Where(d => d.Symbol is not null)
            .Select(d => new SymbolSuggestion(d.Symbol!, d.Id, d.Year, d.Province, d.Title, d.Citations)));

    /// <summary>The given suggestions, searchable.</summary>
    public static SymbolSuggestions From(IEnumerable<SymbolSuggestion> suggestions)
    {
        var entries = suggestions.Select(s => new Entry(Compact(s.Symbol), Tokens(s.Symbol), s)).ToArray();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Compact, b.Compact));
        return new SymbolSuggestions(entries);
    }

    /// <summary>How many documents are offered.</summary>
    public int Count => entries.Length;

    /// <summary>
    /// Up to <paramref name="limit"/> documents whose symbol starts with what was typed in whole parts
    /// ("16" → 16/CT-TTg before 160/KH-UBND), then in part, then those having every typed part in any
    /// order ("qd 290" → 290-QĐ/TW); most cited first within each.
    /// </summary>
    public IReadOnlyList<SymbolSuggestion> Suggest(string typed, int limit = 8)
    {
        var compact = Compact(typed.Length > 100 ? typed[..100] : typed);
        var tokens = Tokens(typed.Length > 100 ? typed[..100] : typed);
        if (compact.Length == 0 || limit <= 0)
        {
            return [];
        }

        var prefixed = Range(compact);
        var number = tokens.FirstOrDefault(t => char.IsAsciiDigit(t[0]));
        var pool = number is null ? (0, entries.Length) : Range(number);
        // The best few kept as they come, not every match sorted: at 1M plans "1" matches ~100,000 symbols and "kh" most of
        // them (0.25 and 0.6 s a keystroke when sorted whole).
        var best = new List<(int Rank, Entry Entry)>(Math.Min(limit, 64) + 1);
        for (var i = prefixed.Start; i < prefixed.End; i++)
        {
            Keep(best, limit, (WholeParts(tokens, entries[i].Tokens) ? 0 : 1, entries[i]));
        }

        for (var i = pool.Item1; i < pool.Item2; i++)
        {
            if ((i < prefixed.Start || i >= prefixed.End) && HasParts(tokens, entries[i].Tokens))
            {
                Keep(best, limit, (2, entries[i]));
            }
        }

        return [.. best.Select(e => e.Entry.Suggestion)];
    }

    /// <summary>Adds <paramref name="candidate"/> to the best <paramref name="limit"/> in order, after its equals (as a stable sort would).</summary>
    private static void Keep(List<(int Rank, Entry Entry)> best, int limit, (int Rank, Entry Entry) candidate)
    {
        if (best.Count == limit && Better(candidate, best[^1]) >= 0)
        {
            return;
        }

        var at = best.Count;
        while (at > 0 && Better(candidate, best[at - 1]) < 0)
        {
            at--;
        }

        best.Insert(at, candidate);
        if (best.Count > limit)
        {
            best.RemoveAt(limit);
        }
    }

    /// <summary>Whole parts first, then in part, then by parts; most cited first within each, then by symbol, newest first.</summary>
    private static int Better((int Rank, Entry Entry) a, (int Rank, Entry Entry) b) =>
        a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
        : a.Entry.Suggestion.Citations != b.Entry.Suggestion.Citations ? b.Entry.Suggestion.Citations.CompareTo(a.Entry.Suggestion.Citations)
        : string.CompareOrdinal(a.Entry.Compact, b.Entry.Compact) is var bySymbol and not 0 ? bySymbol
        : Nullable.Compare(b.Entry.Suggestion.Year, a.Entry.Suggestion.Year);

    /// <summary>True when the typed parts are the symbol's first parts, whole ("16" is all of 16/CT-TTg's number, not 160's).</summary>
    private static bool WholeParts(string[] typed, string[] parts) =>
        typed.Length <= parts.Length && typed.AsSpan().SequenceEqual(parts.AsSpan(0, typed.Length));

    /// <summary>True when each typed part begins one of the symbol's parts, in any order ("qd 290" of 290-QĐ/TW); loops, not queries: it is asked of every symbol.</summary>
    private static bool HasParts(string[] typed, string[] parts)
    {
        foreach (var t in typed)
        {
            var found = false;
            foreach (var part in parts)
            {
                if (part.StartsWith(t, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The entries whose compact form starts with <paramref name="prefix"/>: [Start, End).</summary>
    private (int Start, int End) Range(string prefix)
    {
        var start = LowerBound(prefix);
        var end = start;
        while (end < entries.Length && entries[end].Compact.StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (start, end);
    }

    private int LowerBound(string prefix)
    {
        var (low, high) = (0, entries.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(entries[middle].Compact, prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Letters and digits only, folded and in capitals: "290-QĐ/TW" → "290QDTW", "qd 290" → "QD290".</summary>
    internal static string Compact(string text) => string.Concat(Tokens(text));

    /// <summary>The runs of letters or digits, folded and in capitals: "04/2015/NĐ-CP" → 04, 2015, ND, CP.</summary>
    internal static string[] Tokens(string text)
    {
        var folded = Folding.Fold(TextNormalizer.NormalizeForMatching(text)).ToUpperInvariant();
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var kind = i == folded.Length ? 0 : char.IsAsciiDigit(folded[i]) ? 1 : char.IsAsciiLetter(folded[i]) ? 2 : 0;
            var previous = start < 0 ? 0 : char.IsAsciiDigit(folded[start]) ? 1 : 2;
            if (start >= 0 && kind != previous)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }

            if (kind != 0 && start < 0)
            {
                start = i;
            }
        }

        return [.. tokens];
    }

    private sealed record Entry(string Compact, string[] Tokens, SymbolSuggestion Suggestion);
}
