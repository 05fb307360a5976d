using DanVan.Queries;

namespace DanVan.Web.Components;

/// <summary>A citation's standing as the plan page marks it.</summary>
public enum CitationStatus
{
    InForce,
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
    public IEnumerable<(string Text, int? Citation)> Runs()
    {
        if (Text is null)
        {
            yield break;
        }

        var at = 0;
        for (var i = 0; i < Plan.Citations.Count; i++)
        {
            var c = Plan.Citations[i];
            if (c.Start < at || c.End > Text.Length || c.End <= c.Start)
            {
                continue; // overlapping or out of the text: listed below, not marked
            }

            yield return (Text[at..c.Start], null);
            yield return (Text[c.Start..c.End], i);
            at = c.End;
        }

        yield return (Text[at..], null);
    }

    /// <summary>How a citation stands: ambiguous; or the registry's status; or unknown when the registry has no facts.</summary>
    public static CitationStatus Status(PlanCitation c) => c.State == "ambiguous" ? CitationStatus.Ambiguous : c.Registry?.Status switch
    {
        "in_force" => CitationStatus.InForce,
        "superseded" => CitationStatus.Superseded,
        "repealed" or "expired" => CitationStatus.Repealed,
        _ => CitationStatus.Unknown,
    };

    /// <summary>The CSS class of a status.</summary>
    public static string Css(CitationStatus status) => status switch
    {
        CitationStatus.InForce => "in-force",
        CitationStatus.Superseded => "superseded",
        CitationStatus.Repealed => "repealed",
        CitationStatus.Ambiguous => "ambiguous",
        _ => "unknown",
    };

    /// <summary>The status in words.</summary>
    public static string Label(PlanCitation c) => Status(c) switch
    {
        CitationStatus.Ambiguous => "Chưa xác định được văn bản (nhiều văn bản cùng số)",
        CitationStatus.Unknown when c.Registry is null => "Chưa có trong sổ đăng ký",
        var s => Labels.Status(c.Registry?.Status) + (s == CitationStatus.Superseded && c.Registry!.ReplacedBy.Count > 0
            ? " bởi " + string.Join(", ", c.Registry.ReplacedBy.Select(r => Labels.Key(r.Key))) : ""),
    };

    /// <summary>Where a citation leads: its document, or for an ambiguous one the list of documents with that number.</summary>
    public static string Link(PlanCitation c) => Links.Document(c.Key ?? c.Symbol ?? c.Text);
}
