using DanVan.Graph;

namespace DanVan.Checking;

/// <summary>The date plans give a document the registry does not know: what most of them write, when most is clear.</summary>
internal static class PlanDates
{
    /// <summary>
    /// The date a clear majority of the citing plans give: at least two plans, and more than half of
    /// the plans that date it. Plans are counted once whatever how often they cite it; a plan that
    /// writes two dates counts for both.
    /// </summary>
    public static (string Date, int Agreeing, int OutOf)? Consensus(IEnumerable<CitationRecord> citations)
    {
        var perPlan = citations.Where(c => c.Date is not null)
            .GroupBy(c => c.Plan, StringComparer.Ordinal)
            .Select(g => g.Select(c => c.Date!).Distinct(StringComparer.Ordinal).ToList())
            .ToList();
        var top = perPlan.SelectMany(dates => dates)
            .GroupBy(date => date, StringComparer.Ordinal)
            .Select(g => (Date: g.Key, Plans: g.Count()))
            .OrderByDescending(x => x.Plans).ThenBy(x => x.Date, StringComparer.Ordinal)
            .FirstOrDefault();
        return top.Date is not null && top.Plans >= 2 && top.Plans * 2 > perPlan.Count ? (top.Date, top.Plans, perPlan.Count) : null;
    }
}
