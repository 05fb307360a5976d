using DanVan.Graph;
using DanVan.Resolution;
using DanVan.Text;

namespace DanVan.Search;

/// <summary>A document symbol offered while typing: "16/CT-TTg" (2016), its title and how often plans cite it.</summary>
public sealed record SymbolSuggestion(string Symbol, string Key, int? Year, string? Province, string? Title, int Citations);

/// <summary>
/// Symbol autocomplete (the suggest package is not available): every document the graph knows by
/// symbol, matched however the user types it — "16/ct", "290-QĐ", "qd 290", "04/2015/nd". Held in
/// memory as one array sorted by the symbol's compact folded form ("290-QĐ/TW" → "290QDTW"); symbols
/// start with their number, so a query with a number looks only at that number's range. Each document is held as
/// its compact form, where its parts end, its key and its citations (symbol, year and province are read from the key);
/// titles are read for the few offered. At a million plans every title and every part as a string of its own made
/// the server's largest object by far.
/// </summary>
public sealed class SymbolSuggestions
{
    private readonly Entry[] entries;
    private readonly Func<string, string?> titleOf;

    private SymbolSuggestions(Entry[] entries, Func<string, string?> titleOf) => (this.entries, this.titleOf) = (entries, titleOf);

    /// <summary>The symbols of every document in the graph; titles read from it for the documents offered.</summary>
    public static SymbolSuggestions From(ICitationGraph graph) => From(graph.SymbolKeys(), key => graph.Document(key)?.Title);

    /// <summary>The given suggestions, searchable (their titles kept).</summary>
    public static SymbolSuggestions From(IEnumerable<SymbolSuggestion> suggestions)
    {
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        var documents = suggestions.Select(s =>
        {
            titles[s.Key] = s.Title;
            return (s.Key, s.Citations);
        }).ToList();
        return From(documents, key => titles.GetValueOrDefault(key));
    }

    /// <summary>Documents given by key (each with a symbol) and their citations, searchable; <paramref name="titleOf"/> gives a key's title.</summary>
    public static SymbolSuggestions From(IEnumerable<(string Key, int Citations)> documents, Func<string, string?> titleOf)
    {
        var (entries, shapes) = (new List<Entry>(), new Shapes());
        foreach (var (key, citations) in documents)
        {
            if (shapes.Of(key, citations) is { } entry)
            {
                entries.Add(entry);
            }
        }

        var sorted = entries.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Compact, b.Compact));
        return new SymbolSuggestions(sorted, titleOf);
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
            Keep(best, limit, (WholeParts(tokens, entries[i]) ? 0 : 1, entries[i]));
        }

        // The documents of one symbol stand together and share its shape: whether it has the typed parts is asked once a
        // symbol (at 1M plans a plan number recurs in every province and year; "kh" asked it of every document).
        var (shape, hasParts) = ((byte[]?)null, false);
        for (var i = pool.Item1; i < pool.Item2; i++)
        {
            if (i >= prefixed.Start && i < prefixed.End)
            {
                continue;
            }

            if (!ReferenceEquals(entries[i].Ends, shape))
            {
                (shape, hasParts) = (entries[i].Ends, HasParts(tokens, entries[i]));
            }

            if (hasParts)
            {
                Keep(best, limit, (2, entries[i]));
            }
        }

        return [.. best.Select(e => Suggestion(e.Entry))];
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
        : a.Entry.Citations != b.Entry.Citations ? b.Entry.Citations.CompareTo(a.Entry.Citations)
        : string.CompareOrdinal(a.Entry.Compact, b.Entry.Compact) is var bySymbol and not 0 ? bySymbol
        : Nullable.Compare(b.Entry.Year, a.Entry.Year);

    /// <summary>The suggestion of one entry, its title read now.</summary>
    private SymbolSuggestion Suggestion(Entry entry)
    {
        var (symbol, year, province) = DocumentKey.Parse(entry.Key);
        return new SymbolSuggestion(symbol, entry.Key, year, province, titleOf(entry.Key), entry.Citations);
    }

    /// <summary>True when the typed parts are the symbol's first parts, whole ("16" is all of 16/CT-TTg's number, not 160's).</summary>
    private static bool WholeParts(string[] typed, Entry entry)
    {
        if (typed.Length > entry.Ends.Length)
        {
            return false;
        }

        for (var i = 0; i < typed.Length; i++)
        {
            if (!entry.Part(i).SequenceEqual(typed[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when each typed part begins one of the symbol's parts, in any order ("qd 290" of 290-QĐ/TW); loops, not queries: it is asked of every symbol.</summary>
    private static bool HasParts(string[] typed, Entry entry)
    {
        foreach (var t in typed)
        {
            var found = false;
            for (var i = 0; i < entry.Ends.Length; i++)
            {
                if (entry.Part(i).StartsWith(t, StringComparison.Ordinal))
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

    /// <summary>
    /// One document: its symbol's compact form and where each of its parts ends in it (shared by the documents of one
    /// symbol), its key, citations and year.
    /// </summary>
    private readonly record struct Entry(string Compact, byte[] Ends, string Key, int Citations, int? Year)
    {
        /// <summary>The symbol's part <paramref name="i"/> ("ND" of "042015NDCP").</summary>
        public ReadOnlySpan<char> Part(int i)
        {
            var start = i == 0 ? 0 : Ends[i - 1];
            return Compact.AsSpan(start, Ends[i] - start);
        }
    }

    /// <summary>Each symbol's compact form and part ends, made once and shared: a plan number recurs in every province and year.</summary>
    private sealed class Shapes
    {
        private readonly Dictionary<string, (string Compact, byte[] Ends)?> bySymbol = new(StringComparer.Ordinal);

        /// <summary>The entry of a document by key; null when its symbol has no letter or digit, or more than anyone types.</summary>
        public Entry? Of(string key, int citations)
        {
            var (symbol, year, _) = DocumentKey.Parse(key);
            if (!bySymbol.TryGetValue(symbol, out var shape))
            {
                bySymbol[symbol] = shape = Shape(symbol);
            }

            return shape is var (compact, ends) ? new Entry(compact, ends, key, citations, year) : null;
        }

        private static (string, byte[])? Shape(string symbol)
        {
            var parts = Tokens(symbol);
            var compact = string.Concat(parts);
            if (compact.Length == 0 || compact.Length > byte.MaxValue)
            {
                return null;
            }

            var ends = new byte[parts.Length];
            for (int i = 0, end = 0; i < parts.Length; i++)
            {
                end += parts[i].Length;
                ends[i] = (byte)end;
            }

            return (compact, ends);
        }
    }
}
