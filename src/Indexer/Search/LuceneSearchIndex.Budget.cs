using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// How much of a broad search is read. A search is answered exactly while it can match at most
/// <see cref="ExactBudget"/> plans. Past that, counts and facets are estimated from a sample (about one
/// plan in n, sized to at most <see cref="SampleSize"/> matches) and said to be estimates
/// (<see cref="SearchResult.SampledOneIn"/>): at 1M plans "dân vận" matches 980,000 of them, and
/// scoring and counting every one took over a second. Newest-first lists stay exact (read by spans of
/// dates from the newest until the page is full); best-first lists are the best of the sample.
/// </summary>
public sealed partial class LuceneSearchIndex
{
    /// <summary>
    /// Matches up to which a search is counted and ranked exactly (by default). At 1M plans reading 20,000–50,000 matches
    /// exactly (one common word in one province) took 60–95 ms, a sample of them a fifth of that.
    /// </summary>
    public const int ExactBudget = 20_000;

    /// <summary>How many of the best hits are re-ranked by how near the query's words stand in them.</summary>
    public const int RescoreWindow = 50;

    /// <summary>About how many matching plans a sample holds (by default).</summary>
    public const int SampleSize = 10_000;

    /// <summary>The budget searches keep to; tests make it small to sample small indexes.</summary>
    internal (int Exact, int Sample) Budget { get; set; } = (ExactBudget, SampleSize);

    /// <summary>
    /// At most how many plans <paramref name="query"/> can match, from how many plans hold each
    /// required term (no document is read): the fewest of any required part.
    /// </summary>
    internal static long UpperBound(IndexReader reader, Query query) => query switch
    {
        TermQuery term => reader.DocFreq(term.Term),
        PhraseQuery phrase => phrase.GetTerms().Select(t => (long)reader.DocFreq(t)).DefaultIfEmpty(reader.MaxDoc).Min(),
        CheckedPhraseQuery checkedPhrase => Math.Min(UpperBound(reader, checkedPhrase.Phrase), UpperBound(reader, checkedPhrase.Candidates)),
        ConstantScoreQuery constant when constant.Query is { } inner => UpperBound(reader, inner),
        FilteredQuery { Filter: AcceptedFilter accepted } filtered => Math.Min(UpperBound(reader, filtered.Query), UpperBound(reader, accepted.Query)),
        FilteredQuery filtered => UpperBound(reader, filtered.Query),
        BooleanQuery boolean when boolean.Clauses.Any(c => c.Occur == Occur.MUST) =>
            boolean.Clauses.Where(c => c.Occur == Occur.MUST).Min(c => UpperBound(reader, c.Query)),
        BooleanQuery boolean when boolean.Clauses.Any(c => c.Occur == Occur.SHOULD) =>
            Math.Min(reader.MaxDoc, boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Sum(c => UpperBound(reader, c.Query))),
        _ => reader.MaxDoc,
    };

    /// <summary>
    /// The first <paramref name="window"/> hits re-ranked by their score for <paramref name="nearness"/> (the query, and
    /// its words standing together), the rest as they were. Word positions are read for these hits only: read for every
    /// match they were most of a broad search's time, even on a sample (the positions of plans skipped are read to skip them).
    /// </summary>
    private static ScoreDoc[] Rescored(IndexSearcher searcher, Query nearness, ScoreDoc[] ranked, int window)
    {
        var head = ranked.Take(window).ToArray();
        var scores = head.Select(d => d.Score).ToArray();
        var weight = searcher.CreateNormalizedWeight(nearness);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var inLeaf in Enumerable.Range(0, head.Length).OrderBy(i => head[i].Doc).GroupBy(i => ReaderUtil.SubIndex(head[i].Doc, leaves)))
        {
            // Only the hits are accepted: asked for the next plan where the words stand together, a phrase would
            // otherwise read positions plan after plan past the hit, to the next plan writing them so.
            var leaf = leaves[inLeaf.Key];
            var hits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
            foreach (var i in inLeaf)
            {
                hits.Set(head[i].Doc - leaf.DocBase);
            }

            if (weight.GetScorer(leaf, hits) is not { } scorer)
            {
                continue;
            }

            foreach (var i in inLeaf)
            {
                var target = head[i].Doc - leaf.DocBase;
                var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                scores[i] = at == target ? scorer.GetScore() : scores[i];
            }
        }

