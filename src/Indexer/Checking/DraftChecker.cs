using DanVan.Citations;
using DanVan.Graph;
using DanVan.Pipeline;
using DanVan.Queries;
using DanVan.Resolution;

namespace DanVan.Checking;

/// <summary>
/// Checks the references of a draft while it is written: "Căn cứ Quyết định số 290-QĐ/TW ngày
/// 25/02/2010 của Bộ Chính trị" in a 2025 draft is superseded by 23-QĐ/TW (from 30/7/2021); "Pháp
/// lệnh số 34/2007/PL-UBTVQH11 ngày 06/4/2007" is superseded by Luật 10/2022/QH15 and dated 20/4/2007
/// in the registry. Runs the pipeline's stages (extraction, the draft's own header, resolution against
/// the registry and the graph), then judges each reference at the draft's date. Query-side: writes nothing.
/// </summary>
public sealed class DraftChecker
{
    private readonly ICitationGraph? graph;
    private readonly Registry registry;

    /// <summary>A checker over a citation graph and a registry: every check, plans' dates included.</summary>
    public DraftChecker(ICitationGraph graph, Registry registry)
        : this(registry, graph)
    {
    }

    private DraftChecker(Registry registry, ICitationGraph? graph)
    {
        this.registry = registry;
        this.graph = graph;
    }

    /// <summary>A checker over a graph with the registry it was last indexed with (as <see cref="GraphQueries.Over"/>).</summary>
    public static DraftChecker Over(ICitationGraph graph) => new(graph, GraphQueries.Over(graph).Registry);

    /// <summary>A checker with the registry alone, before any index: no plan's date can be compared, and "unknown" means "not in the registry".</summary>
    public static DraftChecker RegistryOnly(Registry registry) => new(registry, null);

    /// <summary>False for <see cref="RegistryOnly"/>: references are not compared with what plans write.</summary>
    public bool PlansConsulted => graph is not null;

    /// <summary>The registry in use.</summary>
    public Registry Registry => registry;

    /// <summary>Checks every reference of <paramref name="text"/>, judged at the draft's own date, else <paramref name="today"/>. Never throws on odd text.</summary>
    public CheckReport Check(string text, DateOnly today)
    {
        var extraction = CitationExtractor.Extract(text);
        var draftDate = extraction.Document.Date ?? today;
        // A fresh candidate source per draft: its cache must not outlive an index run.
        var resolver = new CitationResolver(registry, new GraphCandidates(registry, graph));
        var lines = LineStarts(text);
        var references = resolver.Resolve(extraction.Citations, new CitingPlan(extraction.Document.Province, draftDate))
            .Select(r => Located(Check(text, r, resolver, draftDate), text, lines))
            .ToList();
        return new CheckReport(FactsOf.Format(draftDate), extraction.Document.Date is not null, references) { PlansConsulted = PlansConsulted };
    }

    private CheckedReference Check(string text, ResolvedCitation resolved, CitationResolver resolver, DateOnly draftDate)
    {
        var c = resolved.Citation;
        var symbol = resolved.Symbol is null ? null : DocumentSymbol.TryParse(resolved.Symbol);
        var findings = new List<CheckFinding>();
        Add(findings, Findings.Layout(text, c, resolved.Symbol));
        var (key, candidates) = (resolved.Key, resolved.Candidates);
        var document = key is null ? null : Known(key);
        if (resolved.Kind == ResolutionKind.Ambiguous)
        {
            findings.Add(new CheckFinding(CheckVerdict.Ambiguous, string.Join(", ", candidates), null));
        }
        else if (document is null && OtherYear(resolved, resolver, draftDate) is var (other, otherDocument))
        {
            // The year written leads nowhere, the symbol is known in another year: a wrong date if the facts say so, else unknown.
            if (otherDocument.DateFinding(c.Date) is null)
            {
                candidates = [other];
                findings.Add(new CheckFinding(CheckVerdict.Unknown, other, null));
            }
            else
            {
                (key, document) = (other, otherDocument);
            }
        }
        else if (document is null)
        {
            findings.Add(new CheckFinding(CheckVerdict.Unknown, null, null));
        }

        if (document is not null)
        {
            findings.AddRange(FactsFindings(c, document, symbol, draftDate));
        }
        else
        {
            // Unknown documents are still judged by what their symbol says of type and issuer.
            Add(findings, Findings.TypeWord(c, null, symbol));
            Add(findings, c.Issuer is null ? null : IssuerComparison.Check(c.Issuer, null, symbol));
        }

        findings.Sort((a, b) => b.Kind.CompareTo(a.Kind));
        var entry = document?.Entry;
        return new CheckedReference(c.Span.Start, c.Span.End, c.Text, c.Type, c.TypeWord, c.Symbol, resolved.Symbol, FactsOf.Format(c.Date), c.Issuer,
            CitationForms.Name(c.Form), key, candidates, entry is null ? null : FactsOf.From(entry, registry),
            findings.Count == 0 ? CheckVerdict.Ok : findings[0].Kind, findings);
    }

