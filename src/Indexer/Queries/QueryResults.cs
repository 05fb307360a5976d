using DanVan.Resolution;

namespace DanVan.Queries;

/// <summary>A plan as lists show it: its file (relative to the corpus), number, title, date, province then and now.</summary>
public sealed record PlanRef(string Path, string? Symbol, string? Title, string? Date, string? DateLowerBound, string? Province, string? ProvinceNow);

/// <summary>One mention of a document in a plan: the words and the sentence around them.</summary>
public sealed record Mention(PlanRef Plan, string Text, string Sentence, string? Key, int Start, int End);

/// <summary>Plans of one province and year citing a document: how many (<c>Plans</c>), and the mentions listed (at most <see cref="GraphQueries.DefaultMaxMentions"/> in an answer).</summary>
public sealed record CitingGroup(string? Province, string? ProvinceNow, int? Year, IReadOnlyList<Mention> Mentions, int Plans);

/// <summary>Registry facts as shown next to a status: always with source and confidence.</summary>
public sealed record Facts(string Key, string Type, string Symbol, string? Date, string? Issuer, string? Title, string Status,
    string Confidence, string? Source, string? Notes, IReadOnlyList<Replacement> ReplacedBy, IReadOnlyList<string> Replaces);

/// <summary>A replacement and the day it took effect.</summary>
public sealed record Replacement(string Key, string? EffectiveFrom, string? Confidence);

/// <summary>`cites`: who cites a symbol, grouped by province and year; undated mentions that may mean it are listed apart.</summary>
public sealed record CitesResult(string Symbol, int? Year, string? Province, IReadOnlyList<Facts> Documents, IReadOnlyList<CitingGroup> Groups,
    IReadOnlyList<Mention> Ambiguous);

/// <summary>A citation of a plan with where it led; for a superseded document, whether the plan cited it after its replacement (as `stale` judges it).</summary>
public sealed record PlanCitation(string Type, string? Symbol, string? Written, string? Date, string? Issuer, string Text, int Start, int End,
    string Form, string? Key, string State, IReadOnlyList<string> Candidates, Facts? Registry, StaleVerdict? Stale = null);

/// <summary>What a plan's header says beyond its reference: type, agency, place, signer, and its own document key.</summary>
public sealed record PlanDetails(string? Type, string? Agency, string? Place, string? Signer, string? Key);

/// <summary>`refs`: what a plan cites.</summary>
public sealed record RefsResult(PlanRef Plan, IReadOnlyList<PlanCitation> Citations, PlanDetails Details);

/// <summary>A value seen in citations and how many gave it (dates, issuers, titles).</summary>
public sealed record Variant(string Value, int Count);

/// <summary>`doc`: all we know about a document.</summary>
public sealed record DocResult(string Key, string? Symbol, Facts? Registry, IReadOnlyList<PlanRef> PlansWithThisNumber, IReadOnlyList<CitingGroup> CitedBy,
    IReadOnlyList<Variant> Dates, IReadOnlyList<Variant> Issuers, IReadOnlyList<Variant> Titles, string? ConsensusDate, string? ConsensusIssuer,
    IReadOnlyList<Mention> MaybeCitedBy);

/// <summary>Whether a plan cited a superseded document after its replacement took effect.</summary>
public enum StaleVerdict
{
    /// <summary>The plan is dated on or after the replacement took effect.</summary>
    Stale,

    /// <summary>The plan is dated before: the citation was right then.</summary>
    BeforeReplacement,

    /// <summary>The plan's date is unknown and its lower bound does not settle it.</summary>
    Undetermined,
}

/// <summary>`stale`: one plan citing one superseded document.</summary>
public sealed record StaleFinding(PlanRef Plan, Facts Document, string? ReplacedOn, StaleVerdict Verdict, int Mentions, string Sentence);

/// <summary>
/// `stale`: findings per verdict (whatever the verdict asked for), how many have the verdict asked for
/// (<paramref name="Matching"/>), and the first of those listed in order.
/// </summary>
public sealed record StaleResult(int Total, int Matching, IReadOnlyList<VerdictCount> Counts, IReadOnlyList<StaleFinding> Findings)
{
    /// <summary>Findings with this verdict.</summary>
    public int Count(StaleVerdict verdict) => Counts.FirstOrDefault(c => c.Verdict == verdict)?.Findings ?? 0;
}

/// <summary>How many findings have one verdict.</summary>
public sealed record VerdictCount(StaleVerdict Verdict, int Findings);

/// <summary>`provinces`: plans per province, by its name then and now.</summary>
public sealed record ProvinceCount(string? Province, string? ProvinceNow, int Plans);

/// <summary>Why a question cannot be answered as asked.</summary>
public enum QueryProblem
{
    /// <summary>No such plan or document.</summary>
    NotFound,

    /// <summary>The text is not a document symbol.</summary>
    NotASymbol,

    /// <summary>It names several documents or plans; <see cref="QueryException.Candidates"/> lists them.</summary>
    Ambiguous,
}

/// <summary>A question the graph cannot answer as asked ("no plan named …"), with the reason and, when it names several, the candidates.</summary>
public sealed class QueryException(QueryProblem problem, string message, IReadOnlyList<string>? candidates = null) : Exception(message)
{
    /// <summary>Why.</summary>
    public QueryProblem Problem { get; } = problem;

    /// <summary>Keys or plans it may mean, for <see cref="QueryProblem.Ambiguous"/>.</summary>
    public IReadOnlyList<string> Candidates { get; } = candidates ?? [];
}

/// <summary>Resolves registry facts for display.</summary>
internal static class FactsOf
{
    public static Facts From(RegistryEntry e, Registry registry) => new(e.Key, e.Type, e.Symbol, Format(e.Date), e.Issuer, e.Title, e.StatusName,
        e.Confidence, e.Source, e.Notes,
        [.. e.SupersededBy.Select(k => registry.Find(k)).OfType<RegistryEntry>().Select(r => new Replacement(r.Key, Format(r.InForceFrom), r.Confidence))],
        registry.Replaces(e.Key));

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
