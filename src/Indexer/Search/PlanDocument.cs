using System.Globalization;
using DanVan.Citations;
using DanVan.Graph;
using DanVan.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// What the search index holds of one plan: its text twice (exact and folded), stored fields for the
/// result list and snippets, and doc values for facets and sorting: province by both names, year,
/// type, agency, cited document keys, and whether it cites a superseded document.
/// </summary>
/// <param name="Plan">The plan as stored in the graph.</param>
/// <param name="Text">Its text as read (stored for snippets).</param>
/// <param name="CitedKeys">Keys of the documents it cites.</param>
/// <param name="CitedSymbols">Official symbols it cites, whatever the year.</param>
/// <param name="CitesSuperseded">True when one of them is superseded in the registry.</param>
/// <param name="Stale">True when it cites one after its replacement took effect.</param>
public sealed record PlanDocument(PlanRecord Plan, string Text, IReadOnlyCollection<string> CitedKeys, IReadOnlyCollection<string> CitedSymbols,
    bool CitesSuperseded, bool Stale)
{
    /// <summary><see cref="Text"/> through the extractor's normalizer, when the caller has it already (the indexer does).</summary>
    public string? NormalizedText { get; init; }

    internal Document ToLucene()
    {
        var plan = Plan;
        var provinceNow = plan.ProvinceNow;
        var normalized = NormalizedText ?? TextNormalizer.Normalize(Text).Text;
        var doc = new Document
        {
            new StringField(SearchSchema.Id, plan.Id, Field.Store.YES),
            new StringField(SearchSchema.Hash, plan.Hash, Field.Store.YES),
            new StoredField(SearchSchema.Body, Text),
        };
        foreach (var field in WordStreams.Fields(normalized))
        {
            doc.Add(field);
        }

        Store(doc, SearchSchema.Title, plan.Title);
        Store(doc, SearchSchema.Symbol, plan.Symbol);
        Store(doc, SearchSchema.Date, plan.Date ?? plan.DateLowerBound);
        if (plan.Date is null && plan.DateLowerBound is not null)
        {
            doc.Add(new StoredField(SearchSchema.DateIsBound, "1")); // an undated plan sorts by its lower bound but shows it as such
        }

        Store(doc, SearchSchema.ProvinceThen, plan.Province);
        Store(doc, SearchSchema.ProvinceNow, provinceNow);
        foreach (var province in new[] { plan.Province, provinceNow }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            Keyword(doc, SearchSchema.Province, province, multi: true);
        }

        if (plan.Year is { } year)
        {
            doc.Add(new Int32Field(SearchSchema.Year, year, Field.Store.YES));
            doc.Add(new NumericDocValuesField(SearchSchema.Year, year));
        }

        var sortDate = (plan.Date ?? plan.DateLowerBound) is { } date ? int.Parse(date.Replace("-", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : 0;
        doc.Add(new NumericDocValuesField(SearchSchema.DateSort, sortDate));
        Keyword(doc, SearchSchema.Type, plan.Type, multi: false);
        Keyword(doc, SearchSchema.Agency, plan.Agency, multi: false);
        foreach (var key in CitedKeys)
        {
            Keyword(doc, SearchSchema.Cites, key, multi: true);
        }

        foreach (var symbol in CitedSymbols)
        {
            doc.Add(new StringField(SearchSchema.CitesSymbol, symbol, Field.Store.NO));
            if (DocumentSymbol.TryParse(symbol) is { } parsed)
            {
                foreach (var number in NumberKeys(parsed))
                {
                    doc.Add(new StringField(SearchSchema.CitesNumber, number, Field.Store.NO));
                }
            }
        }

        Keyword(doc, SearchSchema.CitesSuperseded, CitesSuperseded ? "1" : "0", multi: false);
        Keyword(doc, SearchSchema.Stale, Stale ? "1" : "0", multi: false);
        return doc;
    }

    /// <summary>"290-QĐ/TW" is also found as "QĐ 290" and "quyết định 290": keys "QĐ:290" and "quyet dinh:290".</summary>
    internal static IEnumerable<string> NumberKeys(DocumentSymbol symbol)
    {
        var number = symbol.Number.TrimStart('0');
        if (symbol.TypeCode is { } code)
        {
            yield return $"{code}:{number}";
        }

        if (symbol.CodeType is { } type)
        {
            yield return $"{Folding.Fold(type)}:{number}";
        }
    }

    private static void Store(Document doc, string field, string? value)
    {
        if (value is not null)
        {
            doc.Add(new StoredField(field, value));
        }
    }

    private static void Keyword(Document doc, string field, string? value, bool multi)
    {
        if (value is null)
        {
            return;
        }

        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(multi ? new SortedSetDocValuesField(field, new BytesRef(value)) : new SortedDocValuesField(field, new BytesRef(value)));
    }
}
