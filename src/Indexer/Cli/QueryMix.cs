using System.Text.RegularExpressions;
using DanVan.Citations;
using DanVan.Places;
using DanVan.Search;
using DanVan.Text;

namespace DanVan.Cli;

/// <summary>A query of a benchmark mix and its kind ("accented", "symbol", …), by which its latency is reported.</summary>
public sealed record BenchQuery(string Kind, SearchRequest Request);

/// <summary>
/// The search mix of `danvan bench-query` and of the SQLite FTS5 peer, drawn deterministically from a
/// sample of the corpus's own text, kinds in turn: two accented words ("quản lý"), two words folded
/// ("quan ly", đ → d), a quoted three-word phrase, a symbol the sampled plans cite ("16/CT-TTg"), one
/// word among one province's plans, one word among plans of three years, and one folded word among
/// plans citing a superseded document sorted by date. The random draws do not depend on which kinds
/// a caller keeps, so the peer's text queries are exactly bench-query's.
/// </summary>
public static partial class QueryMix
{
    /// <summary>Kinds that are plain text, which another engine can answer too.</summary>
    public static readonly IReadOnlyList<string> TextKinds = ["accented", "unaccented", "phrase"];

    /// <summary>All search kinds, in the order they take turns.</summary>
    public static readonly IReadOnlyList<string> SearchKinds = [.. TextKinds, "symbol", "province", "years", "superseded"];

    /// <summary><paramref name="count"/> queries from <paramref name="texts"/> (normalized plan text), kinds in turn.</summary>
    public static List<BenchQuery> Search(IReadOnlyList<string> texts, int count, int seed = 7)
    {
        var random = new Random(seed);
        var words = texts.Select(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 2).ToArray())
            .Where(w => w.Length > 3).ToArray();
        if (words.Length == 0)
        {
            return [];
        }

        var symbols = texts.SelectMany(t => CitationExtractor.Extract(t).Citations).Select(c => c.Symbol).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        string Words(int n, bool accented)
        {
            // Accented kinds want a diacritic somewhere; a few tries, then whatever came.
            var pick = "";
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var doc = words[random.Next(words.Length)];
                var at = random.Next(Math.Max(1, doc.Length - n));
                pick = string.Join(' ', doc.Skip(at).Take(n));
                if (!accented || pick.Any(c => c > 0x7F))
                {
                    break;
                }
            }

            return pick;
        }

        var mix = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = SearchKinds[i % SearchKinds.Count];
            var province = Gazetteer.Provinces[random.Next(Gazetteer.Provinces.Count)];
            var year = random.Next(2015, 2024);
            var symbol = symbols.Length == 0 ? null : symbols[random.Next(symbols.Length)];
            var request = kind switch
            {
                "accented" => new SearchRequest(Words(2, accented: true)),
                "unaccented" => new SearchRequest(Folding.Fold(Words(2, accented: true))),
                "phrase" => new SearchRequest("\"" + Words(3, accented: false) + "\""),
                "symbol" => new SearchRequest(symbol ?? Words(1, accented: false)),
                "province" => new SearchRequest(Words(1, accented: false), Province: province),
                "years" => new SearchRequest(Words(1, accented: false), YearFrom: year, YearTo: year + 2),
                _ => new SearchRequest(Folding.Fold(Words(1, accented: false)), SupersededOnly: true, Sort: SearchSort.Date),
            };
            mix.Add(new BenchQuery(kind, request));
        }

        return mix;
    }

    /// <summary>What a request of the mix asks, in one line: "\"quy chế dân\" province Gia Lai years 2018-2020 superseded by date".</summary>
    public static string Describe(SearchRequest request)
    {
        var parts = new List<string> { request.Query };
        parts.AddRange(request.Province is { } province ? [$"province {province}"] : []);
        parts.AddRange(request.YearFrom is not null || request.YearTo is not null ? [$"years {request.YearFrom}-{request.YearTo}"] : []);
        parts.AddRange(request.SupersededOnly ? ["superseded"] : []);
        parts.AddRange(request.Sort == SearchSort.Date ? ["by date"] : []);
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
