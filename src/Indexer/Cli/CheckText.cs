using DanVan.Checking;

namespace DanVan.Cli;

/// <summary>The `check` report in English: one block per reference, then "N references, M need attention".</summary>
internal static class CheckText
{
    public static void Write(CheckReport report, TextWriter o)
    {
        o.WriteLine(report.DraftDated ? $"draft dated {report.DraftDate}; references judged at that date" : $"draft not dated; references judged at today's date, {report.DraftDate}");
        foreach (var r in report.References)
        {
            o.WriteLine();
            o.WriteLine($"{r.Line}:{r.Column}  {Citations.Scan.Collapse(r.Text)}{(r.Key is null ? "" : $"  [{r.Key}]")}");
            if (r.Findings.Count == 0)
            {
                o.WriteLine($"  ok{(r.Registry is { } f ? $" (registry: {f.Status}{Later(f)}; {f.Confidence})" : "")}");
            }

            foreach (var finding in r.Findings)
            {
                o.WriteLine($"  {Sentence(r, finding, report.PlansConsulted)}");
            }
        }

        o.WriteLine();
        o.WriteLine($"{report.References.Count} reference{(report.References.Count == 1 ? "" : "s")}, {report.NeedAttention} need{(report.NeedAttention == 1 ? "s" : "")} attention");
    }

    /// <summary>A superseded document cited before its replacement took effect: say when, so "ok" is not read as "in force".</summary>
    private static string Later(Queries.Facts f) =>
        f.ReplacedBy.Count == 0 ? "" : $", replaced by {string.Join(", ", f.ReplacedBy.Select(r => $"{r.Key} from {r.EffectiveFrom}"))}, after the draft's date";

    private static string Sentence(CheckedReference r, CheckFinding f, bool plansConsulted)
    {
        var confidence = f.Confidence is null ? "" : $"; {f.Confidence}";
        return f.Kind switch
        {
            CheckVerdict.Superseded => $"SUPERSEDED by {f.Expected} ({f.Detail}{confidence})",
            CheckVerdict.Repealed => $"REPEALED: {f.Detail}, no replacement ({f.Confidence})",
            CheckVerdict.DateDiffersFromRegistry => $"DATE {r.Date} differs from the registry: {f.Expected} ({f.Confidence})",
            CheckVerdict.DateDiffersFromPlans => $"DATE {r.Date} differs from what plans give: {f.Expected} ({f.Detail})",
            CheckVerdict.IssuerDiffers => $"ISSUER \"{r.Issuer}\" differs: {f.Expected} ({f.Detail}{confidence})",
            CheckVerdict.TypeWordDisagrees => $"TYPE WORD \"{r.TypeWord}\" does not fit {r.OfficialSymbol}: {f.Expected}{(f.Detail is null ? "" : $" ({f.Detail})")}",
            CheckVerdict.Malformed => $"MALFORMED symbol; officially {f.Expected}",
            CheckVerdict.Ambiguous => $"AMBIGUOUS: {string.Join(" or ", r.Candidates)}; give its date",
            _ => $"UNKNOWN: not in the registry{(plansConsulted ? " nor cited by any plan" : "")}{(f.Expected is null ? "" : $"; known in another year: {f.Expected}")}",
        };
    }
}
