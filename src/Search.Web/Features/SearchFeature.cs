using System.ComponentModel;
using System.Globalization;
using DanVan.Search;
using DanVan.Web.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features;

/// <summary>The search page ("/"), its JSON twin (/api/search, same parameters) and symbol autocomplete (/api/suggest).</summary>
public static class SearchFeature
{
    /// <summary>Results per page on the page; the API takes size=1…100.</summary>
    public const int PageSize = 10;

    /// <summary>Maps the routes.</summary>
    public static void MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/", ([AsParameters] SearchParameters p, KnowledgeBase kb) => Answers.Page(p.Q, () =>
        {
            var request = p.ToRequest(PageSize);
            if (p.Sort is null)
            {
                request = request with { Sort = Links.DefaultSort(request.Query) }; // nothing asked yet: the newest plans first, not index order
            }

            var result = kb.Search.Search(request);
            return new RazorComponentResult<SearchPage>(new { View = new SearchView(request, result) });
        })).ExcludeFromDescription();

        app.MapGetAndHead("/api/search", ([AsParameters] SearchParameters p, KnowledgeBase kb) => Answers.Api(() =>
        {
            var csv = Parameters.Csv(p.Format);
            var request = p.ToRequest(PageSize);
            var result = kb.Search.Search(request);
            return csv
                ? Csv.File("tim-kiem.csv", ["path", "symbol", "title", "date", "dateLowerBound", "province", "provinceNow", "score"],
                    result.Hits.Select(h => (IReadOnlyList<string?>)[h.Path, h.Symbol, h.Title, h.Date, h.DateLowerBound, h.Province, h.ProvinceNow,
                        h.Score.ToString("0.####", CultureInfo.InvariantCulture)]))
                : TypedResults.Ok(result);
        }))
            .WithSummary("Search plans by text (accents optional) or by the documents they cite; facet counts over all results.")
            .Produces<SearchResult>(200, "application/json", "text/csv").ProducesProblem(400);

        app.MapGetAndHead("/api/suggest", ([Description("What was typed: \"16/ct\", \"qd 290\".")] string? q, KnowledgeBase kb) => Answers.Api(() =>
        {
            var typed = Parameters.Text("q", q, 100);
            return TypedResults.Ok(typed is null ? [] : kb.Symbols.Suggest(typed));
        }))
            .WithSummary("Document symbols starting with, or made of, what was typed; most cited first.")
            .Produces<IReadOnlyList<SymbolSuggestion>>().ProducesProblem(400);
    }
}

/// <summary>The search parameters, as the page's URL and the API take them.</summary>
public sealed record SearchParameters(
    [property: FromQuery(Name = "q"), Description("Words with or without accents, \"phrases\", symbols (16/CT-TTg, QĐ 290).")] string? Q,
    [property: FromQuery(Name = "province"), Description("Plans of this province, by its name before or after the 2025 merger.")] string? Province,
    [property: FromQuery(Name = "from"), Description("Plans of this year or later.")] string? From,
    [property: FromQuery(Name = "to"), Description("Plans of this year or earlier.")] string? To,
    [property: FromQuery(Name = "type"), Description("Document type (Kế hoạch, Quyết định…).")] string? Type,
    [property: FromQuery(Name = "agency"), Description("Issuing agency as the facet shows it.")] string? Agency,
    [property: FromQuery(Name = "cites"), Description("Plans citing this document key (114-KL/TW@2015) or symbol.")] string? Cites,
    [property: FromQuery(Name = "superseded"), Description("1: only plans citing a superseded document.")] string? Superseded,
    [property: FromQuery(Name = "sort"), Description("relevance (default) or date.")] string? Sort,
    [property: FromQuery(Name = "page"), Description("Page number, from 1.")] string? Page,
    [property: FromQuery(Name = "size"), Description("Results per page, 1–100 (API only; the page shows 10).")] string? Size,
    [property: FromQuery(Name = "cursor"), Description("Continue after the cursor a previous answer gave (API).")] string? Cursor,
    [property: FromQuery(Name = "format"), Description("json (default) or csv (API).")] string? Format)
{
    /// <summary>The request these parameters make; throws <see cref="BadParameterException"/> for a value that does not parse.</summary>
    public SearchRequest ToRequest(int defaultSize) => new(
        Parameters.Text("q", Q, 5000) ?? "", // a pasted paragraph is searched by its start (SearchNotice.QueryShortened), not refused
        Parameters.Text("province", Province, 100),
        Parameters.Year("from", From),
        Parameters.Year("to", To),
        Parameters.Text("type", Type, 100),
        Parameters.Text("agency", Agency, 300),
        Parameters.Text("cites", Cites, 200),
        Parameters.Flag("superseded", Superseded),
        Parameters.Choice("sort", Sort, "relevance", "date") == "date" ? SearchSort.Date : SearchSort.Relevance,
        Parameters.Number("page", Page, 1, LuceneSearchIndex.MaxResults) ?? 1,
        Parameters.Number("size", Size, 1, 100) ?? defaultSize,
        Parameters.Text("cursor", Cursor, 200));
}
