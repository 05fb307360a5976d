using System.Globalization;
using DanVan.Queries;
using DanVan.Resolution;

namespace DanVan.Web.Components;

/// <summary>
/// The Vietnamese words the pages show for the domain's values: statuses, confidence, verdicts,
/// facets, dates and document keys ("114-KL/TW@2015" → "114-KL/TW (2015)").
/// </summary>
public static class Labels
{
    /// <summary>A registry status.</summary>
    public static string Status(string? status) => status switch
    {
        "in_force" => "Còn hiệu lực",
        "superseded" => "Đã bị thay thế",
        "repealed" => "Đã bị bãi bỏ",
        "expired" => "Hết hiệu lực",
        _ => "Chưa rõ hiệu lực",
    };

    /// <summary>The CSS class that colours a registry status (the same colours as the plan page's citations).</summary>
    public static string StatusCss(string? status) => status switch
    {
        "in_force" => "in-force",
        "superseded" => "superseded",
        "repealed" or "expired" => "repealed",
        _ => "unknown",
    };

    /// <summary>Cuts <paramref name="text"/> into plain runs and marked spans (index into <paramref name="spans"/>); overlapping or out-of-range spans are left unmarked.</summary>
    public static IEnumerable<(string Text, int? Span)> Runs(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        var at = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            if (start < at || end > text.Length || end <= start)
            {
                continue;
            }

            yield return (text[at..start], null);
            yield return (text[start..end], i);
            at = end;
        }

        yield return (text[at..], null);
    }

    /// <summary>How sure the registry is of a fact: never show a "likely" fact as certain.</summary>
    public static string Confidence(string? confidence) => confidence switch
    {
        "confirmed" => "đã xác minh",
        "likely" => "có khả năng, chưa xác minh đầy đủ",
        _ => "chưa xác minh",
    };

    /// <summary>A stale verdict.</summary>
    public static string Verdict(StaleVerdict verdict) => verdict switch
    {
        StaleVerdict.Stale => "Lỗi thời: trích dẫn sau khi văn bản đã bị thay thế",
        StaleVerdict.BeforeReplacement => "Đúng thời điểm: ban hành trước khi văn bản bị thay thế",
        _ => "Chưa xác định: không rõ ngày ban hành kế hoạch",
    };

    /// <summary>A stale verdict's short name (badges, filters).</summary>
    public static string VerdictShort(StaleVerdict verdict) => verdict switch
    {
        StaleVerdict.Stale => "Lỗi thời",
        StaleVerdict.BeforeReplacement => "Trước khi bị thay thế",
        _ => "Chưa xác định",
    };

    /// <summary>A facet's heading.</summary>
    public static string Facet(string facet) => facet switch
    {
        "province" => "Tỉnh, thành phố",
        "year" => "Năm",
        "type" => "Loại văn bản",
        "agency" => "Cơ quan ban hành",
        "cites" => "Văn bản được trích dẫn",
        "superseded" => "Trích dẫn văn bản đã bị thay thế",
        _ => facet,
    };

    /// <summary>A document key as people read it: "114-KL/TW (2015)", "13/CT-UBND (2017, Gia Lai)", a named law by its name.</summary>
    public static string Key(string key)
    {
        if (key.StartsWith('~'))
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? key[1..colon] + " (nêu theo tên)" : key;
        }

        var (symbol, year, province) = DocumentKey.Parse(key);
        var when = year?.ToString(CultureInfo.InvariantCulture) ?? "không rõ năm";
        return province is null ? $"{symbol} ({when})" : $"{symbol} ({when}, {province})";
    }

    /// <summary>An ISO date as Vietnamese write it: "2016-05-16" → "16/05/2016".</summary>
    public static string Date(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : iso ?? "không rõ ngày";

    /// <summary>A plan's date, or its lower bound said as such.</summary>
    public static string PlanDate(PlanRef plan) => PlanDate(plan.Date, plan.DateLowerBound);

    /// <summary>A date, or for an undated plan its lower bound said as such: "không ghi ngày (sau 16/04/2021)".</summary>
    public static string PlanDate(string? date, string? lowerBound) => date is not null ? Date(date)
        : lowerBound is not null ? $"không ghi ngày (sau {Date(lowerBound)})" : "không ghi ngày";

    /// <summary>A province with its name after the 2025 merger when that differs: "Trà Vinh (nay Vĩnh Long)".</summary>
    public static string Province(string? province, string? now) => province is null ? "không rõ tỉnh"
        : now is null || now == province ? province : $"{province} (nay {now})";

    /// <summary>A size in megabytes as Vietnamese write it: "10 MB", "0,25 MB".</summary>
    public static string Megabytes(long bytes) => $"{(bytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"))} MB";

    /// <summary>A number with Vietnamese digit grouping: 12.345.</summary>
    public static string Count(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
}
