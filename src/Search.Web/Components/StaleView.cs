using DanVan.Queries;
using DanVan.Web.Features;

namespace DanVan.Web.Components;

/// <summary>The stale page: the filters, the findings they keep, and counts per verdict.</summary>
public sealed class StaleView(StaleFilter filter, GraphQueries queries, IReadOnlyList<ProvinceCount> provinces)
{
    public StaleFilter Filter { get; } = filter;

    /// <summary>Counts per verdict of the province and year, and the first findings of the verdict asked for.</summary>
    public StaleResult Result { get; } = filter.Findings(queries);

    public IReadOnlyList<StaleFinding> Shown => Result.Findings;

    /// <summary>Findings the filters keep that the page does not list (the CSV has them all).</summary>
    public int NotListed => Result.Matching - Result.Findings.Count;

    /// <summary>The provinces to filter by: every province with plans, by its name then and now.</summary>
    public IReadOnlyList<ProvinceCount> Provinces { get; } = provinces;

    /// <summary>True when the province asked for has no plan under either name (a typo, or a province not in the corpus).</summary>
    public bool UnknownProvince => Filter.Province is { } p && !Provinces.Any(x => x.Province == p || x.ProvinceNow == p);

    public int Count(StaleVerdict verdict) => Result.Count(verdict);

    public string Link(StaleVerdict? verdict) => Links.Stale(Filter.Province, Filter.Year, verdict is null ? null : StaleFeature.Verdict(verdict.Value));

    public string CsvLink => Links.Stale(Filter.Province, Filter.Year, Filter.Verdict is null ? null : StaleFeature.Verdict(Filter.Verdict.Value), "csv");

    public static string Css(StaleVerdict verdict) => verdict switch
    {
        StaleVerdict.Stale => "superseded",
        StaleVerdict.BeforeReplacement => "in-force",
        _ => "unknown",
    };
}
