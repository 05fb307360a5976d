using DanVan.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace DanVan.Tests.Search;

public class FastLowerCaseFilterTests
{
    /// <summary>The table must lower-case exactly as Lucene's LowerCaseFilter, or old indexes would stop matching.</summary>
    [Fact]
    public void LowerCasesEveryCharacterAsLuceneDoes()
    {
        var text = new string([.. Enumerable.Range(1, char.MaxValue).Select(c => (char)c).Where(c => !char.IsSurrogate(c))]);
        Assert.Equal(Lowered(text, lucene: true), Lowered(text, lucene: false));
        Assert.Equal("quản lý nhà nước đảng ủy", Lowered("QUẢN LÝ Nhà Nước ĐẢNG ỦY", lucene: false));
    }

    private static string Lowered(string text, bool lucene)
    {
        using var tokens = new KeywordTokenizer(new StringReader(text));
        using var stream = lucene ? (Lucene.Net.Analysis.TokenStream)new LowerCaseFilter(SearchSchema.Version, tokens) : new FastLowerCaseFilter(tokens);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var lowered = stream.IncrementToken() ? term.ToString() : "";
        stream.End();
        return lowered;
    }
}
