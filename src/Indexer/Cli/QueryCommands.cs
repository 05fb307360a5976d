using System.Text.Json;
using DanVan.Graph;
using DanVan.Queries;

namespace DanVan.Cli;

/// <summary>`cites`, `refs`, `doc`, `stale`, `provinces`: the graph's questions, as tables or JSON.</summary>
public static class QueryCommands
{
    /// <summary>Runs one query against the graph in <paramref name="data"/>; 2 when it cannot be answered.</summary>
    public static int Run<T>(string data, bool json, TextWriter output, TextWriter error, Func<GraphQueries, T> query, Action<T, TextWriter> table)
    {
        if (!File.Exists(Path.Combine(data, LiteDbCitationGraph.FileName)))
        {
            error.WriteLine($"danvan: {data}: no citation graph here yet; run `danvan index --data {data}` first");
            return 2;
        }

        try
        {
            using var graph = LiteDbCitationGraph.Open(data);
            var result = query(GraphQueries.Over(graph));
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(result, CliJson.Indented));
            }
            else
            {
                table(result, output);
            }

            return 0;
        }
        catch (Exception e) when (e is QueryException or DanVanException)
        {
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }
    }

    /// <summary>The `cites` table: documents, then plans by province and year with the sentence of each citation.</summary>
    public static void Cites(CitesResult r, TextWriter o)
    {
        o.WriteLine($"{r.Symbol}{(r.Year is null ? "" : $" of {r.Year}")}{(r.Province is null ? "" : $" in {r.Province}")}");
        foreach (var d in r.Documents)
        {
            o.WriteLine($"  registry: {Describe(d)}");
        }

        var plans = r.Groups.Sum(g => g.Plans);
        o.WriteLine($"  cited by {plans} plan(s)");
        WriteGroups(r.Groups, o);
        if (r.Ambiguous.Count > 0)
        {
            o.WriteLine($"  {r.Ambiguous.Count} undated mention(s) that may mean it (ambiguous):");
            foreach (var m in r.Ambiguous)
            {
                o.WriteLine($"    {m.Plan.Path}: {m.Sentence}");
            }
        }
    }

    /// <summary>The `refs` table: each citation with where it led and its status.</summary>
    public static void Refs(RefsResult r, TextWriter o)
    {
        o.WriteLine($"{r.Plan.Path}  {r.Plan.Symbol ?? "(no number)"}  {r.Plan.Title}");
        o.WriteLine($"  {Province(r.Plan.Province, r.Plan.ProvinceNow)}, {r.Plan.Date ?? (r.Plan.DateLowerBound is null ? "undated" : $"undated, after {r.Plan.DateLowerBound}")}; {r.Citations.Count} citation(s)");
        foreach (var c in r.Citations)
        {
            var status = c.State switch
            {
                "ambiguous" => $"ambiguous: {string.Join(" or ", c.Candidates)}",
                "undated" => "year unknown",
                "named" => "named, no symbol",
                _ => c.Registry is null ? "not in the registry" : StatusOf(c.Registry),
            };
            o.WriteLine($"  {c.Start,6}  {c.Type,-14} {c.Key ?? c.Symbol ?? Flat(c.Text),-28} {status}");
        }
    }

    /// <summary>The `doc` table: registry facts, replacements, citing plans, variants seen.</summary>
    public static void Doc(DocResult r, TextWriter o)
    {
        o.WriteLine(r.Key);
        if (r.Registry is { } f)
        {
            o.WriteLine($"  {f.Type} {f.Symbol}, {f.Date ?? "date unknown"}, {f.Issuer}");
            o.WriteLine($"  {f.Title}");
            o.WriteLine($"  status: {StatusOf(f)}");
            o.WriteLine($"  source: {f.Source}");
            foreach (var rep in f.Replaces)
            {
                o.WriteLine($"  replaces {rep}");
            }
        }
        else
        {
            o.WriteLine("  not in the registry: known from the corpus only");
        }

        foreach (var p in r.PlansWithThisNumber)
        {
            o.WriteLine($"  is the plan {p.Path}: {p.Title}");
        }

        o.WriteLine($"  date as cited: {Variants(r.Dates)}{(r.Registry?.Date is { } registered ? $" (registry: {registered})" : "")}");
        o.WriteLine($"  issuer as cited: {Variants(r.Issuers)}");
        o.WriteLine($"  cited by {r.CitedBy.Sum(g => g.Plans)} plan(s)");
        WriteGroups(r.CitedBy, o);
        if (r.MaybeCitedBy.Count > 0)
        {
            o.WriteLine($"  and maybe by {r.MaybeCitedBy.Count} undated mention(s) that could mean another document of the same number");
        }
    }

    /// <summary>The `stale` table: one line per plan and superseded document, with the verdict.</summary>
    public static void Stale(StaleResult result, TextWriter o)
    {
        o.WriteLine($"{result.Total} plan citation(s) of superseded documents: {result.Count(StaleVerdict.Stale)} stale, "
            + $"{result.Count(StaleVerdict.BeforeReplacement)} before replacement, {result.Count(StaleVerdict.Undetermined)} undetermined");
        foreach (var f in result.Findings)
        {
            var verdict = f.Verdict switch
            {
                StaleVerdict.Stale => "STALE",
                StaleVerdict.BeforeReplacement => "before replacement",
                _ => "undetermined",
            };
            var when = f.Plan.Date ?? (f.Plan.DateLowerBound is null ? "undated" : $"undated, after {f.Plan.DateLowerBound}");
            var by = string.Join(", ", f.Document.ReplacedBy.Select(r => $"{r.Key} from {r.EffectiveFrom}"));
            o.WriteLine($"  {verdict,-19} {f.Plan.Path} ({when}, {Province(f.Plan.Province, f.Plan.ProvinceNow)}) cites {f.Document.Key} ×{f.Mentions}; replaced by {by} ({f.Document.Confidence}; source {ShortSource(f.Document.Source)})");
        }

        if (result.Findings.Count < result.Matching)
        {
            o.WriteLine($"  (the first {result.Findings.Count} listed; --all lists every one)");
        }
    }

    /// <summary>The `provinces` table.</summary>
    public static void Provinces(IReadOnlyList<ProvinceCount> counts, TextWriter o)
    {
        foreach (var p in counts)
        {
            o.WriteLine($"  {p.Plans,5}  {Province(p.Province, p.ProvinceNow)}");
        }
    }

    private static void WriteGroups(IReadOnlyList<CitingGroup> groups, TextWriter o)
    {
        foreach (var g in groups)
        {
            var unlisted = g.Plans - g.Mentions.Select(m => m.Plan.Path).Distinct(StringComparer.Ordinal).Count();
            o.WriteLine($"  {Province(g.Province, g.ProvinceNow)}, {g.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "year unknown"}: {g.Plans} plan(s)"
                + (unlisted > 0 ? $", {unlisted} not listed" : "") + ":");
            foreach (var m in g.Mentions)
            {
                o.WriteLine($"    {m.Plan.Path} ({m.Plan.Symbol ?? "no number"}): {m.Sentence}");
            }
        }
    }

    private static string Describe(Facts f) => $"{f.Key} {f.Type}, {f.Date}: {StatusOf(f)}";

    private static string StatusOf(Facts f)
    {
        var replaced = f.ReplacedBy.Count == 0 ? "" : $", replaced by {string.Join(", ", f.ReplacedBy.Select(r => $"{r.Key} from {r.EffectiveFrom}"))}";
        return $"{f.Status}{replaced} ({f.Confidence}; source {ShortSource(f.Source)})";
    }

    /// <summary>The first source's site ("thuvienphapluat.vn"), enough to show where a status comes from in a table.</summary>
    private static string ShortSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "none given";
        }

        var first = source.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries)[0];
        return Uri.TryCreate(first, UriKind.Absolute, out var uri) ? uri.Host : first.Length > 40 ? first[..40] + "…" : first;
    }

    private static string Province(string? then, string? now) =>
        then is null ? "province unknown" : then == now || now is null ? then : $"{then} (now {now})";

    private static string Variants(IReadOnlyList<Variant> variants) =>
        variants.Count == 0 ? "-" : string.Join(", ", variants.Select(v => $"{v.Value} ×{v.Count}"));

    private static string Flat(string text) => Citations.Scan.Collapse(text);
}
