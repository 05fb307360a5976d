using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// Counts every result's province, year, type, agency, cited documents and "cites a superseded
/// document" flag from doc values, over the whole result set (the facet package is not available).
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private const int MaxValues = 30;

    private static readonly string[] MultiValued = [SearchSchema.Province, SearchSchema.Cites];
    private static readonly string[] SingleValued = [SearchSchema.Type, SearchSchema.Agency, SearchSchema.CitesSuperseded];

    private readonly Dictionary<string, Dictionary<string, int>> counts = [];
    private readonly Dictionary<string, SortedSetDocValues?> multi = [];
    private readonly Dictionary<string, SortedDocValues?> single = [];
    private readonly Dictionary<string, int[]> segmentCounts = [];
    private readonly Dictionary<long, int> yearCounts = [];
    private NumericDocValues? years;
    private IBits? hasYear;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        foreach (var field in MultiValued)
        {
            multi[field] = reader.GetSortedSetDocValues(field);
            segmentCounts[field] = new int[multi[field]?.ValueCount is { } n ? (int)n : 0];
        }

        foreach (var field in SingleValued)
        {
            single[field] = reader.GetSortedDocValues(field);
            segmentCounts[field] = new int[single[field]?.ValueCount ?? 0];
        }

        years = reader.GetNumericDocValues(SearchSchema.Year);
        hasYear = reader.GetDocsWithField(SearchSchema.Year);
    }

    public void Collect(int doc)
    {
        Total++;
        foreach (var field in MultiValued)
        {
            if (multi[field] is { } values)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    segmentCounts[field][ord]++;
                }
            }
        }

        foreach (var field in SingleValued)
        {
            if (single[field] is { } values && values.GetOrd(doc) is var ord && ord >= 0)
            {
                segmentCounts[field][ord]++;
            }
        }

        if (years is not null && hasYear is not null && hasYear.Get(doc))
        {
            // Counted as numbers, named once at the end: a string per matching plan was a large share of a broad search.
            var year = years.Get(doc);
            yearCounts[year] = yearCounts.GetValueOrDefault(year) + 1;
        }
    }

    /// <summary>Values by descending count (years by year), at most 30 per facet.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Counts()
    {
        Flush();
        foreach (var (year, count) in yearCounts)
        {
            Add(SearchSchema.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        yearCounts.Clear();
        return counts.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetValue>)[.. (f.Key == SearchSchema.Year
            ? f.Value.OrderByDescending(v => v.Key, StringComparer.Ordinal)
            : f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)).Take(MaxValues).Select(v => new FacetValue(v.Key, v.Value))]);
    }

    /// <summary>Turns the ordinal counts of the segment just read into value counts.</summary>
    private void Flush()
    {
        var term = new BytesRef();
        foreach (var (field, ordinals) in segmentCounts)
        {
            for (var ord = 0; ord < ordinals.Length; ord++)
            {
                if (ordinals[ord] == 0)
                {
                    continue;
                }

                if (multi.GetValueOrDefault(field) is { } values)
                {
                    values.LookupOrd(ord, term);
                }
                else
                {
                    single[field]!.LookupOrd(ord, term);
                }

                Add(field, term.Utf8ToString(), ordinals[ord]);
            }

            Array.Clear(ordinals);
        }
    }

    private void Add(string field, string value, int count)
    {
        var values = counts.TryGetValue(field, out var known) ? known : counts[field] = [];
        values[value] = values.GetValueOrDefault(value) + count;
    }
}
