using System.Globalization;
using DanVan.Queries;
using LiteDB;

namespace DanVan.Graph;

/// <summary>
/// The stale findings: one row per plan and superseded document it cites, made when the plan's citations are
/// written or re-resolved, all made again when the registry changes; counted per verdict, province and year.
/// </summary>
public sealed partial class LiteDbCitationGraph
{
    private const char Separator = '\u001f';
    private const int FindingsPerTransaction = 2_000;
    private Dictionary<string, DocumentFacts>? superseded;

    // The counts as last read (a few thousand rows, 10 µs each: most of a `stale` query at 1M); every write transaction
    // forgets them. Only this instance writes while it is open: the data folder's lock keeps other writers out.
    private List<FindingCount>? countsRead;

    // Document nodes as last read, for answers: a directive cited by 600,000 plans has a node of a thousand places and
    // variants, read and allocated anew by every `cites` (most of its time at 1M, in garbage collection). Shared with
    // the callers, who only read them; forgotten by every write, and all at once past this many.
    private const int MaxNodesRead = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DocumentRecord?> nodesRead = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IEnumerable<FindingCount> FindingCounts() => countsRead ??= findingCounts.FindAll().ToList();

    /// <inheritdoc/>
    public IEnumerable<FindingRecord> Findings(string from, string to) =>
        findings.Find(Between(nameof(FindingRecord.Order), from, to)).Where(f => string.CompareOrdinal(f.Order, to) < 0);

    /// <inheritdoc/>
    /// <remarks>Counted by LiteDB on the order's index, no finding built in .NET (whether LiteDB still reads each record was not
    /// measured: 3.13 s became 2.75 s at 1M); the bound itself is left out.</remarks>
    public int CountFindings(string from, string to) =>
        findings.Count(Between(nameof(FindingRecord.Order), from, to)) - findings.Count(Equal(nameof(FindingRecord.Order), to));

    /// <inheritdoc/>
    public bool FindingsPendingAll => state.FindById("state")?.FindingsPendingAll ?? false;

    /// <summary>The prefix of the findings of one verdict and province, in <see cref="FindingRecord.Order"/>.</summary>
    public static string FindingPrefix(StaleVerdict verdict, string? province) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)verdict}{Separator}{province}{Separator}");

    /// <inheritdoc/>
    public void RebuildFindings()
    {
        InTransaction(() =>
        {
            findings.DeleteAll();
            findingCounts.DeleteAll();
        });

        // The plans citing a superseded document (their ids only: a document cited by half a million plans is not held
        // as records), then plan by plan, a few thousand a transaction; a killed run leaves the flag, and the next starts again.
        var citing = new SortedSet<string>(Superseded().Keys.SelectMany(key => CitationsTo(key).Select(c => c.Plan)), StringComparer.Ordinal);
        foreach (var part in citing.Chunk(FindingsPerTransaction))
        {
            InTransaction(() =>
            {
                var counts = new Dictionary<string, FindingCount>(StringComparer.Ordinal);
                foreach (var plan in part)
                {
                    AddFindings(FindingsOf(plans.FindById(plan) is { } record ? CitationsOf(record) : []), counts);
                }

                ApplyCounts(counts);
            });
        }

        InTransaction(() => UpdateState(st => st.FindingsPendingAll = false));
    }

    /// <summary>Removes a plan's findings, counting them off.</summary>
    private void RemoveFindings(string plan, Dictionary<string, FindingCount> counts)
    {
        // One range of the primary key (Query.And of two bounds would scan the collection).
        foreach (var old in findings.Find(Between("_id", plan + Separator, plan + (char)(Separator + 1))).ToList())
        {
            Count(counts, old, -1);
            findings.Delete(old.Id);
        }
    }

    private void AddFindings(IEnumerable<FindingRecord> made, Dictionary<string, FindingCount> counts)
    {
        foreach (var finding in made)
        {
            findings.Upsert(finding);
            Count(counts, finding, +1);
        }
    }

    /// <summary>The findings of one plan's citations: one per superseded key it cites.</summary>
    private IEnumerable<FindingRecord> FindingsOf(IEnumerable<CitationRecord> planCitations)
    {
        var facts = Superseded();
        foreach (var mentions in planCitations.Where(c => c.Key is not null && facts.ContainsKey(c.Key)).GroupBy(c => c.Key!, StringComparer.Ordinal))
        {
            var first = mentions.MinBy(c => c.Start)!;
            var verdict = GraphQueries.Judge(Day(first.PlanDate), Day(first.PlanDateLowerBound), Day(facts[mentions.Key].ReplacedOn));
            yield return new FindingRecord
            {
                Id = first.Plan + Separator + mentions.Key,
                Order = FindingPrefix(verdict, first.PlanProvince) + (first.PlanDate ?? first.PlanDateLowerBound) + Separator + first.Plan + Separator + mentions.Key,
                Key = mentions.Key,
                Plan = first.Plan,
                Verdict = (int)verdict,
                Mentions = mentions.Count(),
                Sentence = first.Sentence,
                PlanSymbol = first.PlanSymbol,
                PlanTitle = first.PlanTitle,
                PlanProvince = first.PlanProvince,
                PlanDate = first.PlanDate,
                PlanDateLowerBound = first.PlanDateLowerBound,
                PlanYear = first.PlanYear,
            };
        }
    }

    private static void Count(Dictionary<string, FindingCount> counts, FindingRecord finding, int sign)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{finding.Verdict}{Separator}{finding.PlanProvince}{Separator}{finding.PlanYear}");
        if (!counts.TryGetValue(id, out var count))
        {
            counts[id] = count = new FindingCount { Id = id, Verdict = finding.Verdict, Province = finding.PlanProvince, Year = finding.PlanYear };
        }

        count.Count += sign;
    }

    private void ApplyCounts(Dictionary<string, FindingCount> counts)
    {
        foreach (var change in counts.Values.Where(c => c.Count != 0))
        {
            var row = findingCounts.FindById(change.Id) ?? new FindingCount { Id = change.Id, Verdict = change.Verdict, Province = change.Province, Year = change.Year };
            row.Count += change.Count;
            if (row.Count > 0)
            {
                findingCounts.Upsert(row);
            }
            else
            {
                findingCounts.Delete(row.Id);
            }
        }
    }

    /// <summary>The registry's superseded documents and their facts, read from their nodes once (again after the registry changes).</summary>
    private Dictionary<string, DocumentFacts> Superseded() =>
        superseded ??= documents.Find(Equal(nameof(DocumentRecord.Kind), "registry")).Where(d => d.Registered is { Superseded: true })
            .ToDictionary(d => d.Id, d => d.Registered!, StringComparer.Ordinal);

    private static DateOnly? Day(string? date) => date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
