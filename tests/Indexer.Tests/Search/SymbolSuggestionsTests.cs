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
}
