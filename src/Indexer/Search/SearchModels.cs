namespace DanVan.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Newest plan first.</summary>
    Date,
}

/// <summary>
/// A search as the user asks it: words with or without diacritics, symbols ("16/CT-TTg", "QĐ 290"),
/// quoted phrases, and filters.
/// </summary>
public sealed record SearchRequest(
    string Query,
    string? Province = null,
    int? YearFrom = null,
    int? YearTo = null,
    string? Type = null,
    string? Agency = null,
    string? Cites = null,
    bool SupersededOnly = false,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 10,
    string? Cursor = null);

/// <summary>A piece of a snippet; <see cref="Match"/> marks a matched word.</summary>
public sealed record SnippetPart(string Text, bool Match);

/// <summary>One plan found: its date, or for an undated plan the latest date it cites (a lower bound of its own).</summary>
public sealed record SearchHit(string Path, string? Title, string? Symbol, string? Province, string? ProvinceNow, string? Date, float Score,
    IReadOnlyList<SnippetPart> Snippet, string? DateLowerBound = null);

/// <summary>A facet value and how many results have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>What the query was understood as: symbols and numbered references, phrases, words.</summary>
public sealed record QueryUnderstanding(IReadOnlyList<string> Symbols, IReadOnlyList<string> Numbers, IReadOnlyList<string> Phrases, IReadOnlyList<string> Words);

/// <summary>Why a search answered other than asked; <see cref="SearchResult.Message"/> says it in words.</summary>
public enum SearchNotice
{
    /// <summary>The query had no word to search for ("…", "-"): all plans are shown.</summary>
    NothingToSearch,

    /// <summary>The query was longer than <see cref="UserQuery.MaxLength"/> characters: only its start was searched.</summary>
    QueryShortened,

    /// <summary>The cursor was malformed or from an older index: the first page is shown.</summary>
    CursorReset,

    /// <summary>The page asked for lies beyond the results that can be paged through.</summary>
    PageBeyondLimit,
}

/// <summary>
/// A page of results, the facet counts over all of them, and a cursor for the next page. A search
/// matching more plans than <see cref="LuceneSearchIndex.ExactBudget"/> is read on a sample of one plan
/// in <see cref="SampledOneIn"/>: <see cref="Total"/> and the facet counts are then estimates, and best-first
/// results are the best of the sample (newest-first results stay exact); <see cref="Listed"/> says how
/// many can be paged through.
/// </summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    QueryUnderstanding Understood,
    string? NextCursor,
    string? Message,
    SearchNotice? Notice = null,
    int SampledOneIn = 1,
    int? Listed = null)
{
    /// <summary>True when the total and facet counts are estimated from a sample.</summary>
    public bool Estimated => SampledOneIn > 1;
}
