using System.Diagnostics;

namespace DanVan.Cli;

/// <summary>Latencies per kind of query and overall, and the kinds whose time ran out before every query was timed.</summary>
public sealed record KindTimes(Latencies Overall, IReadOnlyDictionary<string, Latencies> Kinds, IReadOnlyList<string> CutShort)
{
    /// <summary>
    /// Per kind, in <paramref name="kinds"/> order: each query once untimed (hot), then each timed on this thread, until
    /// the kind's <paramref name="kindSeconds"/> run out. Used by `danvan bench-query` and by the SQLite FTS5 peer alike.
    /// </summary>
    public static KindTimes Measure(IEnumerable<(string Kind, Func<long> Run)> queries, IReadOnlyList<string> kinds, double kindSeconds)
    {
        var byKind = queries.ToLookup(q => q.Kind);
        var all = new List<double>();
        long allResults = 0;
        var report = new Dictionary<string, Latencies>(StringComparer.Ordinal);
        var cut = new List<string>();
        foreach (var kind in kinds)
        {
            var list = byKind[kind].ToList();
            var clock = Stopwatch.StartNew();
            var warmed = 0;
            foreach (var (_, run) in list)
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
            foreach (var (_, run) in list.Take(warmed))
            {
                var start = Stopwatch.GetTimestamp();
                results += run();
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
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

        return new KindTimes(Latencies.Of(all, allResults), report, cut);
    }
}
