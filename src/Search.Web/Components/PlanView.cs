using DanVan.Queries;

namespace DanVan.Web.Components;

/// <summary>A citation's standing as the plan page marks it.</summary>
public enum CitationStatus
{
    InForce,

    /// <summary>Superseded since, but in force on the plan's date.</summary>
    InForceThen,
    Superseded,
    Repealed,
    Unknown,
    Ambiguous,
}

/// <summary>The plan page: the plan, its text cut into plain runs and linked citations.</summary>
public sealed class PlanView(RefsResult plan, string? text)
{
    public RefsResult Plan { get; } = plan;

    /// <summary>The stored text; null when the search index lacks it (then only the list is shown).</summary>
    public string? Text { get; } = text;

    /// <summary>The text as runs: plain, or a citation (its number in the list).</summary>
    public IEnumerable<(string Text, int? Citation)> Runs() =>
        Text is null ? [] : Labels.Runs(Text, [.. Plan.Citations.Select(c => (c.Start, c.End))]);

    /// <summary>
    /// The documents the plan cites, each once, in order of first mention, with the numbers of its
    /// mentions in the text (a plan names 290-QĐ/TW four times: one row, four links).
    /// </summary>
    public IReadOnlyList<(PlanCitation First, IReadOnlyList<int> Mentions, IReadOnlyList<string> DatesWritten)> Documents() =>
        [.. Plan.Citations.Select((c, i) => (Citation: c, Index: i))
            .GroupBy(x => x.Citation.Key ?? "?" + (x.Citation.Symbol ?? x.Citation.Text), StringComparer.Ordinal)
            .Select(g => (g.First().Citation, (IReadOnlyList<int>)[.. g.Select(x => x.Index)],
                (IReadOnlyList<string>)[.. g.Select(x => x.Citation.Date).OfType<string>().Distinct(StringComparer.Ordinal)]))];

    /// <summary>
    /// How a citation stands, with the stale list's verdict for a superseded document (GraphQueries.Judge): a
    /// document replaced after the plan was issued was in force when the plan cited it (seed 003 of 24/3/2020
    /// citing 290-QĐ/TW, replaced from 30/7/2021). Ambiguous; or the registry's status; or unknown.
    /// </summary>
    public static CitationStatus Status(PlanCitation c) => c.State == "ambiguous" ? CitationStatus.Ambiguous : c.Registry?.Status switch
    {
        "in_force" => CitationStatus.InForce,
        "superseded" when c.Stale == StaleVerdict.BeforeReplacement => CitationStatus.InForceThen,
        "superseded" => CitationStatus.Superseded,
        "repealed" or "expired" => CitationStatus.Repealed,
        _ => CitationStatus.Unknown,
    };

    /// <summary>The CSS class of a status.</summary>
    public static string Css(CitationStatus status) => status switch
    {
        CitationStatus.InForce or CitationStatus.InForceThen => Labels.StatusCss("in_force"),
        CitationStatus.Superseded => Labels.StatusCss("superseded"),
        CitationStatus.Repealed => Labels.StatusCss("repealed"),
        CitationStatus.Ambiguous => "ambiguous",
        _ => Labels.StatusCss(null),
    };

    /// <summary>The status in words, with the replacement, the day it took effect and how sure the registry is of it.</summary>
    public static string Label(PlanCitation c)
    {
        var replacements = c.Registry?.ReplacedBy ?? [];
        var by = string.Join(", ", replacements.Select(r => Labels.Key(r.Key)));
        var from = ReplacedOn(c) is { } day ? $" từ {Labels.Date(day)}" : "";
        var hedge = replacements.Any(r => r.Confidence != "confirmed") ? $" ({Labels.Confidence(replacements.First(r => r.Confidence != "confirmed").Confidence)})" : "";
        return Status(c) switch
        {
            CitationStatus.Ambiguous => "Chưa xác định được văn bản (nhiều văn bản cùng số)",
            CitationStatus.Unknown when c.Registry is null => "Chưa có trong sổ đăng ký",
            CitationStatus.InForceThen => $"Còn hiệu lực khi ban hành kế hoạch; bị thay thế bởi {by}{from}{hedge}",
            CitationStatus.Superseded when by.Length > 0 && c.Stale == StaleVerdict.Undetermined =>
                $"Đã bị thay thế bởi {by}{from}{hedge}; không rõ kế hoạch ban hành trước hay sau ngày đó",
            CitationStatus.Superseded when by.Length > 0 => $"Đã bị thay thế bởi {by}{from}{hedge}",
            _ => Labels.Status(c.Registry?.Status),
        };
    }

    /// <summary>The day the earliest replacement took effect, when the registry knows it.</summary>
    private static string? ReplacedOn(PlanCitation c) =>
        c.Registry?.ReplacedBy.Select(r => r.EffectiveFrom).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Where a citation leads: its document, or for an ambiguous one the list of documents with that number.</summary>
    public static string Link(PlanCitation c) => Links.Document(c.Key ?? c.Symbol ?? c.Text);
}
