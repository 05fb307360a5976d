using DanVan.Resolution;

namespace DanVan.Graph;

/// <summary>
/// What a batch changes in the document nodes: citations and citing plans added (+1) or taken away (−1),
/// per key, with the type, date, issuer, subject and state each citation gives, and plans that are the
/// document. Applied to the stored nodes in the batch's transaction, so nodes never need a rebuild.
/// </summary>
internal sealed class DocumentTally
{
    // The most frequent values are what a node shows; past this many a rare new variant is not tracked.
    private const int MaxVariants = 24;

    private readonly Dictionary<string, Change> changes = new(StringComparer.Ordinal);

    public bool IsEmpty => changes.Count == 0;

    /// <summary>Counts one plan's citations in (+1) or out (−1).</summary>
    public void Cite(IEnumerable<CitationRecord> ofOnePlan, int sign)
    {
        foreach (var group in ofOnePlan.Where(c => c.Key is not null).GroupBy(c => c.Key!, StringComparer.Ordinal))
        {
            var change = For(group.Key);
            change.CitingPlans += sign;
            change.Places.Add((Place(group.First().PlanProvince, group.First().PlanYear), sign));
            foreach (var c in group)
            {
                change.Citations += sign;
                change.Dated += c.Inferred ? 0 : sign;
                change.Values.Add((c.Type, c.Date, c.Issuer, c.Subject, c.State, sign));
            }
        }
    }

    /// <summary>Counts a plan that is the document (its own key) in or out.</summary>
    public void Own(PlanRecord plan, int sign)
    {
        if (plan.Key is not null)
        {
            var change = For(plan.Key);
            change.Plans += sign;
            if (sign > 0)
            {
                change.Own = new DocumentFacts { Type = plan.Type, Date = plan.Date, Title = plan.Title };
            }
        }
    }

    /// <summary>
    /// Applies the changes to the nodes: <paramref name="find"/> reads one, <paramref name="save"/> writes it, <paramref name="delete"/>
    /// drops one nothing points to. Returns the symbols that gained or lost a candidate document, whose undated citations may move.
    /// </summary>
    public HashSet<string> Apply(Func<string, DocumentRecord?> find, Action<DocumentRecord> save, Action<string> delete)
    {
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, change) in changes)
        {
            var stored = find(key);
            var node = stored ?? New(key);
            var wasCandidate = stored is not null && IsCandidate(stored);
            node.Citations += change.Citations;
            node.Dated += change.Dated;
            node.CitingPlans += change.CitingPlans;
            node.Plans += change.Plans;
            if (change.Own is not null)
            {
                node.Own = change.Own;
            }
            else if (node.Plans <= 0)
            {
                node.Own = null;
            }

            foreach (var (place, sign) in change.Places)
            {
                Count(node.Places, place, sign, int.MaxValue);
            }

            foreach (var (type, date, issuer, subject, state, sign) in change.Values)
            {
                Count(node.Types, type, sign);
                Count(node.Dates, date, sign);
                Count(node.Issuers, issuer, sign);
                Count(node.Titles, subject, sign);
                Count(node.States, state, sign);
            }

            var gone = node.Citations <= 0 && node.Plans <= 0 && node.Registered is null;
            if (gone)
            {
                delete(key);
            }
            else
            {
                save(Settle(node));
            }

            if (node.Symbol is not null && wasCandidate != (!gone && IsCandidate(node)))
            {
                moved.Add(node.Symbol);
            }
        }

        changes.Clear();
        return moved;
    }

    /// <summary>A document an undated citation of its symbol may mean: its year is known and the registry, a plan or a dated citation vouches for it.</summary>
    public static bool IsCandidate(DocumentRecord node) =>
        node.Symbol is not null && node.Year is not null && (node.Registered is not null || node.Plans > 0 || node.Dated > 0);

    /// <summary>A node with no tallies, its symbol, year and province read off the key.</summary>
    public static DocumentRecord New(string key)
    {
        var (symbol, year, province) = DocumentKey.Parse(key);
        var named = key.StartsWith('~');
        return new DocumentRecord
        {
            Id = key,
            Symbol = named ? null : symbol,
            Year = year,
            Province = province,
            SymbolIn = named ? null : SymbolIn(symbol, province),
        };
    }

    /// <summary>The shown facts: the registry's, else the plan's own, else what most citations give.</summary>
    public static DocumentRecord Settle(DocumentRecord node)
    {
        var registered = node.Registered;
        var own = node.Plans > 0 ? node.Own : null;
        node.Kind = registered is not null ? "registry"
            : own is not null ? "plan"
            : node.States.Any(s => s.Value is "resolved" or "ambiguous") ? "cited"
            : node.States.Any(s => s.Value == "named") ? "named"
            : node.States.Count > 0 ? "undated" : "cited";
        node.Type = registered?.Type ?? own?.Type ?? MostCommon(node.Types);
        node.Date = registered?.Date ?? own?.Date ?? MostCommon(node.Dates);
        node.Issuer = registered?.Issuer ?? MostCommon(node.Issuers);
        node.Title = registered?.Title ?? own?.Title ?? MostCommon(node.Titles);
        return node;
    }

    private static string? MostCommon(List<ValueCount> variants) =>
        variants.Count == 0 ? null : variants.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).First().Value;

    /// <summary>The name nodes are looked up by for candidates: symbol and province.</summary>
    public static string SymbolIn(string symbol, string? province) => $"{symbol}\u001f{province}";

    /// <summary>The tally's name of a province and year: "Gia Lai\u001f2020", "\u001f" for neither.</summary>
    public static string Place(string? province, int? year) =>
        $"{province}\u001f{year?.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The province and year a place names.</summary>
    public static (string? Province, int? Year) ParsePlace(string place)
    {
        var at = place.IndexOf('\u001f', StringComparison.Ordinal);
        var (province, year) = (place[..at], place[(at + 1)..]);
        return (province.Length == 0 ? null : province, year.Length == 0 ? null : int.Parse(year, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Count(List<ValueCount> variants, string? value, int sign, int max = MaxVariants)
    {
        if (value is null)
        {
            return;
        }

        var at = variants.FindIndex(v => v.Value == value);
        if (at < 0)
        {
            if (sign > 0 && variants.Count < max)
            {
                variants.Add(new ValueCount { Value = value, Count = sign });
            }

            return;
        }

        variants[at].Count += sign;
        if (variants[at].Count <= 0)
        {
            variants.RemoveAt(at);
        }
    }

    private Change For(string key)
    {
        if (!changes.TryGetValue(key, out var change))
        {
            changes[key] = change = new Change();
        }

        return change;
    }

    private sealed class Change
    {
        public int Citations { get; set; }

        public int CitingPlans { get; set; }

        public int Dated { get; set; }

        public int Plans { get; set; }

        public DocumentFacts? Own { get; set; }

        public List<(string? Type, string? Date, string? Issuer, string? Subject, string State, int Sign)> Values { get; } = [];

        public List<(string Place, int Sign)> Places { get; } = [];
    }
}
