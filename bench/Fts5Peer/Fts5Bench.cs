using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DanVan.Cli;
using DanVan.Search;

namespace DanVan.Bench.Fts5;

/// <summary>What the peer prints (one JSON object with --json).</summary>
public sealed record Fts5Report(string Sqlite, string Tokenizer, string QuerySemantics, Fts5Build Build, int SampledPlans, KindTimes Queries,
    IReadOnlyList<DFoldingRow> DFolding, long ProbeUnaccentedHits, long ProbeWithDHits);

/// <summary>
/// The SQLite FTS5 peer of `danvan bench-query`: builds the FTS5 table over the corpus (timed), then
/// answers the text kinds of the same <see cref="QueryMix"/> (accented, unaccented, phrase; drawn
/// from the same sample with the same seed, so the very same queries), hot, and runs the đ/d check
/// against DanVan's index in <c>--data</c> when given. Each query is a COUNT of all matches plus the
/// top 10 by bm25 with a snippet, both timed together, as DanVan's total and first page are.
/// </summary>
public static class Fts5Bench
{
    /// <summary>How a query is put to FTS5, said in the report.</summary>
    public const string Semantics =
        "words: each a quoted token joined by AND (\"quản\" AND \"lý\"); phrase: an FTS5 phrase; per query: SELECT count(*) … MATCH q, then SELECT path, bm25, snippet … MATCH q ORDER BY bm25 LIMIT 10; no symbols, filters, facets, exact-spelling boost";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs the peer; <paramref name="database"/> null means a temporary file, deleted afterwards.</summary>
    public static int Run(string corpus, string? database, string? data, int queries, double kindSeconds, bool json, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(corpus))
        {
            error.WriteLine($"fts5: {corpus}: no such folder");
            return 1;
        }

        var file = database ?? Path.Combine(Path.GetTempPath(), "danvan-fts5-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        try
        {
            var texts = CorpusSample.Texts(CorpusSample.Paths(corpus, 200), error);
            var mix = QueryMix.Search(texts, queries).Where(q => QueryMix.TextKinds.Contains(q.Kind)).ToList();
            var (index, build) = Fts5Index.Create(file, corpus, error);
            using (index)
            {
                var times = KindTimes.Measure(
                    mix.Select(q => (q.Kind, Match: Fts5Query.From(q.Request.Query))).Where(q => q.Match is not null)
                        .Select(q => (q.Kind, q.Match!, (Func<long>)(() => Answer(index, q.Match!)))),
                    QueryMix.TextKinds, kindSeconds);
                using var danvan = data is null ? null : LuceneSearchIndex.OpenForReading(data);
                var rows = DFolding.Check(index, danvan);
                var (probeUnaccented, probeWithD) = DFolding.Probe();
                var report = new Fts5Report(index.SqliteVersion, "unicode61 remove_diacritics 2", Semantics, build, texts.Count, times, rows,
                    probeUnaccented, probeWithD);
                output.WriteLine(json ? JsonSerializer.Serialize(report, Json) : Line(report));
            }

            return build.Failed == 0 ? 0 : 1;
        }
        catch (DanVanException e)
        {
            error.WriteLine($"fts5: {e.Message}");
            return 2;
        }
        finally
        {
            if (database is null)
            {
                File.Delete(file);
            }
        }
    }

    private static long Answer(Fts5Index index, string match)
    {
        var total = index.Count(match);
        _ = index.Top(match);
        return total;
    }

    private static string Line(Fts5Report r)
    {
        var inv = CultureInfo.InvariantCulture;
        var b = r.Build;
        var q = r.Queries.Overall;
        var kinds = string.Join(", ", r.Queries.Kinds.Select(k => string.Create(inv, $"{k.Key} p50 {k.Value.P50}/p99 {k.Value.P99} ms, {k.Value.MeanResults} results")));
        var d = string.Join("; ", r.DFolding.Select(x => string.Create(inv,
            $"\"{x.Unaccented}\" fts5 {x.Fts5Unaccented} / danvan {x.DanVanUnaccented?.ToString(inv) ?? "–"} (\"{x.Accented}\" fts5 {x.Fts5Accented} / danvan {x.DanVanAccented?.ToString(inv) ?? "–"})")));
        return string.Create(inv,
            $"fts5 (SQLite {r.Sqlite}): built {b.Plans} plans, {b.Megabytes} MB in {b.Seconds} s ({b.Plans / Math.Max(0.001, b.Seconds):F0} plans/s, {b.Megabytes / Math.Max(0.001, b.Seconds):F2} MB/s), database {b.DatabaseMegabytes} MB; {q.Count} hot text queries: p50 {q.P50} ms, p90 {q.P90} ms, p99 {q.P99} ms, max {q.Max} ms ({kinds}); đ/d: {d}; probe \"Đảng ủy\": \"dang uy\" {r.ProbeUnaccentedHits}, \"đang uy\" {r.ProbeWithDHits}");
    }
}
