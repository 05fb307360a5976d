using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVan.Search;

/// <summary>
/// Newest-first lists without reading every match: the query is read among the newest plans first (a span of dates
/// holding a hundred or so plans), then among spans twice as large, until the list holds what was asked. A span takes
/// every plan of its oldest day, so no plan outside it sorts before one in it.
/// </summary>
public sealed partial class LuceneSearchIndex
{
    /// <summary>
    /// About how many plans the first span of dates holds (at least four times the plans asked for). Small: a span read
    /// in vain costs a pass over the segments (a fraction of a millisecond at 1M), and the words of a phrase have their
    /// positions read in every plan of the span.
    /// </summary>
    private const int FirstSpan = 128;

    /// <summary>
    /// Fills <paramref name="top"/> with the newest matches of <paramref name="query"/>. <paramref name="cursorDay"/> (yyyymmdd)
    /// skips the days after a cursor; <paramref name="asked"/> are the years the request keeps to. Spans of years (the way
    /// before) read every match of the newest year at least: at 1M plans 60,000-90,000 plans a year, 40-70 ms a list.
    /// </summary>
    private static void NewestFirst(IndexSearcher searcher, Query query, TopFieldCollector top, int wanted, long? cursorDay, (int? From, int? To) asked)
    {
        var leaves = searcher.IndexReader.Leaves;
        var orders = leaves.Select(l => DayOrder.Of(l.AtomicReader)).ToArray();

        // Days are yyyymmdd, 0 for a plan with no date (it files under no year, so years asked leave it out). A cursor or
        // years far out of range (a hand-made cursor, year 300000) leave no days, or all of them: never a day that wraps round.
        var newest = (int)Math.Clamp(Math.Min(cursorDay ?? long.MaxValue, asked.To is { } to ? to * 10_000L + 9_999 : long.MaxValue), -1, int.MaxValue);
        var oldest = (int)Math.Clamp(asked.From is { } from ? from * 10_000L : 0, 0, int.MaxValue);
        if (cursorDay is { } day && day >= oldest && day <= newest)
        {
            // The cursor's own day first: its matches before the cursor are counted by the collector but not listed, so
            // this span adds nothing sure to the list; the days before it do.
            SearchDays(searcher, query, top, (int)day, (int)day);
            newest = (int)day - 1;
        }

        var listed = 0L;
        for (var span = Math.Max(FirstSpan, wanted * 4L); newest >= oldest; span *= 2)
        {
            var first = FirstDayOf(orders, newest, oldest, span);
            var seen = top.TotalHits;
            SearchDays(searcher, query, top, first, newest);
            listed += top.TotalHits - seen;
            if (listed >= wanted)
            {
                return;
            }

            newest = first - 1;
        }
    }

    /// <summary>The query's matches among the plans of days <paramref name="first"/> to <paramref name="last"/>, into <paramref name="top"/>.</summary>
    private static void SearchDays(IndexSearcher searcher, Query query, ICollector top, int first, int last) =>
        searcher.Search(new FilteredQuery(query, new DaysFilter(first, last), ReadsPositions(query) ? Accepted.Instance : FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), top);

    /// <summary>
    /// The earliest day from which back to <paramref name="newest"/> the index holds at least <paramref name="plans"/> plans
    /// (<paramref name="oldest"/> when it holds fewer): a search for the day, each count a lookup per segment.
    /// </summary>
    private static int FirstDayOf(DayOrder[] orders, int newest, int oldest, long plans)
    {
        long Count(int from) => orders.Sum(o => (long)o.Between(from, newest).Length);
        if (Count(oldest) <= plans)
        {
            return oldest;
        }

        var (low, high) = (oldest, newest); // Count(low) > plans; the answer is the latest day whose count reaches plans
        while (low < high)
        {
            var middle = (int)(low + ((high - (long)low + 1) / 2));
            if (Count(middle) >= plans)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>
    /// A segment's plans ordered by day, newest first (days from <see cref="SearchSchema.DateSort"/>): the plans of a span
    /// of days are a run of it. Made once per segment (a sort of its plans: about 100 ms per million).
    /// </summary>
    private sealed class DayOrder
    {
        private static readonly ConditionalWeakTable<object, DayOrder> Known = [];

        private readonly int[] docs;
        private readonly int[] days; // descending

        private DayOrder(int[] docs, int[] days) => (this.docs, this.days) = (docs, days);

        public static DayOrder Of(AtomicReader reader) => Known.GetValue(reader.CoreCacheKey, _ =>
        {
            var values = reader.GetNumericDocValues(SearchSchema.DateSort);
            var docs = Enumerable.Range(0, reader.MaxDoc).ToArray();
            var days = docs.Select(d => -(int)(values?.Get(d) ?? 0)).ToArray(); // negated: sorted ascending, newest first
            Array.Sort(days, docs);
            return new DayOrder(docs, [.. days.Select(d => -d)]);
        });

        /// <summary>The plans of days <paramref name="first"/> to <paramref name="last"/>.</summary>
        public ReadOnlySpan<int> Between(int first, int last)
        {
            var start = FirstAtOrBefore(last);
            var end = FirstAtOrBefore(first - 1);
            return docs.AsSpan(start, end - start);
        }

        /// <summary>Where the first plan of a day at or before <paramref name="day"/> stands.</summary>
        private int FirstAtOrBefore(int day)
        {
            var (low, high) = (0, days.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (days[middle] > day)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }

    /// <summary>The plans of a span of days.</summary>
    private sealed class DaysFilter(int first, int last) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var plans = new FixedBitSet(reader.MaxDoc);
            foreach (var doc in DayOrder.Of(reader).Between(first, last))
            {
                plans.Set(doc);
            }

            return BitsFilteredDocIdSet.Wrap(plans, acceptDocs);
        }
    }
}
