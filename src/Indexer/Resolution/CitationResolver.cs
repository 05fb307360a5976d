using DanVan.Citations;
using DanVan.Places;
using DanVan.Text;

namespace DanVan.Resolution;

/// <summary>Where a citation led.</summary>
public enum ResolutionKind
{
    /// <summary>A document of the registry: its status is known.</summary>
    Registry,

    /// <summary>A plan of the corpus (its own symbol, year and province).</summary>
    Plan,

    /// <summary>A document known only from the citations to it.</summary>
    Cited,

    /// <summary>No year in the text and several candidates: never guessed.</summary>
    Ambiguous,

    /// <summary>No year in the text and no candidate to take one from.</summary>
    Undated,

    /// <summary>Named without a symbol the product can resolve ("Nghị quyết Đại hội XIII").</summary>
    Named,
}

/// <summary>A citation with the document it points to.</summary>
/// <param name="Citation">The citation as extracted.</param>
/// <param name="Key">The cited document's key; null when ambiguous.</param>
/// <param name="Kind">How it was resolved.</param>
/// <param name="Candidates">For an ambiguous citation, the keys it may mean.</param>
/// <param name="Symbol">The official symbol it points to.</param>
/// <param name="Province">The province of a local issuer's document, null for central ones.</param>
/// <param name="YearInferred">True when the year came from the candidates, not the text: new documents may change it.</param>
public sealed record ResolvedCitation(Citation Citation, string? Key, ResolutionKind Kind, IReadOnlyList<string> Candidates, string? Symbol,
    string? Province = null, bool YearInferred = false);

/// <summary>What the citing plan says about itself, as far as resolution needs it.</summary>
public sealed record CitingPlan(string? Province, DateOnly? Date);

/// <summary>Documents known by symbol: the registry, the corpus's plans and dated citations.</summary>
public interface ICandidateSource
{
    /// <summary>Keys of known documents with this official symbol (and, for local issuers, province).</summary>
    IReadOnlyCollection<string> Keys(string officialSymbol, string? province);

    /// <summary>True when <paramref name="key"/> is a plan of the corpus.</summary>
    bool IsPlan(string key);
}

/// <summary>
/// Resolves citations to document keys (DESIGN.md "identity"): the year from the citation's date or
/// symbol; otherwise from the only candidate; otherwise ambiguous with its candidates. A local
/// issuer's document also needs its province: the one named with it, else the citing plan's.
/// </summary>
public sealed class CitationResolver(Registry registry, ICandidateSource candidates)
{
    /// <summary>Resolves every citation of one plan; short forms take the key of their full mention.</summary>
    public IReadOnlyList<ResolvedCitation> Resolve(IReadOnlyList<Citation> citations, CitingPlan plan)
    {
        var resolved = new ResolvedCitation[citations.Count];
        var fullKeys = new Dictionary<string, ResolvedCitation>(StringComparer.Ordinal);
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i].Form == CitationForm.Full)
            {
                resolved[i] = ResolveSymbol(citations[i], citations[i].Parsed!, plan);
                fullKeys.TryAdd(citations[i].Symbol!, resolved[i]);
            }
        }

        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            if (c.Form == CitationForm.Full)
            {
                continue;
            }

            if (c.ShortFormOf is not null && fullKeys.TryGetValue(c.ShortFormOf, out var full))
            {
                resolved[i] = full with { Citation = c };
            }
            else if (c.ResolvedSymbol is not null && DocumentSymbol.TryParse(c.ResolvedSymbol) is { } symbol)
            {
                resolved[i] = ResolveSymbol(c, symbol, plan);
            }
            else
            {
                resolved[i] = new ResolvedCitation(c, NamedKey(c), ResolutionKind.Named, [], null);
            }
        }

        return resolved;
    }

    /// <summary>The key of a document named without a symbol: its type and name, folded ("~Nghị quyết:nghi quyet dai hoi xiii").</summary>
    public static string NamedKey(Citation citation) => $"~{citation.Type}:{Scan.Collapse(Folding.Fold(TextNormalizer.NormalizeForMatching(citation.Text)))}";

    private ResolvedCitation ResolveSymbol(Citation c, DocumentSymbol symbol, CitingPlan plan)
    {
        var year = symbol.Year ?? c.Date?.Year;
        var official = registry.Complete(symbol.Official, year);
        var province = DocumentKey.IsCentral(symbol) ? null : ProvinceOf(c, plan);
        if (year is not null)
        {
            var key = DocumentKey.For(official, year, province);
            return new ResolvedCitation(c, key, KindOf(key), [], official, province);
        }

        var (undatedKey, kind, keys) = ResolveUndated(official, province, plan.Date);
        return new ResolvedCitation(c, undatedKey, kind, keys, official, province, YearInferred: true);
    }

    /// <summary>
    /// A symbol written without a year: the only candidate's year, ruling out documents issued after the
    /// citing plan; several candidates: ambiguous, listed; none: a node of unknown year.
    /// </summary>
    public (string? Key, ResolutionKind Kind, IReadOnlyList<string> Candidates) ResolveUndated(string official, string? province, DateOnly? planDate)
    {
        var keys = candidates.Keys(official, province)
            .Where(k => !(planDate is { } date && DocumentKey.Parse(k).Year > date.Year))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return keys.Count switch
        {
            1 => (keys[0], KindOf(keys[0]), []),
            0 => (DocumentKey.For(official, null, province), ResolutionKind.Undated, []),
            _ => (null, ResolutionKind.Ambiguous, keys),
        };
    }

    private ResolutionKind KindOf(string key) =>
        registry.Find(key) is not null ? ResolutionKind.Registry : candidates.IsPlan(key) ? ResolutionKind.Plan : ResolutionKind.Cited;

    /// <summary>A province named in the issuer ("của Ủy ban nhân dân tỉnh Gia Lai"), else the citing plan's.</summary>
    private static string? ProvinceOf(Citation c, CitingPlan plan)
    {
        if (c.Issuer is { } issuer)
        {
            var folded = Folding.Fold(TextNormalizer.NormalizeForMatching(issuer));
            foreach (var head in new[] { "tinh ", "thanh pho " })
            {
                var at = folded.IndexOf(head, StringComparison.Ordinal);
                if (at >= 0 && Gazetteer.TryMatchAt(folded, at + head.Length, out var named, out _))
                {
                    return named;
                }
            }
        }

        return plan.Province;
    }
}
