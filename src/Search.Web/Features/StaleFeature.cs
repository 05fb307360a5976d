using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using DanVan.Queries;
using DanVan.Web.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features;

/// <summary>Plans citing superseded documents, with the verdict, filterable by province, year and verdict (/stale; /api/stale as JSON or CSV).</summary>
public static class StaleFeature
{
    /// <summary>Maps the routes.</summary>
    public static void MapStale(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/stale", ([AsParameters] StaleParameters p, KnowledgeBase kb) => Answers.Page(p.Province, () =>
            new RazorComponentResult<StalePage>(new { View = new StaleView(p.Read(), kb.Queries, kb.Provinces) }))).ExcludeFromDescription();

        app.MapGetAndHead("/api/stale", ([AsParameters] StaleParameters p, KnowledgeBase kb) => Answers.Api(() =>
        {
            var csv = Parameters.Csv(p.Format);
            var filter = p.Read();
            return csv
                ? Csv.File("trich-dan-loi-thoi.csv",
                    ["verdict", "plan", "planSymbol", "planDate", "planDateLowerBound", "province", "provinceNow", "cites", "status", "confidence", "replacedBy", "replacedOn", "mentions", "sentence"],
                    filter.All(kb.Queries).Select(f => (IReadOnlyList<string?>)[Verdict(f.Verdict), f.Plan.Path, f.Plan.Symbol, f.Plan.Date, f.Plan.DateLowerBound, f.Plan.Province,
                        f.Plan.ProvinceNow, f.Document.Key, f.Document.Status, f.Document.Confidence, string.Join(" ", f.Document.ReplacedBy.Select(r => r.Key)),
                        f.ReplacedOn, f.Mentions.ToString(CultureInfo.InvariantCulture), f.Sentence]))
                : TypedResults.Ok(filter.Findings(kb.Queries));
        }))
            .WithSummary("Plans citing a superseded document: stale (dated on or after the replacement took effect), beforeReplacement, or undetermined. "
                + "JSON counts every finding per verdict and lists the first 500 in order; CSV has every finding.")
            .Produces<StaleResult>(200, "application/json", "text/csv").ProducesProblem(400);
    }

    /// <summary>A verdict as the API writes it (camelCase, as in JSON).</summary>
    public static string Verdict(StaleVerdict verdict) => JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString());
}

/// <summary>The stale list's filters.</summary>
public sealed record StaleParameters(
    [property: FromQuery(Name = "province"), Description("Plans of this province, by its name before or after the 2025 merger.")] string? Province,
    [property: FromQuery(Name = "year"), Description("Plans of this year.")] string? Year,
    [property: FromQuery(Name = "verdict"), Description("stale, beforeReplacement or undetermined.")] string? Verdict,
    [property: FromQuery(Name = "format"), Description("json (default) or csv (API).")] string? Format)
{
    /// <summary>The filters, checked.</summary>
    public StaleFilter Read()
    {
        var verdict = Parameters.Text("verdict", Verdict, 40) is { } v
            ? Enum.GetValues<StaleVerdict>().Cast<StaleVerdict?>().FirstOrDefault(x => StaleFeature.Verdict(x!.Value).Equals(v, StringComparison.OrdinalIgnoreCase))
                ?? throw new BadParameterException("verdict", v, "cần stale, beforeReplacement hoặc undetermined", "expected stale, beforeReplacement or undetermined")
            : (StaleVerdict?)null;
        return new StaleFilter(Parameters.Text("province", Province, 100), Parameters.Year("year", Year), verdict);
    }
}

/// <summary>Checked stale filters.</summary>
public sealed record StaleFilter(string? Province, int? Year, StaleVerdict? Verdict)
{
    /// <summary>Counts per verdict of the province and year, and the first findings these filters keep.</summary>
    public StaleResult Findings(GraphQueries queries) => queries.Stale(province: Province, year: Year, verdict: Verdict);

    /// <summary>Every finding these filters keep, streamed (the CSV).</summary>
    public IEnumerable<StaleFinding> All(GraphQueries queries) => queries.AllStale(province: Province, year: Year, verdict: Verdict);
}
