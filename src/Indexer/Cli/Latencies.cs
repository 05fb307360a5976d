namespace DanVan.Cli;

/// <summary>
/// Percentiles of one kind of timed query, in milliseconds, and how many results it gave on average.
/// Example: 100 hot "cites" queries for 16/CT-TTg and rarer symbols →
/// <c>{ count: 100, p50: 0.8, p90: 2.1, p99: 9.7, max: 12.0, meanResults: 35.2 }</c>.
/// </summary>
public sealed record Latencies(int Count, double P50, double P90, double P99, double Max, double MeanResults)
{
    /// <summary>Summarizes timings (any order) and the total of their result counts; all zero when nothing was timed.</summary>
    public static Latencies Of(IReadOnlyCollection<double> milliseconds, long results)
    {
        if (milliseconds.Count == 0)
        {
            return new Latencies(0, 0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToList();
        return new Latencies(sorted.Count, At(sorted, 0.50), At(sorted, 0.90), At(sorted, 0.99), Math.Round(sorted[^1], 3),
            Math.Round(results / (double)sorted.Count, 1));
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static double At(List<double> sorted, double p) => Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 3);
}
