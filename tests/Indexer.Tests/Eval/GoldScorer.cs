using System.Text.Json;
using System.Text.RegularExpressions;
using DanVan.Citations;
using DanVan.Cli;

namespace DanVan.Tests.Eval;

/// <summary>Scores of one run, as ../shared/eval/score.py prints them.</summary>
public sealed record GoldScore(int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1,
    double? TypeAccuracy, double? DateAccuracy, double? NamedRecall, IReadOnlyList<string> Misses)
{
    public override string ToString() =>
        $"tp={TruePositives} fp={FalsePositives} fn={FalseNegatives} precision={Precision:F4} recall={Recall:F4} f1={F1:F4} " +
        $"type_accuracy={TypeAccuracy:F4} date_accuracy={DateAccuracy:F4} named_recall={NamedRecall:F4}";
}

/// <summary>
/// A port of ../shared/eval/score.py (rules in its docstring): a gold citation is found when an unused
/// prediction has the same symbol (no white space, dashes as "-", case-folded; Đ ≠ D; alt_symbols
/// accepted) and its span contains the gold offset; a named reference when any span contains its offset.
/// </summary>
public static partial class GoldScorer
{
    private sealed record Prediction(string? Symbol, string Type, string? Date, int Start, int End);

    /// <summary>Extracts every gold document from <paramref name="folder"/> and scores against <paramref name="goldPath"/>.</summary>
    public static GoldScore Run(string goldPath, string folder) => Run(goldPath, name => Path.Combine(folder, name));

    /// <summary>As <see cref="Run(string, string)"/>, with each gold document found by <paramref name="pathOf"/> (a generated corpus keeps plans in subfolders).</summary>
    public static GoldScore Run(string goldPath, Func<string, string> pathOf)
    {
        int tp = 0, fp = 0, fn = 0, typeOk = 0, typeN = 0, dateOk = 0, dateN = 0, namedOk = 0, namedN = 0;
        var misses = new List<string>();
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Trim().Length > 0))
        {
            using var gold = JsonDocument.Parse(line);
            var name = gold.RootElement.GetProperty("doc").GetString()!;
            var text = DanVan.Ingest.DocumentReader.Read(pathOf(name)).Text;
            var offsets = CodePointOffsets.For(text);
            var predictions = CitationExtractor.Extract(text).Citations
                .Select(c => new Prediction(c.Symbol, c.Type, c.Date?.ToString("yyyy-MM-dd"), offsets(c.Span.Start), offsets(c.Span.End)))
                .ToList();
            var used = new bool[predictions.Count];
            foreach (var g in gold.RootElement.GetProperty("citations").EnumerateArray())
            {
                var wanted = new HashSet<string> { Canon(g.GetProperty("symbol").GetString()) };
                if (g.TryGetProperty("alt_symbols", out var alts))
                {
                    wanted.UnionWith(alts.EnumerateArray().Select(a => Canon(a.GetString())));
                }

                var offset = g.GetProperty("offset").GetInt32();
                var hit = -1;
                for (var i = 0; i < predictions.Count && hit < 0; i++)
                {
                    if (!used[i] && wanted.Contains(Canon(predictions[i].Symbol)) && predictions[i].Start <= offset && offset < predictions[i].End)
                    {
                        hit = i;
                    }
                }

                var symbol = g.GetProperty("symbol").GetString();
                if (hit < 0)
                {
                    fn++;
                    misses.Add($"{name}: missed {symbol} at {offset}");
                    continue;
                }

                used[hit] = true;
                tp++;
                var p = predictions[hit];
                if (g.TryGetProperty("type", out var type) && type.GetString() is { Length: > 0 } goldType)
                {
                    typeN++;
                    if (string.Equals(p.Type, goldType, StringComparison.OrdinalIgnoreCase))
                    {
                        typeOk++;
                    }
                    else
                    {
                        misses.Add($"{name}: type of {symbol} at {offset}: {p.Type} != {goldType}");
                    }
                }

                if (g.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String)
                {
                    dateN++;
                    if (p.Date == date.GetString())
                    {
                        dateOk++;
                    }
                    else
                    {
                        misses.Add($"{name}: date of {symbol} at {offset}: {p.Date} != {date.GetString()}");
                    }
                }
            }

            for (var i = 0; i < predictions.Count; i++)
            {
                if (!used[i] && !string.IsNullOrEmpty(predictions[i].Symbol))
                {
                    fp++;
                    misses.Add($"{name}: extra {predictions[i].Symbol} at {predictions[i].Start}");
                }
            }

            foreach (var n in gold.RootElement.GetProperty("named").EnumerateArray())
            {
                namedN++;
                var offset = n.GetProperty("offset").GetInt32();
                if (predictions.Any(p => p.Start <= offset && offset < p.End))
                {
                    namedOk++;
                }
                else
                {
                    misses.Add($"{name}: missed named reference {n.GetProperty("text").GetString()} at {offset}");
                }
            }
        }

        double precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0, recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new GoldScore(tp, fp, fn, precision, recall, f1, Ratio(typeOk, typeN), Ratio(dateOk, dateN), Ratio(namedOk, namedN), misses);
    }

    private static double? Ratio(int ok, int n) => n == 0 ? null : (double)ok / n;

    private static string Canon(string? symbol) => Dashes().Replace(Regex.Replace(symbol ?? "", @"\s+", ""), "-").ToLowerInvariant();

    [GeneratedRegex("[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();
}
