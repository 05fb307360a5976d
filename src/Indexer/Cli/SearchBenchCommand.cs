using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DanVan.Citations;
using DanVan.Ingest;
using DanVan.Pipeline;
using DanVan.Places;
using DanVan.Search;
using DanVan.Text;

namespace DanVan.Cli;

/// <summary>
/// `danvan bench-search`: builds a synthetic corpus of <c>--plans</c> plans from the real ones (each a
/// copy with another province, another number and its body paragraphs rotated), indexes it with the
/// real pipeline, and reports the search index's size per MB of text and the latency of
/// <c>--queries</c> mixed queries, hot (every query run once before timing), on one thread.
/// Synthetic plans repeat the real plans' vocabulary, so the figures are for this corpus's kind of text,
/// not for a real corpus of that size.
/// </summary>
public static partial class SearchBenchCommand
{
    /// <summary>Runs the benchmark; the synthetic corpus and its index are deleted afterwards unless <paramref name="keep"/>.</summary>
    public static int Run(string corpus, int plans, int queries, string? work, bool keep, bool json, TextWriter output, TextWriter error)
    {
        var sources = ReadPlans(corpus, error);
        if (sources.Count == 0)
        {
            error.WriteLine($"danvan: {corpus}: no readable .txt plans");
            return 1;
        }

        if (work is not null && Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any())
        {
            // The folder is deleted afterwards: never one that holds something already.
            error.WriteLine($"danvan: {work}: the work folder must be new or empty");
            return 2;
        }

        var folder = work ?? Path.Combine(Path.GetTempPath(), "danvan-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var synthetic = Path.Combine(folder, "corpus");
        var data = Path.Combine(folder, "data");
        try
        {
            Generate(sources, corpus, synthetic, plans);
            var clock = Stopwatch.StartNew();
            IndexSummary summary;
            using (var stores = DataStores.OpenForIndexing(data))
            {
                summary = new IndexingPipeline(synthetic, stores.Graph, stores.Search, NoProgress.Instance).Run();
            }

            var indexSeconds = clock.Elapsed.TotalSeconds;
            var textMb = summary.Bytes / 1_000_000.0;
            var searchMb = FolderBytes(Path.Combine(data, "search")) / 1_000_000.0;
            var graphMb = FolderBytes(data) / 1_000_000.0 - searchMb;

            var mix = QueryMix(sources, queries);
            var latencies = new List<double>(mix.Count);
            long found = 0;
            using (var stores = DataStores.OpenForSearch(data))
            {
                foreach (var request in mix)
                {
                    stores.Search.Search(request); // hot: every query once before it is timed
                }

                foreach (var request in mix)
                {
                    var start = Stopwatch.GetTimestamp();
                    found += stores.Search.Search(request).Total;
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            latencies.Sort();
            var report = new
            {
                plans = summary.Added,
                failed = summary.Failed,
                textMegabytes = Math.Round(textMb, 1),
                indexSeconds = Math.Round(indexSeconds, 1),
                searchIndexMegabytes = Math.Round(searchMb, 1),
                searchIndexPerTextMegabyte = Math.Round(searchMb / textMb, 2),
                graphMegabytes = Math.Round(graphMb, 1),
                queries = latencies.Count,
                p50Milliseconds = Math.Round(Percentile(latencies, 0.50), 2),
                p90Milliseconds = Math.Round(Percentile(latencies, 0.90), 2),
                p99Milliseconds = Math.Round(Percentile(latencies, 0.99), 2),
                maxMilliseconds = Math.Round(latencies[^1], 2),
                meanResults = Math.Round(found / (double)latencies.Count, 1),
            };
            output.WriteLine(json
                ? JsonSerializer.Serialize(report, CliJson.OneLine)
                : string.Create(CultureInfo.InvariantCulture,
                    $"{report.plans} synthetic plans, {report.textMegabytes} MB of text, indexed in {report.indexSeconds} s; search index {report.searchIndexMegabytes} MB ({report.searchIndexPerTextMegabyte} MB per MB of text), graph {report.graphMegabytes} MB; {report.queries} hot queries on one thread: p50 {report.p50Milliseconds} ms, p90 {report.p90Milliseconds} ms, p99 {report.p99Milliseconds} ms, max {report.maxMilliseconds} ms; {report.meanResults} results per query on average"));
            return summary.Failed == 0 ? 0 : 1;
        }
        catch (DanVanException e)
        {
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }
        finally
        {
            if (!keep && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static List<string> ReadPlans(string corpus, TextWriter error)
    {
        var texts = new List<string>();
        if (!Directory.Exists(corpus))
        {
            return texts;
        }

        foreach (var file in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                texts.Add(TextNormalizer.Normalize(DocumentReader.Read(file).Text).Text);
            }
            catch (DanVanException e)
            {
                error.WriteLine($"danvan: skipped {e.Message}");
            }
        }

        return texts;
    }

    /// <summary>Writes the synthetic plans, 1,000 to a folder, and the real registry beside them.</summary>
    private static void Generate(List<string> sources, string corpus, string target, int plans)
    {
        var random = new Random(20261122);
        for (var i = 0; i < plans; i++)
        {
            var text = sources[i % sources.Count];
            var province = Gazetteer.Provinces[random.Next(Gazetteer.Provinces.Count)];
            text = Gazetteer.Provinces.Where(text.Contains).Aggregate(text, (t, p) => t.Replace(p, province, StringComparison.Ordinal));
            text = OwnNumber().Replace(text, m => m.Groups[1].Value + random.Next(1, 2000).ToString(CultureInfo.InvariantCulture), 1);
            text = RotateBody(text, random);
            var path = Path.Combine(target, (i / 1000).ToString("D3", CultureInfo.InvariantCulture), i.ToString("D6", CultureInfo.InvariantCulture) + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var registry = Path.Combine(corpus, "registry");
        if (Directory.Exists(registry))
        {
            Directory.CreateDirectory(Path.Combine(target, "registry"));
            foreach (var file in Directory.EnumerateFiles(registry))
            {
                File.Copy(file, Path.Combine(target, "registry", Path.GetFileName(file)));
            }
        }
    }

    /// <summary>Keeps the header (the first 12 lines) and rotates the paragraphs after it.</summary>
    private static string RotateBody(string text, Random random)
    {
        var lines = text.Split('\n');
        if (lines.Length < 20)
        {
            return text;
        }

        var body = lines[12..];
        var shift = random.Next(body.Length);
        return string.Join('\n', lines[..12].Concat(body[shift..]).Concat(body[..shift]));
    }

    /// <summary>
    /// A deterministic mix, ten kinds in turn: accented words, the same unaccented, a cited symbol,
    /// "chi thi 16"-style type and number, a quoted phrase, a province name, words filtered by province
    /// and years, words sorted by date among plans citing a superseded document, words and a symbol,
    /// and a third page.
    /// </summary>
    private static List<SearchRequest> QueryMix(List<string> sources, int count)
    {
        var random = new Random(7);
        var words = sources.Select(t => Word().Matches(t).Select(m => m.Value).Where(w => w.Length >= 3).ToArray()).Where(w => w.Length > 3).ToArray();
        var citations = sources.SelectMany(t => CitationExtractor.Extract(t).Citations).Where(c => c.Symbol is not null && c.Parsed is not null).ToArray();
        string Words(int n)
        {
            var doc = words[random.Next(words.Length)];
            var at = random.Next(doc.Length - n);
            return string.Join(' ', doc[at..(at + n)]).ToLowerInvariant();
        }

        var mix = new List<SearchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var citation = citations[random.Next(citations.Length)];
            var province = Gazetteer.Provinces[random.Next(Gazetteer.Provinces.Count)];
            mix.Add((i % 10) switch
            {
                0 => new SearchRequest(Words(2)),
                1 => new SearchRequest(Folding.Fold(Words(2))),
                2 => new SearchRequest(citation.Symbol!),
                3 => new SearchRequest(Folding.Fold(citation.Type.ToLowerInvariant()) + " " + citation.Parsed!.Number),
                4 => new SearchRequest("\"" + Words(3) + "\""),
                5 => new SearchRequest(province),
                6 => new SearchRequest(Words(1), Province: province, YearFrom: 2015, YearTo: 2022),
                7 => new SearchRequest(Folding.Fold(Words(1)), SupersededOnly: true, Sort: SearchSort.Date),
                8 => new SearchRequest(Words(1) + " " + citation.Symbol),
                _ => new SearchRequest(Words(2), Page: 3),
            });
        }

        return mix;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    [GeneratedRegex(@"(Số\s*:?\s*)\d+(?=\s*/)")]
    private static partial Regex OwnNumber();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
