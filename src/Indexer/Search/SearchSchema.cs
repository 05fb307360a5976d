using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// The fields of a plan's Lucene document. Text is normalized first (the extractor's normalizer) and
/// indexed twice: <see cref="Text"/> with its diacritics ("quản lý") and <see cref="Folded"/> without
/// ("quan ly"), so a query typed either way finds it and an exact match ranks higher.
/// </summary>
internal static class SearchSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id", Hash = "hash", Text = "text", Folded = "folded", Body = "body", Title = "title", Symbol = "symbol",
        Date = "date", DateSort = "datesort", Year = "year", Province = "province", ProvinceThen = "provincethen", ProvinceNow = "provincenow",
        Type = "type", Agency = "agency", Cites = "cites", CitesSymbol = "citessymbol", CitesNumber = "citesnumber",
        CitesSuperseded = "superseded", Stale = "stale", Generation = "generation", DateIsBound = "dateisbound";

    /// <summary>Syllable tokens in lower case (text already normalized: NFC, one tone style, Đ).</summary>
    public static Analyzer Exact { get; } = new VietnameseAnalyzer(folded: false);

    /// <summary>The same with diacritics folded away (đ → d): "Quản lý" → "quan", "ly".</summary>
    public static Analyzer FoldedAnalyzer { get; } = new VietnameseAnalyzer(folded: true);

    /// <summary>Exact for <see cref="Text"/>, folded for <see cref="Folded"/>.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Exact, new Dictionary<string, Analyzer> { [Folded] = FoldedAnalyzer });

    /// <summary>The terms an analyzer makes of a text.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private sealed class VietnameseAnalyzer(bool folded) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new FastLowerCaseFilter(tokenizer);
            if (folded)
            {
                stream = new ASCIIFoldingFilter(stream);
            }

            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
