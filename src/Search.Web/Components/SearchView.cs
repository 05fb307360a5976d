using System.Globalization;
using DanVan.Search;

namespace DanVan.Web.Components;

/// <summary>What the search page shows: the request, its answer, and the links that change one thing at a time.</summary>
public sealed class SearchView(SearchRequest request, SearchResult result)
{
    private static readonly string[] FacetOrder = ["province", "year", "type", "agency", "cites", "superseded"];

    public SearchRequest Request { get; } = request;

    public SearchResult Result { get; } = result;

    /// <summary>True before anything is asked: the page shows every plan, newest first, as a start.</summary>
    public bool Browsing => Request.Query.Length == 0;

    /// <summary>Why the answer differs from the question, in Vietnamese.</summary>
    public string? Notice => Result.Notice switch
    {
        SearchNotice.NothingToSearch => "Câu tìm không có từ nào để tìm; đang hiển thị mọi kế hoạch.",
        SearchNotice.QueryShortened => $"Câu tìm quá dài; chỉ {LuceneSearchIndex.MaxQueryLength} ký tự đầu được dùng.",
        SearchNotice.CursorReset => "Liên kết phân trang đã cũ (chỉ mục đã thay đổi); đang hiển thị trang đầu.",
        _ when Result.Hits.Count == 0 && Result.Total > 0 && Pages < LuceneSearchIndex.MaxResults / Request.PageSize =>
            $"Trang {Request.Page} không có kết quả: chỉ có {Labels.Count(Pages)} trang.",
        SearchNotice.PageBeyondLimit => $"Chỉ xem được {Labels.Count(LuceneSearchIndex.MaxResults)} kết quả đầu; hãy thu hẹp tìm kiếm.",
        _ => null,
    };

    public int First => ((Request.Page - 1) * Request.PageSize) + 1;

    public int Last => First + Result.Hits.Count - 1;

    /// <summary>Pages of results that can be listed: a sampled best-first list has only the sample's plans.</summary>
    public int Pages => (int)Math.Ceiling(Math.Min(Result.Listed ?? Result.Total, LuceneSearchIndex.MaxResults) / (double)Request.PageSize);

    /// <summary>The number of results as read: "khoảng 985.000" when it is estimated from a sample.</summary>
    public string TotalLabel => Result.Estimated ? $"khoảng {Labels.Count(Rounded(Result.Total))}" : Labels.Count(Result.Total);

    /// <summary>A facet count as read: "≈ 12.800" when estimated.</summary>
    public string CountLabel(int count) => Result.Estimated ? $"≈ {Labels.Count(Rounded(count))}" : Labels.Count(count);

    /// <summary>What an estimate means for this list, or null when the answer is exact.</summary>
    public string? EstimateNote => !Result.Estimated ? null : Request.Sort == SearchSort.Date
        ? $"Rất nhiều kế hoạch khớp: số lượng và các con số bên phải được ước tính từ một mẫu ngẫu nhiên (1/{Labels.Count(Result.SampledOneIn)} số kế hoạch). Danh sách mới nhất vẫn đầy đủ."
        : $"Rất nhiều kế hoạch khớp: số lượng và các con số bên phải được ước tính từ một mẫu ngẫu nhiên (1/{Labels.Count(Result.SampledOneIn)} số kế hoạch), và thứ tự phù hợp nhất được xếp trong mẫu đó ({Labels.Count(Result.Listed ?? 0)} kế hoạch). Thêm từ hoặc bộ lọc để có kết quả đầy đủ, hoặc xếp theo mới nhất.";

    /// <summary>An estimate to three significant digits: the digits after those are noise.</summary>
    private static int Rounded(int n)
    {
        var unit = n < 1000 ? 1 : (int)Math.Pow(10, Math.Floor(Math.Log10(n)) - 2);
        return (int)Math.Round(n / (double)unit) * unit;
    }