        return [.. Enumerable.Range(0, head.Length).Select(i => new ScoreDoc(head[i].Doc, scores[i], head[i].ShardIndex))
            .OrderByDescending(d => d.Score).ThenBy(d => d.Doc), .. ranked.Skip(window)];
    }

    /// <summary>
    /// 1 (read every match) up to <paramref name="budget"/>'s exact matches; past it, the n for a sample of at most its
    /// sample size (and at least half of it). A power of two, so that few samples are kept per segment.
    /// </summary>
    private static int SampleRate(long matches, (int Exact, int Sample) budget) => matches <= budget.Exact ? 1
        : (int)Math.Min(1 << 30, BitOperations.RoundUpToPowerOf2((ulong)((matches + budget.Sample - 1) / budget.Sample)));

    /// <summary>
    /// The budget <paramref name="query"/> keeps to: the index's, or a fifth of it when words must stand together. Their
    /// positions are read in every match, about five times a match's other costs: at 1M plans a phrase of common words
    /// read on a sample of 10,000 matches took 70–120 ms (half of all phrases took over 40 ms).
    /// </summary>
    private (int Exact, int Sample) BudgetFor(Query query) => ReadsPositions(query) ? (Budget.Exact / 5, Budget.Sample / 5) : Budget;

    private static bool ReadsPositions(Query query) => query switch
    {
        PhraseQuery or CheckedPhraseQuery => true,
        BooleanQuery boolean => boolean.Clauses.Any(c => c.Occur != Occur.MUST_NOT && ReadsPositions(c.Query)),
        ConstantScoreQuery constant when constant.Query is { } inner => ReadsPositions(inner),
        FilteredQuery filtered => ReadsPositions(filtered.Query),
        _ => false,
    };

    /// <summary>
    /// About one plan in <paramref name="oneIn"/>, chosen by a hash of its number in its segment: a
    /// regular stride would sample one province only when plans come in a cycle of provinces. The
    /// same plans every time (answers and cursors are repeatable); made once per segment and rate.
    /// </summary>
    private sealed class RandomSample(int oneIn) : Filter
    {
        private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, FixedBitSet>> Known = [];

        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var sample = Known.GetOrCreateValue(reader.CoreCacheKey).GetOrAdd(oneIn, _ =>
            {
                var chosen = new FixedBitSet(reader.MaxDoc);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    var h = (uint)doc * 0x9E3779B1u; // a multiplicative hash, its bits mixed (murmur3's finalizer)
                    h ^= h >> 16;
                    h *= 0x85EBCA6Bu;
                    h ^= h >> 13;
                    h *= 0xC2B2AE35u;
                    h ^= h >> 16;
                    if (h % (uint)oneIn == 0)
                    {
                        chosen.Set(doc);
                    }
                }

                return chosen;
            });
            return BitsFilteredDocIdSet.Wrap(sample, acceptDocs);
        }
    }

    /// <summary>The query read on a sample of one plan in <paramref name="oneIn"/>; itself when 1.</summary>
    private static Query Sampled(Query query, int oneIn) => oneIn <= 1 ? query
        : new FilteredQuery(query, new RandomSample(oneIn), ReadsPositions(query) ? Accepted.Instance : FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);

    /// <summary>
    /// <paramref name="query"/> among the plans every one of <paramref name="filters"/> matches (a province, years…), scored as
    /// the query alone: required clauses of no score, or, for a query whose words must stand together, the plans it may accept.
    /// </summary>
    private static Query Among(Query query, IReadOnlyList<Query> filters)
    {
        if (ReadsPositions(query))
        {
            var all = new BooleanQuery();
            filters.ToList().ForEach(f => all.Add(f, Occur.MUST));
            return new FilteredQuery(query, new AcceptedFilter(all), Accepted.Instance);
        }

        var among = new BooleanQuery { { query, Occur.MUST } };
        filters.ToList().ForEach(f => among.Add(new ConstantScoreQuery(f) { Boost = 0 }, Occur.MUST));
        return among;
    }

    /// <summary>
    /// A filter given to the query as the plans it may accept. Leap-frogging, a phrase asked for its next match from a plan
    /// the filter (a sample, a province) keeps reads positions in every plan up to one writing it so, kept or not: "đồng
    /// trong năm" at 1M took 128 ms on one plan in 8, 130 ms in one province.
    /// </summary>
    private sealed class Accepted : FilteredQuery.RandomAccessFilterStrategy
    {
        public static readonly Accepted Instance = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }

    /// <summary>The plans a query matches, as a set the plans accepted can be looked up in (a query's matches can only be walked).</summary>
    private sealed class AcceptedFilter(Query query) : Filter
    {
        public Query Query { get; } = query;

        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var plans = new FixedBitSet(context.AtomicReader.MaxDoc);
            if (new QueryWrapperFilter(Query).GetDocIdSet(context, acceptDocs)?.GetIterator() is { } matches)
            {
                plans.Or(matches);
            }

            return plans;
        }
    }
}
