using System.Globalization;
using DanVan.Search;
using Microsoft.AspNetCore.Http.Extensions;

namespace DanVan.Web.Components;

/// <summary>
/// Every URL the pages link to, built in one place so that each page state is a permalink: the search
/// with its filters, sort and page; a plan; a document; the stale list with its filters.
/// </summary>
public static class Links
{
    /// <summary>The search page in the state of <paramref name="request"/> (defaults left out).</summary>
    public static string Search(SearchRequest request) => "/" + Query(
        ("q", request.Query.Length == 0 ? null : request.Query),
        ("province", request.Province),
        ("from", Year(request.YearFrom)),
        ("to", Year(request.YearTo)),
        ("type", request.Type),
        ("agency", request.Agency),
        ("cites", request.Cites),
        ("superseded", request.SupersededOnly ? "1" : null),
        ("sort", request.Sort == DefaultSort(request.Query) ? null : request.Sort == SearchSort.Date ? "date" : "relevance"),
        ("page", request.Page > 1 ? request.Page.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>The order when none is asked: best match for a query, newest first when browsing without one.</summary>
    public static SearchSort DefaultSort(string query) => query.Length == 0 ? SearchSort.Date : SearchSort.Relevance;

    /// <summary>A plan's page, by its path relative to the corpus.</summary>
    public static string Plan(string path) => "/plan" + Query(("path", path));

    /// <summary>A document's page, by key ("290-QĐ/TW@2010") or symbol.</summary>
    public static string Document(string keyOrSymbol) => "/document" + Query(("key", keyOrSymbol));

    /// <summary>The stale list, filtered.</summary>
    public static string Stale(string? province, int? year, string? verdict, string? format = null) =>
        (format == "csv" ? "/api/stale" : "/stale") + Query(("province", province), ("year", Year(year)), ("verdict", verdict), ("format", format));

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var builder = new QueryBuilder();
        foreach (var (name, value) in parameters)
        {
            if (value is not null)
            {
                builder.Add(name, value);
            }
        }

        return builder.ToString();
    }
}
