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

    // Per segment, by the field's position in the arrays above: Collect runs once per matching plan, so it indexes
    // arrays rather than looking fields up by name (a broad search at 100k plans collects most of them).
    private readonly Dictionary<string, Dictionary<string, int>> counts = [];
    private readonly SortedSetDocValues?[] multi = new SortedSetDocValues?[MultiValued.Length];
    private readonly SortedDocValues?[] single = new SortedDocValues?[SingleValued.Length];
    private readonly int[][] multiCounts = new int[MultiValued.Length][];
    private readonly int[][] singleCounts = new int[SingleValued.Length][];
    private const int FirstYear = 1900;
    private readonly int[] yearCounts = new int[256];
    private readonly Dictionary<long, int> otherYears = [];
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
        for (var f = 0; f < MultiValued.Length; f++)
        {
            multi[f] = reader.GetSortedSetDocValues(MultiValued[f]);
            multiCounts[f] = new int[multi[f]?.ValueCount is { } n ? (int)n : 0];
        }

        for (var f = 0; f < SingleValued.Length; f++)
        {
            single[f] = reader.GetSortedDocValues(SingleValued[f]);
            singleCounts[f] = new int[single[f]?.ValueCount ?? 0];
        }

        years = reader.GetNumericDocValues(SearchSchema.Year);
        hasYear = reader.GetDocsWithField(SearchSchema.Year);
    }

    public void Collect(int doc)
    {
        Total++;
        for (var f = 0; f < multi.Length; f++)
        {
            if (multi[f] is { } values)
            {
                var ordinals = multiCounts[f];
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    ordinals[ord]++;
                }
            }
        }

        for (var f = 0; f < single.Length; f++)
        {
            if (single[f] is { } values && values.GetOrd(doc) is var ord && ord >= 0)
            {
                singleCounts[f][ord]++;
            }
        }

        if (years is not null && hasYear is not null && hasYear.Get(doc))
        {
            // Counted as numbers, named once at the end: a string per matching plan was a large share of a broad search.
            var year = years.Get(doc);
            if (year - FirstYear is >= 0 and < 256)
            {
                yearCounts[year - FirstYear]++;
            }
            else
            {
                otherYears[year] = otherYears.GetValueOrDefault(year) + 1;
            }
        }
    }

    /// <summary>Values by descending count (years by year), at most 30 per facet.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Counts()
    {
        Flush();
        foreach (var (year, count) in yearCounts.Select((count, i) => ((long)(i + FirstYear), count)).Where(y => y.count > 0).Concat(otherYears.Select(y => (y.Key, y.Value))))
        {
            Add(SearchSchema.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        Array.Clear(yearCounts);
        otherYears.Clear();
        return counts.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetValue>)[.. (f.Key == SearchSchema.Year
            ? f.Value.OrderByDescending(v => v.Key, StringComparer.Ordinal)
            : f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)).Take(MaxValues).Select(v => new FacetValue(v.Key, v.Value))]);
    }

    /// <summary>Turns the ordinal counts of the segment just read into value counts.</summary>
    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < MultiValued.Length; f++)
        {
            Flush(MultiValued[f], multiCounts[f], (ord, t) => multi[f]!.LookupOrd(ord, t), term);
        }

        for (var f = 0; f < SingleValued.Length; f++)
        {
            Flush(SingleValued[f], singleCounts[f], (ord, t) => single[f]!.LookupOrd((int)ord, t), term);
        }
    }

    private void Flush(string field, int[]? ordinals, Action<long, BytesRef> lookup, BytesRef term)
    {
        if (ordinals is null)
        {
            return;
        }

        for (var ord = 0; ord < ordinals.Length; ord++)
        {
            if (ordinals[ord] != 0)
            {
                lookup(ord, term);
                Add(field, term.Utf8ToString(), ordinals[ord]);
            }
        }

        Array.Clear(ordinals);
    }

    private void Add(string field, string value, int count)
    {
        var values = counts.TryGetValue(field, out var known) ? known : counts[field] = [];
        values[value] = values.GetValueOrDefault(value) + count;
    }
}
