using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVan.Citations;

namespace DanVan.Cli;

/// <summary>
/// `danvan bench`: extraction throughput over at least <c>--mb</c> megabytes of plan text (the corpus
/// repeated), on one thread or on all cores, as MB/s of UTF-8 input: the median of the warm runs and
/// the first run, which includes the JIT's warm-up.
/// </summary>
public static class BenchCommand
{
    /// <summary>Runs the benchmark and prints one summary line (or JSON).</summary>
    /// <param name="files">Read only this many plans, a fixed sample (<see cref="CorpusSample"/>), so a corpus of a million files is not held in memory; 0 reads all.</param>
    public static int Run(string corpus, int megabytes, int threads, int runs, bool json, TextWriter output, TextWriter error, int files = 0)
    {
        if (!Directory.Exists(corpus))
        {
            error.WriteLine($"danvan: {corpus}: no such folder");
            return 1;
        }

        IEnumerable<string> paths = files > 0
            ? CorpusSample.Paths(corpus, files)
            : Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        var texts = CorpusSample.Texts(paths, error, normalize: false);

        if (texts.Count == 0)
        {
            error.WriteLine($"danvan: {corpus}: no readable .txt plans");
            return 1;
        }

        var sizes = texts.Select(t => (long)Encoding.UTF8.GetByteCount(t)).ToArray();
        var documents = new List<string>();
        long bytes = 0;
        for (var i = 0; bytes < megabytes * 1_000_000L; i++)
        {
            documents.Add(texts[i % texts.Count]);
            bytes += sizes[i % texts.Count];
        }

        var workers = threads <= 0 ? Environment.ProcessorCount : threads;
        long citations = 0;
        var times = new List<double>();
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            citations = 0;
            var clock = Stopwatch.StartNew();
            if (workers == 1)
            {
                foreach (var text in documents)
                {
                    citations += CitationExtractor.Extract(text).Citations.Count;
                }
            }
            else
            {
                Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = workers },
                    () => 0L, (text, _, count) => count + CitationExtractor.Extract(text).Citations.Count,
                    count => Interlocked.Add(ref citations, count));
            }

            times.Add(clock.Elapsed.TotalSeconds);
        }

        // The first pass includes the JIT compiling and re-optimizing the hot paths; the others are what a
        // long-running indexer sees. Both are reported.
        var cold = bytes / 1_000_000.0 / times[0];
        var warm = times.Count > 1 ? times.Skip(1).Order().ToList() : times;
        var seconds = warm[warm.Count / 2];
        var rate = bytes / 1_000_000.0 / seconds;
        var inv = CultureInfo.InvariantCulture;
        if (json)
        {
            output.WriteLine(string.Create(inv,
                $$"""{"megabytes": {{bytes / 1_000_000.0:F1}}, "documents": {{documents.Count}}, "citations": {{citations}}, "threads": {{workers}}, "runs": {{times.Count}}, "medianSeconds": {{seconds:F3}}, "mbPerSecond": {{rate:F1}}, "coldMbPerSecond": {{cold:F1}}}"""));
        }
        else
        {
            output.WriteLine(string.Create(inv,
                $"extraction: {bytes / 1_000_000.0:F1} MB ({documents.Count} plans, {citations} citations) on {workers} thread(s): {rate:F1} MB/s warm (median of {warm.Count} runs, {seconds:F2} s); first run with JIT warm-up {cold:F1} MB/s"));
        }

        return 0;
    }
}