    private IEnumerable<CheckFinding> FactsFindings(Citation c, KnownDocument document, DocumentSymbol? symbol, DateOnly draftDate)
    {
        var entry = document.Entry;
        CheckFinding?[] all =
        [
            entry is null ? null : Findings.Status(entry, registry, draftDate),
            document.DateFinding(c.Date),
            c.Issuer is null ? null : IssuerComparison.Check(c.Issuer, entry, symbol),
            Findings.TypeWord(c, entry, symbol),
        ];
        return all.OfType<CheckFinding>();
    }

    /// <summary>
    /// For a symbol dated in the draft ("290-QĐ/TW ngày 25/02/2011") whose year leads to no known
    /// document: the one known document of that symbol in another year, if there is exactly one.
    /// </summary>
    private (string Key, KnownDocument Document)? OtherYear(ResolvedCitation resolved, CitationResolver resolver, DateOnly draftDate)
    {
        if (resolved.Kind == ResolutionKind.Named || resolved.Symbol is null || resolved.YearInferred
            || DocumentSymbol.TryParse(resolved.Symbol) is not { Year: null })
        {
            return null;
        }

        var (key, kind, _) = resolver.ResolveUndated(resolved.Symbol, resolved.Province, draftDate);
        return kind is ResolutionKind.Registry or ResolutionKind.Plan or ResolutionKind.Cited && key is not null && key != resolved.Key && Known(key) is { } known
            ? (key, known) : null;
    }

    /// <summary>What the registry and the graph know of a key; null when neither knows it.</summary>
    private KnownDocument? Known(string key)
    {
        var entry = registry.Find(key);
        var plan = graph?.PlansWithSymbol(DocumentKey.Parse(key).Symbol).FirstOrDefault(p => p.Key == key);
        if (entry is not null || plan?.Date is not null)
        {
            return new KnownDocument(entry, plan?.Date, null);
        }

        // Only a document known by its citations alone is dated by them, so only then are they read: a registry document
        // may be cited by half the corpus (25-NQ/TW by 605,516 plans at 1M: reading them took 400 s and 4.6 GB).
        var citations = graph?.CitationsTo(key).ToList() ?? [];
        return citations.Count == 0 && plan is null ? null : new KnownDocument(null, null, PlanDates.Consensus(citations));
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    private static CheckedReference Located(CheckedReference reference, string text, List<int> lineStarts)
    {
        var offset = reference.Start;
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var lineStart = lineStarts[line];
        var lowSurrogates = 0;
        for (var i = lineStart + 1; i < offset; i++)
        {
            lowSurrogates += char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]) ? 1 : 0;
        }

        return reference with { Line = line + 1, Column = offset - lineStart - lowSurrogates + 1 };
    }

    private static void Add(List<CheckFinding> findings, CheckFinding? finding)
    {
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }

    /// <summary>What is known of a document: its registry entry, else its own date as a plan of the corpus, else what most plans citing it write.</summary>
    private sealed record KnownDocument(RegistryEntry? Entry, string? OwnDate, (string Date, int Agreeing, int OutOf)? Consensus)
    {
        public CheckFinding? DateFinding(DateOnly? written) => (Entry, OwnDate) switch
        {
            ({ } entry, _) => Findings.RegistryDate(written, entry),
            (null, { } own) => Findings.OwnDate(written, own),
            _ => Findings.PlanDate(written, Consensus),
        };
    }
}
