using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DanVan.Ingest;

namespace DanVan.Cli;

/// <summary>
/// `danvan bench-ingest [FOLDER...] [--seconds S]`: how fast the ingestion step turns files into text,
/// per format — MB/s of file bytes, files/s, and pages/s for PDF — reading each format's files from
/// memory over and over for at least S seconds after one warm-up pass (disk time left out).
/// </summary>
public static class IngestBenchCommand
{
    /// <summary>One format's throughput.</summary>
    public sealed record FormatRate(string Format, int Files, double Megabytes, int Pages, double MegabytesPerSecond, double FilesPerSecond, double? PagesPerSecond);

    /// <summary>Runs the benchmark and prints a line per format (or JSON).</summary>
    public static int Run(IReadOnlyList<string> folders, double seconds, bool json, TextWriter output, TextWriter error)
    {
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"danvan: {folder}: no such folder");
                return 2;
            }

            files.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(DocumentReader.Supports)
                .Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))));
        }

        var rates = new List<FormatRate>();
        foreach (var group in files.Select(f => (f.Path, f.Bytes, Document: TryRead(f.Path, f.Bytes, error))).Where(f => f.Document is not null)
            .GroupBy(f => f.Document!.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var inputs = group.ToList();
            var pages = inputs.Sum(f => Math.Max(f.Document!.PageStarts.Count, 0));
            var clock = Stopwatch.StartNew();
            long rounds = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                foreach (var (path, bytes, _) in inputs)
                {
                    DocumentReader.FromBytes(path, bytes);
                }

                rounds++;
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            var megabytes = inputs.Sum(f => f.Bytes.LongLength) / 1_000_000.0;
            rates.Add(new FormatRate(group.Key, inputs.Count, megabytes, pages, megabytes * rounds / elapsed, inputs.Count * rounds / elapsed,
                pages > 0 ? pages * rounds / elapsed : null));
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(rates, CliJson.OneLine));
            return 0;
        }

        foreach (var r in rates)
        {
            var perPage = r.PagesPerSecond is { } p ? string.Create(CultureInfo.InvariantCulture, $", {p:F0} pages/s ({r.Pages} pages)") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Format,-18} {r.Files,3} files {r.Megabytes,7:F3} MB: {r.MegabytesPerSecond,7:F2} MB/s, {r.FilesPerSecond,7:F1} files/s{perPage}"));
        }

        return 0;
    }

    private static RawDocument? TryRead(string path, byte[] bytes, TextWriter error)
    {
        try
        {
            return DocumentReader.FromBytes(path, bytes); // also the warm-up pass
        }
        catch (DanVanException e)
        {
            error.WriteLine($"danvan: skipped {e.Message}");
            return null;
        }
    }
}