    public string? Previous => Request.Page > 1 ? Links.Search(Request with { Page = Request.Page - 1 }) : null;

    public string? Next => Request.Page < Pages ? Links.Search(Request with { Page = Request.Page + 1 }) : null;

    /// <summary>A few page numbers around the current one, with links.</summary>
    public IEnumerable<(int Page, string Link)> Around() =>
        Enumerable.Range(Math.Max(1, Request.Page - 3), Math.Max(0, Math.Min(Pages, Request.Page + 3) - Math.Max(1, Request.Page - 3) + 1))
            .Select(p => (p, Links.Search(Request with { Page = p })));

    public string Sorted(SearchSort sort) => Links.Search(Request with { Sort = sort, Page = 1 });

    /// <summary>The facets with values, in the order the page shows them.</summary>
    public IEnumerable<(string Name, IReadOnlyList<FacetValue> Values)> Facets() =>
        FacetOrder.Where(f => Result.Facets.TryGetValue(f, out var v) && v.Count > 0).Select(f => (f, Result.Facets[f]));

    /// <summary>A facet value as read: a document key as "114-KL/TW (2015)", the superseded flag as words.</summary>
    public static string ValueLabel(string facet, string value) => facet switch
    {
        "cites" => Labels.Key(value),
        "superseded" => value == "1" ? "Có trích dẫn văn bản đã bị thay thế" : "Không",
        _ => value,
    };

    /// <summary>True when the facet value is the filter in use.</summary>
    public bool Active(string facet, string value) => facet switch
    {
        "province" => Request.Province == value,
        "year" => Request.YearFrom?.ToString(CultureInfo.InvariantCulture) == value && Request.YearTo == Request.YearFrom,
        "type" => Request.Type == value,
        "agency" => Request.Agency == value,
        "cites" => Request.Cites == value,
        "superseded" => Request.SupersededOnly && value == "1",
        _ => false,
    };

    /// <summary>The search filtered by a facet value, or with that filter removed when it is in use.</summary>
    public string Toggle(string facet, string value)
    {
        var on = !Active(facet, value);
        var year = on && int.TryParse(value, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var next = facet switch
        {
            "province" => Request with { Province = on ? value : null },
            "year" => Request with { YearFrom = year, YearTo = year },
            "type" => Request with { Type = on ? value : null },
            "agency" => Request with { Agency = on ? value : null },
            "cites" => Request with { Cites = on ? value : null },
            "superseded" => Request with { SupersededOnly = on && value == "1" },
            _ => Request,
        };
        return Links.Search(next with { Page = 1 });
    }

    /// <summary>The filters in use, each with the link that removes it.</summary>
    public IEnumerable<(string Label, string Remove)> Filters()
    {
        var r = Request with { Page = 1 };
        if (r.Province is not null)
        {
            yield return ($"Tỉnh: {r.Province}", Links.Search(r with { Province = null }));
        }

        if (r.YearFrom is not null || r.YearTo is not null)
        {
            var years = r.YearFrom == r.YearTo ? $"{r.YearFrom}" : $"{r.YearFrom?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{r.YearTo?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
            yield return ($"Năm: {years}", Links.Search(r with { YearFrom = null, YearTo = null }));
        }

        if (r.Type is not null)
        {
            yield return ($"Loại: {r.Type}", Links.Search(r with { Type = null }));
        }

        if (r.Agency is not null)
        {
            yield return ($"Cơ quan: {r.Agency}", Links.Search(r with { Agency = null }));
        }

        if (r.Cites is not null)
        {
            yield return ($"Trích dẫn: {(r.Cites.Contains('@') ? Labels.Key(r.Cites) : r.Cites)}", Links.Search(r with { Cites = null }));
        }

        if (r.SupersededOnly)
        {
            yield return ("Trích dẫn văn bản đã bị thay thế", Links.Search(r with { SupersededOnly = false }));
        }
    }
}
