using System.Globalization;
using System.Text.Json;
using DanVan.Pipeline;
using DanVan.Search;

namespace DanVan.Cli;

/// <summary>`danvan search QUERY [filters]`: plans by their text, with or without diacritics, or by the symbols they cite.</summary>
public static class SearchCommand
{
    /// <summary>Runs a search; 2 when it cannot (no index), 0 otherwise (no result is not an error).</summary>
    public static int Run(SearchRequest request, string data, bool json, TextWriter output, TextWriter error)
    {
        SearchResult result;
        try
        {
            using var stores = DataStores.OpenForSearch(data);
            result = stores.Search.Search(request);
        }
        catch (DanVanException e)
        {
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(result, CliJson.Indented));
            return 0;
        }

        if (result.Message is not null)
        {
            output.WriteLine($"({result.Message})");
        }

        var first = (Math.Max(1, request.Page) - 1) * request.PageSize;
        var shown = result.Hits.Count == 0 ? "" : request.Cursor is null ? $", {first + 1}–{first + result.Hits.Count} shown" : $", {result.Hits.Count} shown after the cursor";
        output.WriteLine(result.Estimated
            ? $"about {result.Total} plan(s){shown} (counts estimated from a random sample of 1 in {result.SampledOneIn}{(request.Sort == SearchSort.Date ? "; the newest-first list is complete" : $"; best-first among the sample's {result.Listed}")})"
            : $"{result.Total} plan(s){shown}");
        foreach (var hit in result.Hits)
        {
            var province = hit.Province is null ? "province unknown" : hit.Province == hit.ProvinceNow || hit.ProvinceNow is null ? hit.Province : $"{hit.Province} (now {hit.ProvinceNow})";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Path}  {hit.Symbol ?? "(no number)"}  {hit.Date ?? (hit.DateLowerBound is null ? "undated" : $"undated, after {hit.DateLowerBound}")}  {province}  score {hit.Score:F2}"));
            if (hit.Title is not null)
            {
                output.WriteLine($"  {hit.Title}");
            }

            output.WriteLine("  " + string.Concat(hit.Snippet.Select(p => p.Match ? $"[{p.Text}]" : p.Text)));
        }

        foreach (var (facet, values) in result.Facets.Where(f => f.Value.Count > 0))
        {
            output.WriteLine($"{facet}: {string.Join(", ", values.Take(8).Select(v => $"{v.Value} ({v.Count})"))}");
        }

        if (result.NextCursor is not null)
        {
            output.WriteLine($"next page: --cursor {result.NextCursor}");
        }

        return 0;
    }
}
