using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DanVan.Graph;
using DanVan.Pipeline;
using Spectre.Console;

namespace DanVan.Cli;

/// <summary>
/// `danvan index [CORPUS_DIR] [--data DIR] [--json]`: incremental indexing with a progress bar on a
/// terminal (files, MB, MB/s, ETA), plain lines otherwise, and a one-line summary (or a JSON object).
/// </summary>
public static class IndexCommand
{
    /// <summary>The data folder used when none is given.</summary>
    public const string DefaultData = "data";

    /// <summary>Runs one index; exit 0 when every file was indexed, 1 when some failed, 2 when the run could not start.</summary>
    public static int Run(string corpus, string data, bool json, TextWriter output, TextWriter error, int batch = Batch.DefaultPlans)
    {
        IndexSummary summary;
        try
        {
            using var stores = DataStores.OpenForIndexing(data);
            summary = Console.IsErrorRedirected || error != Console.Error
                ? new IndexingPipeline(corpus, stores.Graph, stores.Search, new PlainProgress(error)) { BatchPlans = batch }.Run()
                : WithProgressBar(corpus, stores, batch);
        }
        catch (DanVanException e)
        {
            error.WriteLine($"danvan: {e.Message}");
            return 2;
        }

        if (summary.RegistryProblem is not null)
        {
            error.WriteLine($"danvan: {summary.RegistryProblem}");
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                added = summary.Added,
                changed = summary.Changed,
                removed = summary.Removed,
                unchanged = summary.Unchanged,
                failed = summary.Failed,
                citations = summary.Citations,
                reresolved = summary.Reresolved,
                megabytes = Math.Round(summary.Bytes / 1_000_000.0, 3),
                seconds = Math.Round(summary.Seconds, 3),
                registryProblem = summary.RegistryProblem,
                failures = summary.Failures.Select(f => new { path = f.Path, reason = f.Reason }),
            }, CliJson.OneLine));
        }
        else
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indexed {corpus} into {data}: {summary.Added} added, {summary.Changed} changed, {summary.Removed} removed, {summary.Unchanged} unchanged, {summary.Failed} failed; {summary.Citations} citations, {summary.Bytes / 1_000_000.0:F1} MB in {summary.Seconds:F1} s"));
        }

        return summary.Failed == 0 ? 0 : 1;
    }

    private static IndexSummary WithProgressBar(string corpus, DataStores stores, int batch)
    {
        IndexSummary? summary = null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("indexing");
                summary = new IndexingPipeline(corpus, stores.Graph, stores.Search, new BarProgress(task, console)) { BatchPlans = batch }.Run();
            });
        return summary!;
    }

    /// <summary>The bar: files done, MB read and MB/s in its description; ETA from Spectre.</summary>
    private sealed class BarProgress(ProgressTask task, IAnsiConsole console) : IIndexProgress
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private int files, done;
        private long total, bytes;

        public void Begin(int fileCount, long byteCount)
        {
            (files, total) = (fileCount, byteCount);
            task.MaxValue = Math.Max(1, byteCount);
            clock.Restart();
        }

        public void Step(string what) => console.MarkupLineInterpolated($"[grey]{what}[/]");

        public void Advance(string path, long size)
        {
            done++;
            bytes += size;
            task.Value = bytes;
            var seconds = Math.Max(0.001, clock.Elapsed.TotalSeconds);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"{done}/{files} files, {bytes / 1e6:F1}/{total / 1e6:F1} MB, {bytes / 1e6 / seconds:F1} MB/s");
        }

        public void Failed(IndexFailure failure) => console.MarkupLineInterpolated($"[yellow]skipped[/] {failure.Path}: {failure.Reason}");
    }

    /// <summary>Plain lines when not on a terminal: one every two seconds, and every failure.</summary>
    private sealed class PlainProgress(TextWriter error) : IIndexProgress
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan last;
        private int files, done;
        private long total, bytes;

        public void Begin(int fileCount, long byteCount)
        {
            (files, total) = (fileCount, byteCount);
            clock.Restart();
        }

        public void Step(string what) => error.WriteLine($"danvan: {what}");

        public void Advance(string path, long size)
        {
            done++;
            bytes += size;
            if (clock.Elapsed - last < TimeSpan.FromSeconds(2) && done < files)
            {
                return;
            }

            last = clock.Elapsed;
            var rate = bytes / 1e6 / Math.Max(0.001, clock.Elapsed.TotalSeconds);
            var eta = rate > 0 ? TimeSpan.FromSeconds((total - bytes) / 1e6 / rate) : TimeSpan.Zero;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"danvan: {done}/{files} files, {bytes / 1e6:F1}/{total / 1e6:F1} MB, {rate:F1} MB/s, ETA {eta:mm\\:ss}"));
        }

        public void Failed(IndexFailure failure) => error.WriteLine($"danvan: skipped {failure.Path}: {failure.Reason}");
    }
}
