using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// The fields of a plan's Lucene document. Text is normalized first (the extractor's normalizer) and
/// indexed twice: <see cref="Text"/> with its diacritics ("quản lý") and <see cref="Folded"/> without
/// ("quan ly"), so a query typed either way finds it and an exact match ranks higher; and as the pairs of
/// words standing together, folded and as written (<see cref="Pairs"/>), so a quoted phrase reads the positions of
/// its words only in plans holding all its pairs.
/// </summary>
internal static class SearchSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id", Hash = "hash", Text = "text", Folded = "folded", Body = "body", Title = "title", Symbol = "symbol",
        Date = "date", DateSort = "datesort", Year = "year", Province = "province", ProvinceThen = "provincethen", ProvinceNow = "provincenow",
        Type = "type", Agency = "agency", Cites = "cites", CitesSymbol = "citessymbol", CitesNumber = "citesnumber",
        CitesSuperseded = "superseded", Stale = "stale", Generation = "generation", DateIsBound = "dateisbound", Pairs = "pairs";

    /// <summary>Commit data saying every plan of the index has <see cref="Pairs"/> (an index made before them has not).</summary>
    public const string PairsComplete = "pairscomplete";

    /// <summary>Commit data saying every plan of the index has its pairs as written too (an index made before them has folded ones only).</summary>
    public const string WrittenPairsComplete = "writtenpairscomplete";

    /// <summary>Syllable tokens in lower case (text already normalized: NFC, one tone style, Đ).</summary>
    public static Analyzer Exact { get; } = new VietnameseAnalyzer(folded: false);

    /// <summary>The same with diacritics folded away (đ → d): "Quản lý" → "quan", "ly".</summary>
    public static Analyzer FoldedAnalyzer { get; } = new VietnameseAnalyzer(folded: true);

    /// <summary>Folded words two by two, as they stand: "Quản lý nhà" → "quan ly", "ly nha".</summary>
    public static Analyzer PairsAnalyzer { get; } = new VietnameseAnalyzer(folded: true, pairs: true);

    /// <summary>Words two by two as written: "Quản lý nhà" → "quản lý", "lý nhà".</summary>
    public static Analyzer ExactPairsAnalyzer { get; } = new VietnameseAnalyzer(folded: false, pairs: true);

    /// <summary>
    /// What <see cref="Pairs"/> holds: each pair folded, then as written where that differs ("quan ly", "quản lý"). A pair
    /// as written holds a letter folding changes, so it is never some other pair's folded form.
    /// </summary>
    public static Analyzer IndexedPairsAnalyzer { get; } = new VietnameseAnalyzer(folded: true, pairs: true, keepWritten: true);

    /// <summary>Exact for <see cref="Text"/>, folded for <see cref="Folded"/>, pairs for <see cref="Pairs"/>.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Exact, new Dictionary<string, Analyzer> { [Folded] = FoldedAnalyzer, [Pairs] = IndexedPairsAnalyzer });

    /// <summary>How <see cref="Pairs"/> is indexed: which plans hold a pair, nothing more (no counts, positions or norms).</summary>
    public static FieldType PairsField { get; } = PairsType();

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

    private static FieldType PairsType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY, OmitNorms = true };
        type.Freeze();
        return type;
    }

    private sealed class VietnameseAnalyzer(bool folded, bool pairs = false, bool keepWritten = false) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new FastLowerCaseFilter(tokenizer);
            if (folded && !keepWritten)
            {
                stream = new ASCIIFoldingFilter(stream);
            }

            if (pairs)
            {
                var shingles = new ShingleFilter(stream, 2, 2);
                shingles.SetOutputUnigrams(false);
                stream = shingles;
            }

            if (keepWritten)
            {
                stream = new ASCIIFoldingFilter(stream, preserveOriginal: true); // folded, then as written at the same place
            }

            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
