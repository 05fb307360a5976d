using System.Diagnostics;

namespace DanVan.Cli;

/// <summary>
/// Latencies per kind of query and overall, the kinds whose time ran out before every query was timed, and the
/// <see cref="SlowestKept"/> slowest queries (the tail a p99 is made of, by name).
/// </summary>
public sealed record KindTimes(Latencies Overall, IReadOnlyDictionary<string, Latencies> Kinds, IReadOnlyList<string> CutShort, IReadOnlyList<SlowQuery> Slowest)
{
    /// <summary>How many of the slowest queries are reported.</summary>
    public const int SlowestKept = 10;

    /// <summary>
    /// Per kind, in <paramref name="kinds"/> order: each query once untimed (hot), then each timed on this thread, until
    /// the kind's <paramref name="kindSeconds"/> run out. Used by `danvan bench-query` and by the SQLite FTS5 peer alike.
    /// </summary>
    public static KindTimes Measure(IEnumerable<(string Kind, string Query, Func<long> Run)> queries, IReadOnlyList<string> kinds, double kindSeconds)
    {
        var byKind = queries.ToLookup(q => q.Kind);
        var all = new List<double>();
        long allResults = 0;
        var report = new Dictionary<string, Latencies>(StringComparer.Ordinal);
        var cut = new List<string>();
        var slowest = new List<SlowQuery>();
        foreach (var kind in kinds)
        {
            var list = byKind[kind].ToList();
            var clock = Stopwatch.StartNew();
            var warmed = 0;
            foreach (var (_, _, run) in list)
            {
                run();
                warmed++;
                if (clock.Elapsed.TotalSeconds > kindSeconds / 2)
                {
                    break;
                }
            }

            var times = new List<double>(warmed);
            long results = 0;
            foreach (var (_, query, run) in list.Take(warmed))
            {
                var start = Stopwatch.GetTimestamp();
                results += run();
                var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                times.Add(milliseconds);
                slowest.Add(new SlowQuery(kind, query, Math.Round(milliseconds, 3)));
                if (slowest.Count > SlowestKept * 2)
                {
                    slowest = [.. slowest.OrderByDescending(q => q.Milliseconds).Take(SlowestKept)];
                }

                if (clock.Elapsed.TotalSeconds > kindSeconds)
                {
                    break;
                }
            }

            if (times.Count < list.Count)
            {
                cut.Add(kind);
            }

            report[kind] = Latencies.Of(times, results);
            all.AddRange(times);
            allResults += results;
        }

        return new KindTimes(Latencies.Of(all, allResults), report, cut, [.. slowest.OrderByDescending(q => q.Milliseconds).Take(SlowestKept)]);
    }
}

/// <summary>One timed query: its kind, what it asked ("\"quy chế dân\" years 2018-2020") and how long it took.</summary>
public sealed record SlowQuery(string Kind, string Query, double Milliseconds);
