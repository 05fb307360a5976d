using System.Collections.Concurrent;
using System.Numerics;
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

    // By the field's position in Fields: counts per value number of the segment being read, then over the whole index,
    // with the numbers counted so far, so that a search touching few values costs as little (arrays come zeroed from a
    // pool and go back zeroed: at 1M plans a count per cited document is 4 MB, which a search must not clear or allocate).
    private SegmentFacets.FieldValues?[] values = [];
    private readonly int[]?[] segmentCounts = new int[Fields.Length][];
    private readonly List<int>[] segmentTouched = [.. Fields.Select(_ => new List<int>())];
    private readonly int[]?[] counts = new int[Fields.Length][];
    private readonly List<int>[] touched = [.. Fields.Select(_ => new List<int>())];
    private int segment = -1;

    private readonly int[] yearCounts = new int[256];
    private readonly Dictionary<long, int> otherYears = [];
    private int[] years = [];

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
        var facets = SegmentFacets.Of(context.AtomicReader, Fields, IsMultiValued);
        values = facets.Values;
        years = facets.Years;
        for (var f = 0; f < Fields.Length; f++)
        {
            segmentCounts[f] = values[f] is { } field ? ZeroedInts.Rent(field.ValueCount) : null;
        }
    }

    public void Collect(int doc)
    {
        Total++;
        for (var f = 0; f < values.Length; f++)
        {
            if (values[f] is not { } field)
            {
                continue;
            }

            var ords = segmentCounts[f]!;
            if (field.Starts is { } starts)
            {
                for (var i = starts[doc]; i < starts[doc + 1]; i++)
                {
                    var ord = field.Ords[i];
                    if (ords[ord]++ == 0)
                    {
                        segmentTouched[f].Add(ord);
                    }
                }
            }
            else if (field.Ords[doc] is var ord && ord >= 0 && ords[ord]++ == 0)
            {
                segmentTouched[f].Add(ord);
            }
        }

        // Counted as numbers, named once at the end: a string per matching plan was a large share of a broad search.
        var year = years[doc];
        if (year == SegmentFacets.NoYear)
        {
            return;
        }

        if (year - FirstYear is >= 0 and < 256)
        {
            yearCounts[year - FirstYear]++;
        }
        else
        {
            otherYears[year] = otherYears.GetValueOrDefault(year) + 1;
        }
    }

    /// <summary>
    /// The counts over every plan of <paramref name="reader"/> (the page before any search shows them),
    /// counted once per reader.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> OfEverything(IndexReader reader) => Everything.GetValue(reader, r => new(() =>
    {
        var counter = new FacetCounter(r);
        new IndexSearcher(r).Search(new MatchAllDocsQuery(), counter);
        return counter.Counts();
    })).Value;

    private static readonly ConditionalWeakTable<IndexReader, Lazy<IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>>> Everything = [];

    /// <summary>Values by descending count (then by value), years by year, at most 30 per facet; each count times <paramref name="scale"/> (a sample's).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Counts(int scale = 1)
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var f = 0; f < Fields.Length; f++)
        {
            if (counts[f] is { } byOrd)
            {
                if (Top(byOrd, touched[f]) is { Count: > 0 } top)
                {
                    var term = new BytesRef();
                    result[Fields[f]] = [.. top.Select(g => new FacetValue(ordinals.Name(f, g, term), byOrd[g] * scale))];
                }

                touched[f].ForEach(g => byOrd[g] = 0);
                touched[f].Clear();
                ZeroedInts.Return(byOrd);
                counts[f] = null;
            }
        }

        var byYear = yearCounts.Select((count, i) => ((long)(i + FirstYear), count)).Where(y => y.count > 0).Concat(otherYears.Select(y => (y.Key, y.Value)))
            .OrderByDescending(y => y.Item1).Take(MaxValues).Select(y => new FacetValue(y.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Item2 * scale)).ToList();
        if (byYear.Count > 0)
        {
            result[SearchSchema.Year] = byYear;
        }

        return result;
    }

    /// <summary>The value numbers with the highest counts; on equal counts the lower number, which is the value first in order.</summary>
    private static List<int> Top(int[] byOrd, List<int> counted)
    {
        var heap = new PriorityQueue<int, (int Count, int Ord)>(MaxValues + 1, Comparer<(int Count, int Ord)>.Create((a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        foreach (var g in counted)
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
            if (segmentCounts[f] is not { } ords)
            {
                continue;
            }

            var whole = counts[f] ??= ZeroedInts.Rent(ordinals.ValueCount(f));
            foreach (var ord in segmentTouched[f])
            {
                var g = ordinals.Global(f, segment, ord);
                if (whole[g] == 0)
                {
                    touched[f].Add(g);
                }

                whole[g] += ords[ord];
                ords[ord] = 0;
            }

            segmentTouched[f].Clear();
            ZeroedInts.Return(ords);
            segmentCounts[f] = null;
        }

        segment = -1;
    }

    /// <summary>
    /// Count arrays kept for the next search, all zero (who returns one has cleared what it counted),
    /// by size: a power of two at least as long as asked.
    /// </summary>
    private static class ZeroedInts
    {
        private static readonly ConcurrentBag<int[]>[] BySize = [.. Enumerable.Range(0, 32).Select(_ => new ConcurrentBag<int[]>())];

        public static int[] Rent(int length)
        {
            var size = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(length, 1)));
            return BySize[size].TryTake(out var array) ? array : new int[1 << size];
        }

        public static void Return(int[] array)
        {
            var kept = BySize[BitOperations.Log2((uint)array.Length)];
            if (kept.Count < 16)
            {
                kept.Add(array);
            }
        }
    }

    /// <summary>
    /// For one index reader, the numbering of each facet field's values over the whole index: a value
    /// has a number per segment, and a search counts by segment numbers, then adds them up here. Made
    /// once per reader (reading every segment's values: about a second at 1M plans) and kept while the
    /// reader lives.
    /// </summary>
    private sealed class FacetOrdinals
    {
        private static readonly ConditionalWeakTable<IndexReader, Lazy<FacetOrdinals>> Known = [];

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

        public static FacetOrdinals Of(IndexReader reader) => Known.GetValue(reader, r => new Lazy<FacetOrdinals>(() => new FacetOrdinals(r))).Value;

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
