using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// Counts every result's province, year, type, agency, cited documents and "cites a superseded
/// document" flag from doc values, over the whole result set (the facet package is not available).
/// Values are counted by number and only the 30 most frequent of a facet are named: a broad search
/// at 100k plans has tens of thousands of distinct cited documents, and reading each one's name
/// from the index was half of its time.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private const int MaxValues = 30;
    private const int FirstYear = 1900;

    private static readonly string[] Fields = [SearchSchema.Province, SearchSchema.Cites, SearchSchema.Type, SearchSchema.Agency, SearchSchema.CitesSuperseded];
    private static readonly bool[] IsMultiValued = [true, true, false, false, false];

    private readonly FacetOrdinals ordinals;

    // By the field's position in Fields: counts per value number of the segment being read, then over the whole index.
    private readonly SortedSetDocValues?[] multi = new SortedSetDocValues?[Fields.Length];
    private readonly SortedDocValues?[] single = new SortedDocValues?[Fields.Length];
    private readonly int[][] segmentCounts = new int[Fields.Length][];
    private readonly int[] segmentValues = new int[Fields.Length];
    private readonly int[]?[] counts = new int[Fields.Length][];
    private int segment = -1;

    private readonly int[] yearCounts = new int[256];
    private readonly Dictionary<long, int> otherYears = [];
    private NumericDocValues? years;
    private IBits? hasYear;

    /// <summary>A counter for a search of <paramref name="reader"/> (the searcher's top-level reader).</summary>
    public FacetCounter(IndexReader reader) => ordinals = FacetOrdinals.Of(reader);

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        segment = context.Ord;
        var reader = context.AtomicReader;
        for (var f = 0; f < Fields.Length; f++)
        {
            long valueCount;
            if (IsMultiValued[f])
            {
                multi[f] = reader.GetSortedSetDocValues(Fields[f]);
                valueCount = multi[f]?.ValueCount ?? 0;
            }
            else
            {
                single[f] = reader.GetSortedDocValues(Fields[f]);
                valueCount = single[f]?.ValueCount ?? 0;
            }

            segmentValues[f] = checked((int)valueCount);
            segmentCounts[f] = segmentCounts[f] is { } known && known.Length >= valueCount ? known : new int[valueCount];
        }

        years = reader.GetNumericDocValues(SearchSchema.Year);
        hasYear = reader.GetDocsWithField(SearchSchema.Year);
    }

    public void Collect(int doc)
    {
        Total++;
        for (var f = 0; f < Fields.Length; f++)
        {
            if (multi[f] is { } values)
            {
                var ords = segmentCounts[f];
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    ords[ord]++;
                }
            }
            else if (single[f] is { } value && value.GetOrd(doc) is var ord && ord >= 0)
            {
                segmentCounts[f][ord]++;
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

    /// <summary>Values by descending count (then by value), years by year, at most 30 per facet.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Counts()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var f = 0; f < Fields.Length; f++)
        {
            if (counts[f] is { } byOrd && Top(byOrd) is { Count: > 0 } top)
            {
                var term = new BytesRef();
                result[Fields[f]] = [.. top.Select(g => new FacetValue(ordinals.Name(f, g, term), byOrd[g]))];
            }
        }

        var byYear = yearCounts.Select((count, i) => ((long)(i + FirstYear), count)).Where(y => y.count > 0).Concat(otherYears.Select(y => (y.Key, y.Value)))
            .OrderByDescending(y => y.Item1).Take(MaxValues).Select(y => new FacetValue(y.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Item2)).ToList();
        if (byYear.Count > 0)
        {
            result[SearchSchema.Year] = byYear;
        }

        return result;
    }

    /// <summary>The value numbers with the highest counts; on equal counts the lower number, which is the value first in order.</summary>
    private static List<int> Top(int[] byOrd)
    {
        var heap = new PriorityQueue<int, (int Count, int Ord)>(MaxValues + 1, Comparer<(int Count, int Ord)>.Create((a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var g = 0; g < byOrd.Length; g++)
        {
            var count = byOrd[g];
            if (count == 0 || (heap.Count == MaxValues && heap.TryPeek(out _, out var least) && (count < least.Count || (count == least.Count && g > least.Ord))))
            {
                continue;
            }

            heap.Enqueue(g, (count, g));
            if (heap.Count > MaxValues)
            {
                heap.Dequeue();
            }
        }

        var top = new List<int>(heap.Count);
        while (heap.TryDequeue(out var g, out _))
        {
            top.Add(g);
        }

        top.Reverse();
        return top;
    }

    /// <summary>Adds the counts of the segment just read to the whole index's, by value number.</summary>
    private void Flush()
    {
        if (segment < 0)
        {
            return;
        }

        for (var f = 0; f < Fields.Length; f++)
        {
            var ords = segmentCounts[f];
            var whole = counts[f] ??= new int[ordinals.ValueCount(f)];
            for (var ord = 0; ord < segmentValues[f]; ord++)
            {
                if (ords[ord] != 0)
                {
                    whole[ordinals.Global(f, segment, ord)] += ords[ord];
                    ords[ord] = 0;
                }
            }
        }

        segment = -1;
    }

    /// <summary>
    /// For one index reader, the numbering of each facet field's values over the whole index: a value
    /// has a number per segment, and a search counts by segment numbers, then adds them up here. Made
    /// once per reader (reading every segment's values: about a second at 1M plans) and kept while the
    /// reader lives.
    /// </summary>
    private sealed class FacetOrdinals
    {
        private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> Known = [];

        private readonly IndexReader reader;
        private readonly MultiDocValues.OrdinalMap?[] maps = new MultiDocValues.OrdinalMap?[Fields.Length];
        private readonly long[] valueCounts = new long[Fields.Length];

        private FacetOrdinals(IndexReader reader)
        {
            this.reader = reader;
            var leaves = reader.Leaves;
            for (var f = 0; f < Fields.Length; f++)
            {
                var values = new TermsEnum[leaves.Count];
                for (var s = 0; s < leaves.Count; s++)
                {
                    var leaf = leaves[s].AtomicReader;
                    values[s] = (IsMultiValued[f] ? leaf.GetSortedSetDocValues(Fields[f])?.GetTermsEnum() : leaf.GetSortedDocValues(Fields[f])?.GetTermsEnum()) ?? TermsEnum.EMPTY;
                }

                if (leaves.Count == 1)
                {
                    var leaf = leaves[0].AtomicReader;
                    valueCounts[f] = IsMultiValued[f] ? leaf.GetSortedSetDocValues(Fields[f])?.ValueCount ?? 0 : leaf.GetSortedDocValues(Fields[f])?.ValueCount ?? 0;
                }
                else if (leaves.Count > 1)
                {
                    maps[f] = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, values);
                    valueCounts[f] = maps[f]!.ValueCount;
                }
            }
        }

        public static FacetOrdinals Of(IndexReader reader) => Known.GetValue(reader, r => new FacetOrdinals(r));

        public int ValueCount(int field) => checked((int)valueCounts[field]);

        public int Global(int field, int segment, int ord) => maps[field] is { } map ? (int)map.GetGlobalOrd(segment, ord) : ord;

        public string Name(int field, int global, BytesRef term)
        {
            var (segment, ord) = maps[field] is { } map ? (map.GetFirstSegmentNumber(global), map.GetFirstSegmentOrd(global)) : (0, global);
            var leaf = reader.Leaves[segment].AtomicReader;
            if (IsMultiValued[field])
            {
                leaf.GetSortedSetDocValues(Fields[field])!.LookupOrd(ord, term);
            }
            else
            {
                leaf.GetSortedDocValues(Fields[field])!.LookupOrd((int)ord, term);
            }

            return term.Utf8ToString();
        }
    }
}
