using DanVan.Graph;
using DanVan.Search;

namespace DanVan.Tests.Search;

public class SymbolSuggestionsTests
{
    private static readonly SymbolSuggestions Known = SymbolSuggestions.From(
    [
        new("16/CT-TTg", "16/CT-TTg@2016", 2016, null, "Về tăng cường và đổi mới công tác dân vận", 12),
        new("16/CT-TTg", "16/CT-TTg@2020", 2020, null, "Về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19", 3),
        new("16/CT-UBND", "16/CT-UBND@2019@Gia Lai", 2019, "Gia Lai", null, 1),
        new("160/KH-UBND", "160/KH-UBND@2021@Trà Vinh", 2021, "Trà Vinh", null, 5),
        new("290-QĐ/TW", "290-QĐ/TW@2010", 2010, null, "Quy chế công tác dân vận của hệ thống chính trị", 8),
        new("04/2015/NĐ-CP", "04/2015/NĐ-CP@2015", 2015, null, "Về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước", 6),
        new("23-QĐ/TW", "23-QĐ/TW@2021", 2021, null, null, 2),
    ]);

    [Theory]
    // Typed from the start, in any case: prefix of the symbol, most cited first, then the other years of the same symbol.
    [InlineData("16/ct", new[] { "16/CT-TTg@2016", "16/CT-TTg@2020", "16/CT-UBND@2019@Gia Lai" })]
    [InlineData("16/CT-T", new[] { "16/CT-TTg@2016", "16/CT-TTg@2020" })]
    // A number alone: all its symbols, and longer numbers after (160 is cited more but is not 16).
    [InlineData("16", new[] { "16/CT-TTg@2016", "16/CT-TTg@2020", "16/CT-UBND@2019@Gia Lai", "160/KH-UBND@2021@Trà Vinh" })]
    // Accents optional: "qd" is QĐ, "nd" is NĐ.
    [InlineData("290-qd", new[] { "290-QĐ/TW@2010" })]
    [InlineData("04/2015/nd", new[] { "04/2015/NĐ-CP@2015" })]
    // Type code first, as people say it: "QĐ 290".
    [InlineData("qd 290", new[] { "290-QĐ/TW@2010" })]
    [InlineData("QĐ 23", new[] { "23-QĐ/TW@2021" })]
    // Nothing that could be a symbol.
    [InlineData("", new string[0])]
    [InlineData("/ - .", new string[0])]
    [InlineData("999", new string[0])]
    public void Offers_the_documents_a_symbol_typed_any_way_names(string typed, string[] keys) =>
        Assert.Equal(keys, Known.Suggest(typed).Select(s => s.Key));

    [Fact]
    public void Stops_at_the_limit_and_ignores_overlong_input()
    {
        Assert.Single(Known.Suggest("16", limit: 1));
        Assert.Empty(Known.Suggest("16", limit: 0));
        Assert.Empty(Known.Suggest(new string('x', 100_000)));
    }

    /// <summary>
    /// The best few are kept as matches come, not all sorted: the same suggestions, in the same order, as sorting every
    /// match by rank (whole parts, in part, by parts), citations, symbol and year. Many symbols, many near-ties.
    /// </summary>
    [Fact]
    public void Keeps_the_best_as_a_whole_sort_would_rank_them()
    {
        var random = new Random(5);
        string[] codes = ["KH-UBND", "CT-UBND", "QĐ-UBND", "KH/TU", "NQ/TW", "CT-TTg", "KH-SNV"];
        var all = Enumerable.Range(0, 3_000).Select(i =>
        {
            var (number, code, year) = (random.Next(1, 300), codes[random.Next(codes.Length)], 2000 + random.Next(25));
            var symbol = code.Contains('/', StringComparison.Ordinal) ? $"{number}-{code}" : $"{number}/{code}";
            return new SymbolSuggestion(symbol, $"{symbol}@{year}", year, null, null, random.Next(4));
        }).DistinctBy(s => s.Key).ToList(); // no two alike in every way the ranking looks at
        var suggestions = SymbolSuggestions.From(all);
        foreach (var typed in new[] { "1", "12", "kh", "ub", "kh 1", "ct 2", "12/kh", "2-nq", "qd", "tw 1", "snv" })
        {
            var expected = Ranked(all, typed);
            Assert.True(expected.Count > 8, $"{typed}: {expected.Count}");
            foreach (var limit in new[] { 1, 8, 50 })
            {
                Assert.Equal(expected.Take(limit), suggestions.Suggest(typed, limit).Select(s => s.Key));
            }
        }
    }

    /// <summary>
    /// Read from a graph, the suggestions hold keys and citations only and read titles for those offered: the same
    /// suggestions, titles, years and provinces included, as whole document records give.
    /// </summary>
    [Fact]
    public void From_a_graph_offers_what_its_whole_records_say()
    {
        using var generated = new DanVan.Tests.Generation.GeneratedCorpus(300, seed: 5);
        generated.Index();
        using var graph = LiteDbCitationGraph.Open(generated.Data);
        var records = graph.DocumentsWithSymbol().Select(d => new SymbolSuggestion(d.Symbol!, d.Id, d.Year, d.Province, d.Title, d.Citations)).ToList();
        var (whole, read) = (SymbolSuggestions.From(records), SymbolSuggestions.From(graph));
        Assert.Equal(records.Count, read.Count);
        Assert.Contains(records, r => r.Title is not null && r.Province is not null);
        var byKey = records.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var offered = 0;
        foreach (var typed in new[] { "1", "12", "kh", "ub", "kh 1", "ct 2", "12/kh", "nq", "qd", "tw", "16/ct", "290-qd", "ubnd 5" })
        {
            var suggested = read.Suggest(typed, 20);
            Assert.Equal(whole.Suggest(typed, 20).Select(s => s.Key), suggested.Select(s => s.Key));
            Assert.All(suggested, s => Assert.Equal(byKey[s.Key], s));
            offered += suggested.Count(s => s.Title is not null && s.Province is not null);
        }

        Assert.True(offered > 20, $"only {offered} suggestions with a title and a province");
    }

    /// <summary>Every match of <paramref name="typed"/>, sorted whole.</summary>
    private static List<string> Ranked(IEnumerable<SymbolSuggestion> all, string typed)
    {
        var (compact, tokens) = (SymbolSuggestions.Compact(typed), SymbolSuggestions.Tokens(typed));
        var number = tokens.FirstOrDefault(t => char.IsAsciiDigit(t[0]));
        return [.. all.Select(s => (Suggestion: s, Compact: SymbolSuggestions.Compact(s.Symbol), Tokens: SymbolSuggestions.Tokens(s.Symbol)))
            .Select(s => (s.Suggestion, s.Compact, Rank: s.Compact.StartsWith(compact, StringComparison.Ordinal)
                ? (tokens.Length <= s.Tokens.Length && tokens.Select((t, i) => t == s.Tokens[i]).All(same => same) ? 0 : 1)
                : (number is null || s.Compact.StartsWith(number, StringComparison.Ordinal)) && tokens.All(t => s.Tokens.Any(p => p.StartsWith(t, StringComparison.Ordinal))) ? 2 : -1))
            .Where(s => s.Rank >= 0)
            .OrderBy(s => s.Rank).ThenByDescending(s => s.Suggestion.Citations).ThenBy(s => s.Compact, StringComparer.Ordinal).ThenByDescending(s => s.Suggestion.Year)
            .Select(s => s.Suggestion.Key)];
    }
}
