using LiteDB;

namespace DanVan.Graph;

/// <summary>The graph's writes: each one transaction that also brings the document nodes and the pending work up to date.</summary>
public sealed partial class LiteDbCitationGraph
{
    private const string AllSymbols = "*";
    private const int ReresolvedPerTransaction = 2_000;
    private const int CompletedPerTransaction = 2_000;

    /// <inheritdoc/>
    public bool Dirty => pendingSymbols.Count() > 0 || pendingSearch.Count() > 0 || SearchPendingAll;

    /// <inheritdoc/>
    public long Generation => state.FindById("state")?.Generation ?? 0;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<PlanRecord> written, IReadOnlyList<CitationRecord> edges, IReadOnlyList<string> removed, long generation,
        IReadOnlySet<string>? stored = null, Action? beforeCommit = null)
    {
        InTransaction(() =>
        {
            var tally = new DocumentTally();
            var counts = new Dictionary<string, FindingCount>(StringComparer.Ordinal);
            var inProvinces = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in written.Select(p => p.Id).Where(id => stored?.Contains(id) ?? true).Concat(removed))
            {
                if (plans.FindById(id) is not { } before)
                {
                    continue;
                }

                ProvincePlans.Add(inProvinces, before.Province, -1);
                RemoveFindings(id, counts);
                var old = CitationsOf(before);
                tally.Cite(old, -1);
                tally.Own(before, -1);
                foreach (var c in old)
                {
                    citations.Delete(c.Id);
                    undated.Delete(c.Id);
                    ambiguous.Delete(c.Id);
                }
            }

            foreach (var id in removed)
            {
                plans.Delete(id);
            }

            // Citations first: each plan keeps where its row of Ids starts.
            citations.InsertBulk(edges);
            undated.InsertBulk(edges.Where(c => c.Inferred && c.Symbol is not null).Select(UndatedRow.Of));
            ambiguous.InsertBulk(edges.Where(c => c.Key is null && c.Symbol is not null).Select(AmbiguousRow.Of));
            var first = edges.GroupBy(c => c.Plan, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(c => c.Id), StringComparer.Ordinal);
            foreach (var plan in written)
            {
                plan.FirstCitation = first.GetValueOrDefault(plan.Id);
                tally.Own(plan, +1);
                ProvincePlans.Add(inProvinces, plan.Province, +1);
            }

            CountPlans(inProvinces);

            plans.Upsert(written);
            foreach (var ofPlan in edges.GroupBy(c => c.Plan, StringComparer.Ordinal))
            {
                tally.Cite(ofPlan, +1);
                AddFindings(FindingsOf(ofPlan), counts);
            }

            ApplyCounts(counts);
            var moved = tally.Apply(key => documents.FindById(key), node => documents.Upsert(node), key => documents.Delete(key));

            // Undated citations of these symbols may now resolve to another document: the run's end looks again.
            pendingSymbols.Upsert(moved.Select(s => new PendingRecord { Id = s }));
            UpdateState(st => st.Generation = generation);
        }, beforeCommit);
    }

    /// <summary>Adds each province's change in plans to its count (a count reaching 0 is let go).</summary>
    private void CountPlans(Dictionary<string, int> changes)
    {
        foreach (var (province, change) in changes.Where(c => c.Value != 0))
        {
            var plansThere = (planCounts.FindById(province)?.Plans ?? 0) + change;
            if (plansThere > 0)
            {
                planCounts.Upsert(new ProvincePlans { Id = province, Plans = plansThere });
            }
            else
            {
                planCounts.Delete(province);
            }
        }
    }

    /// <inheritdoc/>
    public int CountPlansOnce(Action? starting = null)
    {
        if (state.FindById("state") is not { } st || st.PlanCounts >= PlanCounts)
        {
            return 0;
        }

        starting?.Invoke();
        var perProvince = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var province in plans.Query().Select(p => p.Province).ToEnumerable())
        {
            ProvincePlans.Add(perProvince, province, +1);
        }

        InTransaction(() =>
        {
            planCounts.DeleteAll();
            planCounts.InsertBulk(perProvince.Select(p => new ProvincePlans { Id = p.Key, Plans = p.Value }));
            UpdateState(s => s.PlanCounts = PlanCounts);
        });
        return perProvince.Values.Sum();
    }

    /// <inheritdoc/>
    public void Touch(IReadOnlyList<PlanRecord> touched) => InTransaction(() => plans.Upsert(touched));

    /// <inheritdoc/>
    public int Reresolve(Func<UndatedRow, (string? Key, string State, string[] Candidates)> resolve, Func<string, bool>? settled = null)
    {
        var changedPlans = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var symbols = pendingSymbols.Query().Limit(500).ToList().Select(p => p.Id).ToList();
            if (symbols.Count == 0)
            {
                return changedPlans.Count;
            }

            // The citations to look at, as numbers; then looked at in transactions of a few thousand, so a popular symbol
            // never holds a hundred thousand changed records in one transaction. A killed run leaves the symbols pending.
            var ids = (symbols.Contains(AllSymbols) ? undated.FindAll() : symbols.Where(s => settled?.Invoke(s) != true).SelectMany(symbol => undated.Find(Equal(nameof(UndatedRow.Symbol), symbol))))
                .Select(r => r.Id).Order().ToList(); // in the order they were written: neighbours share pages of the file
            foreach (var part in ids.Chunk(ReresolvedPerTransaction))
            {
                InTransaction(() => ReresolvePart(part, resolve, changedPlans));
            }

            InTransaction(() => pendingSymbols.DeleteMany(Query.In("_id", symbols.Select(s => new BsonValue(s)))));
        }
    }

    private void ReresolvePart(long[] ids, Func<UndatedRow, (string? Key, string State, string[] Candidates)> resolve, HashSet<string> changedPlans)
    {
        var rows = ids.Chunk(100).SelectMany(chunk => undated.Find(BsonExpression.Create("$._id IN @0", Numbers(chunk)))).ToDictionary(r => r.Id);

        // Rows written before they carried the resolution take it from their citations, once.
        var rewrite = rows.Values.Where(r => r.State is null).Select(r => r.Id).ToHashSet();
        foreach (var c in rewrite.Order().Chunk(100).SelectMany(CitationsWithIds).ToList())
        {
            rows[c.Id] = UndatedRow.Of(c);
        }

        var answers = new Dictionary<long, (string? Key, string State, string[] Candidates)>();
        foreach (var row in rows.Values)
        {
            var (key, status, candidates) = resolve(row);
            if (key != row.Key || status != row.State || !candidates.SequenceEqual(row.Candidates))
            {
                answers[row.Id] = (key, status, candidates);
                (row.Key, row.State, row.Candidates) = (key, status, candidates);
                rewrite.Add(row.Id);
            }
        }

        undated.Update(rewrite.Select(id => rows[id]));
        if (answers.Count == 0)
        {
            return;
        }

        // Only the citations whose answer changed are read: they are changed in place (the plan's "before" below reads its own).
        var updates = new Dictionary<long, CitationRecord>();
        foreach (var citation in answers.Keys.Order().Chunk(100).SelectMany(CitationsWithIds))
        {
            (citation.Key, citation.State, citation.Candidates) = answers[citation.Id];
            updates[citation.Id] = citation;
        }

        var tally = new DocumentTally();
        var counts = new Dictionary<string, FindingCount>(StringComparer.Ordinal);
        foreach (var plan in updates.Values.Select(c => c.Plan).Distinct(StringComparer.Ordinal))
        {
            var before = plans.FindById(plan) is { } record ? CitationsOf(record) : [];
            var after = before.Select(c => updates.GetValueOrDefault(c.Id, c)).ToList();
            tally.Cite(before, -1);
            tally.Cite(after, +1);
            RemoveFindings(plan, counts);
            AddFindings(FindingsOf(after), counts);
            changedPlans.Add(plan);

            // The search fields hold the documents cited (and whether superseded): an ambiguous mention gaining a candidate leaves them.
            if (!KeysOf(before).SetEquals(KeysOf(after)))
            {
                pendingSearch.Upsert(new PendingRecord { Id = plan });
            }
        }

        citations.Update(updates.Values);
        foreach (var c in updates.Values)
        {
            // Filed as ambiguous while it names several documents.
            ambiguous.Delete(c.Id);
            if (c.Key is null && c.Symbol is not null)
            {
                ambiguous.Insert(AmbiguousRow.Of(c));
            }
        }

        ApplyCounts(counts);

        // Moving undated citations never makes or unmakes a candidate (only dated ones, plans and the registry do).
        tally.Apply(key => documents.FindById(key), node => documents.Upsert(node), key => documents.Delete(key));
    }

    private static HashSet<string> KeysOf(IEnumerable<CitationRecord> citations) =>
        citations.Select(c => c.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IEnumerable<string> SearchPendingPlans() => pendingSearch.Query().Select(p => p.Id).ToEnumerable();

    /// <inheritdoc/>
    public bool SearchPendingAll => state.FindById("state")?.SearchPendingAll ?? false;

    /// <inheritdoc/>
    public void SearchCaughtUp(IReadOnlyList<string> plans, long generation) => InTransaction(() =>
    {
        pendingSearch.DeleteMany(Query.In("_id", plans.Select(p => new BsonValue(p))));
        UpdateState(st => st.Generation = generation);
    });

    /// <inheritdoc/>
    public void AllSearchCaughtUp(long generation) => InTransaction(() =>
    {
        pendingSearch.DeleteAll();
        UpdateState(st =>
        {
            st.SearchPendingAll = false;
            st.Generation = generation;
        });
    });

    /// <inheritdoc/>
    public void StoreRegistry(RegistrySnapshot snapshot, IReadOnlyList<(string Key, DocumentFacts Facts)> entries) => InTransaction(() =>
    {
        registry.Upsert(snapshot);
        var keys = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in documents.Find(Equal(nameof(DocumentRecord.Kind), "registry")).Where(d => !keys.Contains(d.Id)).ToList())
        {
            gone.Registered = null;
            if (gone.Citations <= 0 && gone.Plans <= 0)
            {
                documents.Delete(gone.Id);
            }
            else
            {
                documents.Upsert(DocumentTally.Settle(gone));
            }
        }

        foreach (var (key, facts) in entries)
        {
            var node = documents.FindById(key) ?? DocumentTally.New(key);
            node.Registered = facts;
            documents.Upsert(DocumentTally.Settle(node));
        }

        // Every undated citation may resolve elsewhere, every plan's superseded flags and findings may change (none before a first plan).
        superseded = null;
        if (plans.Count() > 0)
        {
            pendingSymbols.Upsert(new PendingRecord { Id = AllSymbols });
            UpdateState(st => (st.SearchPendingAll, st.FindingsPendingAll) = (true, true));
        }
    });

    /// <inheritdoc/>
    public void ResolveAgainIfOlder() => InTransaction(() =>
    {
        if (state.FindById("state") is { } st && st.Resolution < Resolution)
        {
            if (plans.Count() > 0)
            {
                pendingSymbols.Upsert(new PendingRecord { Id = AllSymbols });
            }

            UpdateState(s => s.Resolution = Resolution);
        }
    });

    /// <inheritdoc/>
    public int CompleteAmbiguousRows(Action? starting = null)
    {
        if (state.FindById("state") is not { } st || st.AmbiguousRows >= AmbiguousRows)
        {
            return 0;
        }

        starting?.Invoke();
        // In Id order from where the last transaction stopped: the rows read once, whatever their number.
        var (completed, after) = (0, long.MinValue);
        while (true)
        {
            var older = ambiguous.Query().Where(BsonExpression.Create("$._id > @0", after)).OrderBy(r => r.Id).Limit(CompletedPerTransaction).ToList();
            if (older.Count == 0)
            {
                break;
            }

            after = older[^1].Id;
            var ids = older.Where(r => !r.Complete).Select(r => r.Id).ToList();
            if (ids.Count > 0)
            {
                InTransaction(() => completed += ambiguous.Update(CitationsWithIds(ids).Select(AmbiguousRow.Of)));
            }
        }

        InTransaction(() => UpdateState(s => s.AmbiguousRows = AmbiguousRows));
        return completed;
    }

    /// <inheritdoc/>
    public void Reset() => InTransaction(() =>
    {
        superseded = null;
        foreach (var name in database.GetCollectionNames().ToList())
        {
            database.GetCollection(name).DeleteAll();
        }

        state.Upsert(FreshState());
    });

    /// <summary>The state of a new or emptied graph: every layout and rule of this version.</summary>
    private static StateRecord FreshState() => new() { Schema = Schema, Resolution = Resolution, AmbiguousRows = AmbiguousRows, PlanCounts = PlanCounts };

    private void UpdateState(Action<StateRecord> change)
    {
        var st = state.FindById("state") ?? FreshState();
        change(st);
        state.Upsert(st);
    }
}
