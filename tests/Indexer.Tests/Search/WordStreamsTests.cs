using DanVan.Search;
using DanVan.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;

namespace DanVan.Tests.Search;

public class WordStreamsTests
{
    /// <summary>
    /// The words cut once must index exactly what each field's analyzer makes (the queries are analysed by them): terms,
    /// positions and offsets, field by field, over the real plans of the corpus and texts at the edges.
    /// </summary>
    [Fact]
    public void EachFieldHoldsWhatItsAnalyzerMakes()
    {
        var texts = Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => TextNormalizer.Normalize(File.ReadAllText(path)).Text)
            .Concat(["", "   ", "Đảng", "QUẢN LÝ Nhà Nước, đảng ủy; Ω ß æ œ ﬁ № 16/CT-TTg.", "a b", "x", "Kế hoạch\n\nsố 12-KH/TU ngày 1/2/2020"])
            .ToList();
        Assert.True(texts.Count > 10, $"only {texts.Count} texts");
        var replayed = 0;
        foreach (var text in texts)
        {
            var fields = WordStreams.Fields(text).ToList();
            Assert.Equal([SearchSchema.Text, SearchSchema.Folded, SearchSchema.Pairs], fields.Select(f => f.Name));
            foreach (var field in fields)
            {
                var analyzer = field.Name == SearchSchema.Text ? SearchSchema.Exact : field.Name == SearchSchema.Folded ? SearchSchema.FoldedAnalyzer : SearchSchema.IndexedPairsAnalyzer;
                var expected = Tokens(analyzer.GetTokenStream(field.Name, text));
                var actual = Tokens(field.GetTokenStream(SearchSchema.PerField));
                Assert.True(expected.SequenceEqual(actual), $"{field.Name} of \"{Shorten(text)}\": {expected.Count} tokens by the analyzer, {actual.Count} replayed; "
                    + $"first difference: {expected.Zip(actual).FirstOrDefault(p => p.First != p.Second)}");
            }

            replayed += fields[0].GetTokenStreamValue() is not null ? 1 : 0;
        }

        // The replay is what is checked: every text but those with a gap between words is cut once.
        Assert.True(replayed >= texts.Count - 1, $"{replayed} of {texts.Count} texts replayed");
    }

    /// <summary>A word longer than the tokenizer takes leaves a gap: such a text is analysed field by field, as before.</summary>
    [Fact]
    public void ATextWithAGapBetweenWordsIsAnalysedByTheAnalyzers()
    {
        var fields = WordStreams.Fields("kế hoạch " + new string('a', 300) + " dân vận").ToList();
        Assert.All(fields, f => Assert.Null(f.GetTokenStreamValue()));
        Assert.Equal(["quan ly", "quản lý", "ly nha", "lý nhà", "(end)"], Tokens(WordStreams.Fields("Quản lý nhà").Last().GetTokenStream(SearchSchema.PerField)).Select(t => t.Term));
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Lucene.Net.Analysis.TokenStream stream)
    {
        var tokens = new List<(string, int, int, int)>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            }

            stream.End();
            tokens.Add(("(end)", increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        return tokens;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
